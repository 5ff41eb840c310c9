package io.newspipe.streams.tag;

import java.util.List;
import java.util.Objects;

/**
 * Extracts keywords with a YAKE-style statistic (Campos et al., 2020): each word is scored from its
 * casing, position, frequency, spread over sentences and the variety of its neighbours; phrases of
 * one to three words without stopwords are scored from their words, and
 * the lowest scores win. Phrases must repeat, come from the headline or be capitalised names, and no
 * two keywords share a word. Arabic words are grouped without the conjunction و and the article ال.
 * Thread-safe (immutable).
 */
public final class KeywordExtractor {
    private static final int MAX_NGRAM = 3;
    private static final List<String> LATIN_STOPWORD_LANGUAGES = List.of("en", "fr");
    private static final List<String> ARABIC_SCRIPT_STOPWORD_LANGUAGES = List.of("ar", "fa");
    private final Stopwords stopwords;
    /** The stopwords of the script's main languages, merged: one lookup per word instead of one per language. */
    private final java.util.Set<String> latinStopwords;
    private final java.util.Set<String> arabicScriptStopwords;
    private final int minKeywords;
    private final int maxKeywords;

    /** An extractor using {@code stopwords}. */
    public KeywordExtractor(Stopwords stopwords, TaggerSettings settings) {
        this.stopwords = Objects.requireNonNull(stopwords, "stopwords");
        this.latinStopwords = stopwords.unionOf(LATIN_STOPWORD_LANGUAGES);
        this.arabicScriptStopwords = stopwords.unionOf(ARABIC_SCRIPT_STOPWORD_LANGUAGES);
        this.minKeywords = settings.minKeywords();
        this.maxKeywords = settings.maxKeywords();
    }

    /** Keywords of a text (title first), best first, surface forms as written. */
    public List<String> extract(String language, TokenizedText title, TokenizedText body) {
        KeywordWords words = KeywordWords.of(title, body, (t, key) -> usable(language, t, key));
        if (!words.anyUsable()) {
            return List.of();
        }
        KeywordCandidates candidates = KeywordCandidates.of(words, MAX_NGRAM);
        int total = title.tokens().size() + body.tokens().size();
        int wanted = Math.max(minKeywords, Math.min(maxKeywords, total / 30));
        return candidates.best(wanted);
    }

    static String wordKey(Token t) {
        if (!t.arabicScript()) {
            return t.folded();
        }
        String f = t.folded();
        if (f.length() > 4 && f.charAt(0) == 'و') {
            f = f.substring(1);
        }
        if (f.length() > 4 && f.startsWith("لل")) {
            f = f.substring(2);
        }
        return ArabicClitics.withoutArticle(f);
    }

    private boolean usable(String language, Token t, String key) {
        String f = t.folded();
        if (f.length() < 3 || Character.isDigit(f.charAt(0)) || stopwords.contains(language, f)) {
            return false;
        }
        // Mixed-language texts: the script's main languages' stopwords apply too.
        if (!t.arabicScript()) {
            return !latinStopwords.contains(f);
        }
        return !stopwords.contains(language, key) && !arabicScriptStopwords.contains(f)
                && !arabicScriptStopwords.contains(key);
    }
}
