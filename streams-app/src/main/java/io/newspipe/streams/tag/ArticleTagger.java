package io.newspipe.streams.tag;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.newspipe.streams.extract.ExtractedArticle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Tags an extracted article: language and direction (first version; entities, topics and keywords
 * come with the tagging issue). Thread-safe: Lingua's detector is safe for concurrent use.
 */
public final class ArticleTagger {
    private static final Set<String> RTL = Set.of("ar", "fa", "ur", "he", "yi", "ps", "ku", "sd", "ug");
    private static final int SAMPLE_CHARS = 2_000;
    private final LanguageDetector detector;

    public ArticleTagger() {
        this.detector = LanguageDetectorBuilder.fromLanguages(
                Language.ARABIC, Language.PERSIAN, Language.URDU, Language.ENGLISH, Language.FRENCH,
                Language.GERMAN, Language.SPANISH, Language.RUSSIAN, Language.TURKISH, Language.KOREAN,
                Language.JAPANESE, Language.CHINESE, Language.ITALIAN, Language.PORTUGUESE, Language.HEBREW)
                .withLowAccuracyMode().build();
    }

    public Tags tag(ExtractedArticle article) {
        Objects.requireNonNull(article, "article");
        String sample = (article.title() == null ? "" : article.title() + "\n") + article.bodyText();
        if (sample.length() > SAMPLE_CHARS) {
            sample = sample.substring(0, SAMPLE_CHARS);
        }
        Language detected = detector.detectLanguageOf(sample);
        String code = detected == Language.UNKNOWN ? hintCode(article.languageHint())
                : detected.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
        String direction = code != null && RTL.contains(code) ? "rtl" : "ltr";
        return new Tags(code, direction, List.of(), List.of(), List.of());
    }

    private static String hintCode(String hint) {
        if (hint == null || hint.length() < 2) {
            return null;
        }
        return hint.substring(0, 2).toLowerCase(Locale.ROOT);
    }
}
