package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class LinguaRulesTest {
    private static final Path SHARED = Path.of(System.getProperty("newspipe.shared", "../shared"));
    private static final Path PAGES = Path.of("src", "test", "resources", "pages");
    private static final LanguageDetector ALL = detector(TaggerSettings.defaults().languages());
    private static final LanguageDetector LATIN = LanguageDetectorBuilder.fromLanguages(Language.ENGLISH,
            Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.PORTUGUESE, Language.TURKISH,
            Language.POLISH, Language.VIETNAMESE).withLowAccuracyMode().build();

    /**
     * Lingua's languages, in Lingua's order, and Lingua's rule vote on the reduced words, for the words of every
     * test and AEB page (whole, and in pieces).
     */
    @Test
    void sameLanguagesAsLinguaOnEveryPage() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(PAGES, SHARED.resolve("data").resolve("aeb").resolve("html"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".html.gz")).sorted()
                        .forEach(files::add);
            }
        }
        for (Path file : files) {
            String text = Jsoup.parse(read(file)).text();
            for (int length : new int[] {12, 40, 160, 600, Integer.MAX_VALUE}) {
                String piece = text.substring(0, Math.min(text.length(), length));
                assertSame(ALL, piece);
                assertSame(LATIN, piece);
            }
        }
        assertThat(files).hasSizeGreaterThan(50);
    }

    /** Texts built to reach each branch: no alphabet, tied alphabets, a majority of accented words, mixes. */
    @Test
    void sameLanguagesAsLinguaOnEdgeCases() {
        for (String text : List.of("", "123", "abc абв", "abc абв def", "çà ça été", "ağaç ığdır şu", "łódź żółw",
                "ñandú año España", "Việt Nam đẹp", "ação não coração", "straße größe", "an ç", "مرحبا hello", "ذ a",
                "Καλημέρα hello", "שלום hello world", "中文 hello", "日本語 hello world test", "नमस्ते a b")) {
            assertSame(ALL, text);
            assertSame(LATIN, text);
        }
    }

    @Property(tries = 400)
    void sameLanguagesAsLinguaOnRandomWords(@ForAll @Size(max = 12) List<@StringLength(min = 1, max = 6)
            @Chars({'a', 'e', 'n', 's', 'ç', 'ñ', 'ş', 'ı', 'ł', 'ã', 'ß', 'é', 'ê', 'ő', 'ø', 'å', 'д', 'ب', '1', 'α', 'א',
                    '中', 'の', 'ก', 'ह', 'ä', 'ö', 'ü', 'õ', 'ż'})
            @CharRange(from = 'à', to = 'ÿ') String> words) {
        assertSameWords(ALL, words);
        assertSameWords(LATIN, words);
    }

    /** English words lose their per-char work: they are replaced by the empty word (and Lingua's vote stays). */
    @Test
    void asciiWordsAreEmptiedAndAccentedOnesKept() {
        List<String> words = List.of("the", "news", "été", "straße", "ok");
        List<String> reduced = LinguaRules.withoutInertWords(ALL, words);
        assertThat(reduced).containsExactly("", "", "été", "straße", "");
        assertThat(ALL.detectLanguageWithRules$lingua(reduced)).isEqualTo(ALL.detectLanguageWithRules$lingua(words));
        assertThat(LinguaRules.withoutInertWords(ALL, List.of("été"))).containsExactly("été");
    }

    private static void assertSame(LanguageDetector detector, String text) {
        String cleaned = detector.cleanUpInputText$lingua(text);
        assertSameWords(detector, detector.splitTextIntoWords$lingua(cleaned));
    }

    private static void assertSameWords(LanguageDetector detector, List<String> words) {
        assertThat(detector.detectLanguageWithRules$lingua(LinguaRules.withoutInertWords(detector, words)))
                .as("%s", words).isEqualTo(detector.detectLanguageWithRules$lingua(words));
        Set<Language> expected = detector.filterLanguagesByRules$lingua(words);
        Set<Language> actual = LinguaRules.filterLanguages(detector, words);
        assertThat(new ArrayList<>(actual)).as("%s", words).containsExactlyElementsOf(expected);
    }

    private static LanguageDetector detector(List<String> codes) {
        Language[] languages = codes.stream()
                .map(c -> Language.getByIsoCode639_1(IsoCode639_1.valueOf(c.toUpperCase(Locale.ROOT))))
                .toArray(Language[]::new);
        return LanguageDetectorBuilder.fromLanguages(languages).withLowAccuracyMode().build();
    }

    private static String read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            InputStream body = file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
