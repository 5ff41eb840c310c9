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
import java.util.SortedMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class LinguaConfidenceTest {
    private static final Path SHARED = Path.of(System.getProperty("newspipe.shared", "../shared"));
    private static final Path PAGES = Path.of("src", "test", "resources", "pages");
    /** Sample lengths around Lingua's thresholds (3 chars, 120 chars) and the tagger's (160, 600). */
    private static final int[] LENGTHS = {2, 3, 5, 12, 40, 119, 120, 160, 600};

    /** The tagger's detectors give Lingua's values, keys and order to the last bit on every page's text. */
    @Test
    void sameValuesAsLinguaOnEveryPage() throws IOException {
        List<String> texts = texts();
        assertThat(texts).hasSizeGreaterThan(1000);
        List<Language> all = languages(TaggerSettings.defaults().languages());
        assertSameValues(lowAccuracy(all), texts);
        assertSameValues(lowAccuracy(languages(List.of("ar", "fa", "ur"))), texts);
    }

    /** The high-accuracy branch (one to five chars below 120 chars, unigram counts) gives Lingua's values too. */
    @Test
    void sameValuesInHighAccuracyMode() throws IOException {
        List<String> texts = texts().stream().filter(t -> t.length() <= 160).limit(400).toList();
        LanguageDetector detector = LanguageDetectorBuilder.fromLanguages(Language.ENGLISH, Language.FRENCH,
                Language.GERMAN).build();
        assertSameValues(detector, texts);
    }

    @Test
    void textsWithoutLettersOrDecidedByRulesAsLingua() {
        LanguageDetector detector = lowAccuracy(languages(TaggerSettings.defaults().languages()));
        List<String> texts = List.of("", "  ", "123 456", "!!!", "ab", "Привет мир, как дела", "日本語のテキストです",
                "中文文本", "한국어 텍스트", "ğüşıöç ğüşıöç", "שלום עולם");
        assertSameValues(detector, texts);
        assertThat(LinguaConfidence.of(detector, "123 456")).isEmpty();
    }

    private static void assertSameValues(LanguageDetector detector, List<String> texts) {
        int nonEmpty = 0;
        for (String text : texts) {
            SortedMap<Language, Double> expected = detector.computeLanguageConfidenceValues(text);
            SortedMap<Language, Double> actual = LinguaConfidence.of(detector, text);
            // Double.equals compares the bits; the order is checked entry by entry
            assertThat(new ArrayList<>(actual.entrySet())).as(text).containsExactlyElementsOf(expected.entrySet());
            for (Language language : Language.values()) {
                assertThat(actual.get(language)).as("%s in %s", language, text).isEqualTo(expected.get(language));
            }
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertThat(nonEmpty).isPositive();
    }

    private static LanguageDetector lowAccuracy(List<Language> languages) {
        return LanguageDetectorBuilder.fromLanguages(languages.toArray(new Language[0])).withLowAccuracyMode().build();
    }

    private static List<Language> languages(List<String> codes) {
        return codes.stream()
                .map(c -> Language.getByIsoCode639_1(IsoCode639_1.valueOf(c.toUpperCase(Locale.ROOT)))).toList();
    }

    /** Pieces of several lengths of the text of every test page and every page of the shared AEB set. */
    private static List<String> texts() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(PAGES, SHARED.resolve("data").resolve("aeb").resolve("html"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".html.gz")).sorted().forEach(files::add);
            }
        }
        List<String> texts = new ArrayList<>();
        for (Path file : files) {
            org.jsoup.nodes.Document page = Jsoup.parse(read(file));
            String text = page.text();
            texts.add(page.title());
            int start = text.length() / 3;
            for (int length : LENGTHS) {
                texts.add(text.substring(start, Math.min(text.length(), start + length)));
            }
        }
        return texts;
    }

    private static String read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            InputStream body = file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
