package io.newspipe.streams.tag;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Extracts keywords with a YAKE-style statistic (Campos et al., 2020): each word is scored from its
 * casing, position, frequency, spread over sentences and the variety of its neighbours; phrases of
 * one to three words without stopwords are scored from their words, and
 * the lowest scores win. Phrases must repeat, come from the headline or be capitalised names, and no
 * two keywords share a word. Arabic words are grouped without the conjunction و and the article ال.
 * Thread-safe (immutable but for caches of merged stopword sets and per-thread scratch arrays).
 */
public final class KeywordExtractor {
    private static final int MAX_NGRAM = 3;
    /** Bounds the merged-stopword caches (text languages come from page hints too). */
    private static final int MAX_MERGED_LANGUAGES = 256;
    private static final List<String> LATIN_STOPWORD_LANGUAGES = List.of("en", "fr");
    private static final List<String> ARABIC_SCRIPT_STOPWORD_LANGUAGES = List.of("ar", "fa");
    private final Stopwords stopwords;
    /** The stopwords of the script's main languages, merged: one lookup per word instead of one per language. */
    private final Set<String> latinStopwords;
    private final Set<String> arabicScriptStopwords;
    /** Per text language ("" for none): see {@link #mergedStopwords}. */
    private final Map<String, StopSet> latinMerged = new ConcurrentHashMap<>();
    private final Map<String, StopSet> arabicScriptMerged = new ConcurrentHashMap<>();
    /**
     * The sets of the last language asked for (most texts of a stream share one language); immutable, and
     * volatile so that another thread sees it whole.
     */
    private volatile LanguageStopSets lastStopSets;
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
        LanguageStopSets sets = stopSets(language);
        StopSet latin = sets.latin();
        StopSet arabic = sets.arabic();
        // the calling thread's scratch: reused by its next article, and holds none of this one's tokens after
        KeywordWords words = KeywordWords.of(title, body, (t, key) -> usable(t.arabicScript() ? arabic : latin, t, key));
        try {
            if (!words.anyUsable()) {
                return List.of();
            }
            KeywordCandidates candidates = KeywordCandidates.of(words, MAX_NGRAM);
            int total = title.tokens().size() + body.tokens().size();
            int wanted = Math.max(minKeywords, Math.min(maxKeywords, total / 30));
            return candidates.best(wanted);
        } finally {
            words.release();
        }
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

    /**
     * Whether a word may be part of a keyword: three chars or more, no digit first, and no stopword of
     * the text's language nor (mixed-language texts) of its script's main languages.
     */
    private static boolean usable(StopSet stop, Token t, String key) {
        String f = t.folded();
        if (f.length() < 3 || digit(f.charAt(0))) {
            return false;
        }
        return !stop.contains(f) && (!t.arabicScript() || !stop.contains(key));
    }

    /**
     * {@link Character#isDigit(char)}, without its Unicode tables for an ASCII char or a letter (no letter is
     * a digit): the tables of other scripts are cold when a word of them is tested.
     */
    static boolean digit(char c) {
        if (c < 0x80) {
            return c >= '0' && c <= '9';
        }
        return (CharClasses.of(c) & CharClasses.LETTER) == 0 && Character.isDigit(c);
    }

    /** The merged stopword sets of the last text language asked for: one field read instead of two map lookups. */
    private LanguageStopSets stopSets(String language) {
        LanguageStopSets sets = lastStopSets;
        if (sets == null || !Objects.equals(sets.language(), language)) {
            sets = new LanguageStopSets(language, mergedStopwords(language, false), mergedStopwords(language, true));
            lastStopSets = sets;
        }
        return sets;
    }

    /** A text language's merged stopwords for words in Latin and in Arabic script. */
    private record LanguageStopSets(String language, StopSet latin, StopSet arabic) {
    }

    /** A stopword set behind a filter that rules most other words out without a set lookup. */
    private record StopSet(Set<String> words, WordHashFilter filter) {
        boolean contains(String word) {
            return filter.mightContain(word) && words.contains(word);
        }
    }

    /** The language's stopwords and those of the script's main languages in one set, merged on first use. */
    private StopSet mergedStopwords(String language, boolean arabicScript) {
        Map<String, StopSet> cache = arabicScript ? arabicScriptMerged : latinMerged;
        String k = language == null ? "" : language;
        StopSet merged = cache.get(k);
        if (merged == null) {
            Set<String> union = new HashSet<>(stopwords.of(language));
            union.addAll(arabicScript ? arabicScriptStopwords : latinStopwords);
            merged = new StopSet(WordSet.copyOf(union), new WordHashFilter(union));
            if (cache.size() < MAX_MERGED_LANGUAGES) {
                cache.put(k, merged);
            }
        }
        return merged;
    }
}
