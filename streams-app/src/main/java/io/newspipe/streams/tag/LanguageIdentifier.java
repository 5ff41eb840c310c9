package io.newspipe.streams.tag;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Identifies the language of a text: Lingua (low-accuracy mode) over the configured languages,
 * with script letters deciding between Arabic, Persian and Urdu (پ چ ژ گ ی ک for Persian, ٹ ڈ ڑ ں ے ہ ھ
 * or frequent postpositions for Urdu, ة ي ك ى for Arabic), short texts weighed by their function words
 * and their words without capitals ({@link ShortTextLanguage}), and the page's declared language used only
 * to break near-ties.
 * Thread-safe.
 */
public final class LanguageIdentifier {
    private static final Set<String> RTL = Set.of("ar", "fa", "ur", "he", "yi", "ps", "ku", "sd", "ug", "dv");
    private static final double TIE = 0.08;
    private static final int SCRIPT_DECIDES = 2;
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
    private static final int SHORT_TEXT = 160;
    private static final int CLEAR_MIN_CHARS = 250;
    private static final int CLEAR_HITS = 15;
    private static final int CLEAR_RATIO = 2;
    private final LanguageDetector all;
    private final LanguageDetector arabicScript;
    private final Set<String> configured;
    /** The configured languages that have stopwords, indexed by their bit in {@link #functionWordMasks}. */
    private final List<String> stopwordLanguages;
    /**
     * For each function word of {@link #stopwordLanguages}, a bit per language whose function word it is: one
     * lookup per token instead of one per token and language. Filled once here, then only read.
     */
    private final StringIntTable functionWordMasks;
    /** Passes every function word of {@link #stopwordLanguages}: most words need no cache lookup. */
    private final WordHashFilter functionWords;
    private final int sampleChars;
    private final Stopwords stopwords;

    /** Builds the detectors for {@code settings.languages()}; unknown codes are an error. */
    public LanguageIdentifier(TaggerSettings settings) {
        this(settings, null);
    }

    /**
     * Builds the detectors; with {@code stopwords} (may be null) a longer text whose function words leave no
     * doubt is decided without Lingua.
     */
    public LanguageIdentifier(TaggerSettings settings, Stopwords stopwords) {
        Objects.requireNonNull(settings, "settings");
        this.stopwords = stopwords;
        List<Language> languages = new ArrayList<>();
        List<Language> arabic = new ArrayList<>();
        for (String code : settings.languages()) {
            Language language = Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT)));
            languages.add(language);
            if (code.equals("ar") || code.equals("fa") || code.equals("ur")) {
                arabic.add(language);
            }
        }
        this.configured = Set.copyOf(settings.languages());
        this.stopwordLanguages = stopwords == null ? List.of()
                : settings.languages().stream().distinct().filter(stopwords::knows).limit(Integer.SIZE - 1).toList();
        Set<String> union = stopwords == null ? Set.of() : stopwords.unionOf(stopwordLanguages);
        this.functionWords = new WordHashFilter(union);
        this.functionWordMasks = functionWordMasks(union, stopwords, stopwordLanguages);
        this.sampleChars = settings.sampleChars();
        this.all = build(languages);
        this.arabicScript = arabic.size() >= 2 ? build(arabic) : null;
    }

    private static LanguageDetector build(List<Language> languages) {
        if (languages.size() == 1) {
            return null;
        }
        return LanguageDetectorBuilder.fromLanguages(languages.toArray(new Language[0])).withLowAccuracyMode()
                .build();
    }

    /** The text direction of a language code ("rtl" or "ltr"). */
    public static String direction(String code) {
        return code != null && RTL.contains(code) ? "rtl" : "ltr";
    }

    /**
     * The language of a title and body.
     *
     * @param title the headline, or null
     * @param body the text, or null
     * @param hint the page's declared language (e.g. "fr-FR"), or null; breaks near-ties only
     */
    public DetectedLanguage identify(String title, String body, String hint) {
        String sample = LanguageSample.of(title, body, sampleChars);
        return identify(sample, hint, () -> TextTokenizer.tokens(sample));
    }

    /**
     * {@link #identify(String, String, String)} reusing the words of the title and body already split
     * (the body's text may be cut, but not shorter than the sample): the sample's words are those words
     * up to the sample's end, so the sample is not split again.
     */
    DetectedLanguage identify(String title, String body, String hint, TokenizedText titleText,
            TokenizedText bodyText) {
        String sample = LanguageSample.of(title, body, sampleChars);
        return identify(sample, hint, () -> LanguageSample.tokens(sample, title, body, titleText, bodyText));
    }

    private DetectedLanguage identify(String sample, String hint, Supplier<List<Token>> sampleTokens) {
        String hinted = hintCode(hint);
        ScriptProfile profile = ScriptProfile.of(sample);
        String code;
        if (profile.latin() + profile.arabicScript() + profile.other() == 0) {
            code = hinted;
        } else if (profile.mostlyArabicScript()) {
            code = arabicScriptLanguage(profile, sample, hinted, sampleTokens);
        } else {
            String byScript = profile.other() > profile.latin() ? SingleScriptLanguage.of(sample, configured) : null;
            String clear = byScript != null || stopwords == null ? null : clearByFunctionWords(sample, sampleTokens);
            code = byScript != null ? byScript : clear != null ? clear : detect(all, sample, hinted);
        }
        return new DetectedLanguage(code, direction(code));
    }

    private String arabicScriptLanguage(ScriptProfile profile, String sample, String hinted,
            Supplier<List<Token>> sampleTokens) {
        List<Token> tokens = sampleTokens.get();
        if (configured.contains("ur") && (profile.looksUrdu() || ShortTextLanguage.urdu(tokens))) {
            return "ur";
        }
        // words before letter forms: Arabic typed with Persian forms keeps its Arabic words
        String byWords = ArabicPersianWords.decide(tokens);
        if (byWords != null && configured.contains(byWords)) {
            return byWords;
        }
        int vote = profile.persianOverArabic();
        if (vote >= SCRIPT_DECIDES && configured.contains("fa")) {
            return "fa";
        }
        if (vote <= -SCRIPT_DECIDES && configured.contains("ar")) {
            return "ar";
        }
        if (arabicScript == null) {
            return configured.contains("ar") ? "ar" : detect(all, sample, hinted);
        }
        String code = detect(arabicScript, sample, hinted);
        if (code != null && code.equals("ur") && profile.urdu() == 0) {
            return vote > 0 ? "fa" : "ar";
        }
        return code;
    }

    private String detect(LanguageDetector detector, String sample, String hinted) {
        if (detector == null) {
            return hinted;
        }
        // a short text is split again here, cheaply, so that its words' offsets are in the sample
        ShortTextLanguage.ShortWords shortWords = sample.length() <= SHORT_TEXT
                ? ShortTextLanguage.words(sample) : null;
        List<Map.Entry<Language, Double>> ranked = ShortTextLanguage.ranked(detector, sample,
                shortWords == null ? null : shortWords.words());
        if (ranked.isEmpty()) {
            return hinted;
        }
        String best = code(ranked.get(0).getKey());
        double top = ranked.get(0).getValue();
        if (shortWords != null) {
            best = ShortTextLanguage.byFunctionWords(ranked, shortWords.words(), shortWords.possessives(), best, top);
        }
        if (hinted == null || hinted.equals(best)) {
            return best;
        }
        double bestValue = top;
        for (Map.Entry<Language, Double> e : ranked) {
            bestValue = code(e.getKey()).equals(best) ? e.getValue() : bestValue;
        }
        for (Map.Entry<Language, Double> e : ranked) {
            if (code(e.getKey()).equals(hinted) && bestValue - e.getValue() <= TIE) {
                return hinted;
            }
        }
        return best;
    }

    /**
     * The language when a longer text's function words leave no doubt (at least {@value #CLEAR_HITS}
     * hits and {@value #CLEAR_RATIO} times the runner-up), which saves Lingua's cost on most body texts;
     * else null.
     */
    private String clearByFunctionWords(String sample, Supplier<List<Token>> sampleTokens) {
        if (sample.length() < CLEAR_MIN_CHARS) {
            return null;
        }
        int[] counts = new int[stopwordLanguages.size()];
        for (Token t : sampleTokens.get()) {
            int mask = functionWordMask(t.folded());
            for (int bit = 0; mask != 0; bit++, mask >>>= 1) {
                counts[bit] += mask & 1;
            }
        }
        String best = null;
        int bestHits = 0;
        int second = 0;
        for (int i = 0; i < counts.length; i++) {
            int h = counts[i];
            if (h > bestHits) {
                second = bestHits;
                bestHits = h;
                best = stopwordLanguages.get(i);
            } else if (h > second) {
                second = h;
            }
        }
        return bestHits >= CLEAR_HITS && bestHits >= CLEAR_RATIO * second ? best : null;
    }

    private int functionWordMask(String folded) {
        if (!functionWords.mightContain(folded)) {
            return 0;
        }
        return Math.max(0, functionWordMasks.get(folded));
    }

    /** Each word of {@code union} with a bit set per language (index in {@code languages}) that lists it. */
    private static StringIntTable functionWordMasks(Set<String> union, Stopwords stopwords, List<String> languages) {
        StringIntTable masks = new StringIntTable(union.size());
        for (String word : union) {
            int mask = 0;
            for (int i = 0; i < languages.size(); i++) {
                mask |= stopwords.contains(languages.get(i), word) ? 1 << i : 0;
            }
            masks.put(word, mask);
        }
        return masks;
    }

    static String code(Language language) {
        return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    static String hintCode(String hint) {
        if (hint == null) {
            return null;
        }
        String h = hint.strip().toLowerCase(Locale.ROOT);
        if (h.length() < 2 || !Character.isLetter(h.charAt(0)) || !Character.isLetter(h.charAt(1))) {
            return null;
        }
        String code = h.substring(0, 2);
        return ISO_639_1.contains(code) ? code : null;
    }
}
