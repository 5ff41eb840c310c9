package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final int minKeywords;
    private final int maxKeywords;

    /** An extractor using {@code stopwords}. */
    public KeywordExtractor(Stopwords stopwords, TaggerSettings settings) {
        this.stopwords = Objects.requireNonNull(stopwords, "stopwords");
        this.minKeywords = settings.minKeywords();
        this.maxKeywords = settings.maxKeywords();
    }

    private static final class WordStats {
        int tf;
        int upper;
        int acronym;
        final List<Integer> sentences = new ArrayList<>();
        final Map<String, Integer> left = new HashMap<>();
        final Map<String, Integer> right = new HashMap<>();
        double score;
    }

    private static final class Candidate {
        final String surface;
        final List<String> words;
        int tf;
        boolean name;
        boolean inTitle;

        Candidate(String surface, List<String> words) {
            this.surface = surface;
            this.words = words;
        }
    }

    /** Keywords of a text (title first), best first, surface forms as written. */
    public List<String> extract(String language, TokenizedText title, TokenizedText body) {
        List<List<Token>> sentences = sentences(title, body);
        Map<String, WordStats> words = wordStats(language, sentences);
        if (words.isEmpty()) {
            return List.of();
        }
        scoreWords(words, sentences.size());
        Map<String, Candidate> candidates = candidates(language, sentences);
        List<Map.Entry<Candidate, Double>> scored = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            if (c.words.size() > 1 && c.tf < 2 && !c.name && !c.inTitle) {
                continue;
            }
            double product = 1;
            double sum = 0;
            for (String w : c.words) {
                WordStats s = words.get(w);
                if (s != null) {
                    product *= s.score;
                    sum += s.score;
                }
            }
            scored.add(Map.entry(c, product / (c.tf * (1 + sum))));
        }
        scored.sort(Map.Entry.comparingByValue());
        int total = title.tokens().size() + body.tokens().size();
        int wanted = Math.max(minKeywords, Math.min(maxKeywords, total / 30));
        return pick(scored, wanted);
    }

    /** The best candidates that share no word with a better one. */
    private static List<String> pick(List<Map.Entry<Candidate, Double>> scored, int wanted) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> usedWords = new java.util.HashSet<>();
        for (Map.Entry<Candidate, Double> e : scored) {
            if (out.size() >= wanted) {
                break;
            }
            Candidate c = e.getKey();
            if (c.words.stream().noneMatch(usedWords::contains)) {
                usedWords.addAll(c.words);
                out.add(c.surface);
            }
        }
        return out;
    }

    private static List<List<Token>> sentences(TokenizedText title, TokenizedText body) {
        List<List<Token>> out = new ArrayList<>();
        for (TokenizedText part : List.of(title, body)) {
            List<Token> current = new ArrayList<>();
            for (Token t : part.tokens()) {
                if (t.sentenceStart() && !current.isEmpty()) {
                    out.add(current);
                    current = new ArrayList<>();
                }
                current.add(t);
            }
            if (!current.isEmpty()) {
                out.add(current);
            }
        }
        return out;
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

    private boolean usable(String language, Token t) {
        String f = t.folded();
        if (f.length() < 3 || Character.isDigit(f.charAt(0)) || stopwords.contains(language, f)) {
            return false;
        }
        // Mixed-language texts: the script's main languages' stopwords apply too.
        if (!t.arabicScript()) {
            return !stopwords.inAnyOf(LATIN_STOPWORD_LANGUAGES, f);
        }
        String key = wordKey(t);
        return !stopwords.contains(language, key) && !stopwords.inAnyOf(ARABIC_SCRIPT_STOPWORD_LANGUAGES, f)
                && !stopwords.inAnyOf(ARABIC_SCRIPT_STOPWORD_LANGUAGES, key);
    }

    private Map<String, WordStats> wordStats(String language, List<List<Token>> sentences) {
        Map<String, WordStats> words = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> sentence = sentences.get(s);
            for (int i = 0; i < sentence.size(); i++) {
                Token t = sentence.get(i);
                if (!usable(language, t)) {
                    continue;
                }
                WordStats st = words.computeIfAbsent(wordKey(t), k -> new WordStats());
                st.tf++;
                if (t.allCaps()) {
                    st.acronym++;
                } else if (t.capitalised() && !t.sentenceStart()) {
                    st.upper++;
                }
                st.sentences.add(s);
                if (i > 0) {
                    st.left.merge(wordKey(sentence.get(i - 1)), 1, Integer::sum);
                }
                if (i + 1 < sentence.size()) {
                    st.right.merge(wordKey(sentence.get(i + 1)), 1, Integer::sum);
                }
            }
        }
        return words;
    }

    private static void scoreWords(Map<String, WordStats> words, int sentenceCount) {
        double mean = words.values().stream().mapToInt(w -> w.tf).average().orElse(1);
        double sd = Math.sqrt(words.values().stream().mapToDouble(w -> (w.tf - mean) * (w.tf - mean)).average()
                .orElse(0));
        int maxTf = words.values().stream().mapToInt(w -> w.tf).max().orElse(1);
        for (WordStats w : words.values()) {
            double casing = Math.max(w.upper, w.acronym) / (1 + Math.log(w.tf));
            List<Integer> sorted = new ArrayList<>(w.sentences);
            sorted.sort(null);
            double position = Math.log(Math.log(3 + sorted.get(sorted.size() / 2)));
            double frequency = w.tf / (mean + sd);
            double rel = 1 + (w.left.size() / (double) w.tf + w.right.size() / (double) w.tf) * w.tf / maxTf;
            double spread = w.sentences.stream().distinct().count() / (double) Math.max(1, sentenceCount);
            w.score = rel * position / (casing + frequency / rel + spread / rel);
        }
    }

    private static boolean capitalisedRun(List<Token> sentence, int i, int n) {
        for (int k = i; k < i + n; k++) {
            Token t = sentence.get(k);
            if (t.arabicScript() || !t.capitalised()) {
                return false;
            }
        }
        return true;
    }

    private Map<String, Candidate> candidates(String language, List<List<Token>> sentences) {
        Map<String, Candidate> out = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> sentence = sentences.get(s);
            for (int i = 0; i < sentence.size(); i++) {
                if (!usable(language, sentence.get(i))) {
                    continue;
                }
                for (int n = 1; n <= MAX_NGRAM && i + n <= sentence.size(); n++) {
                    Token last = sentence.get(i + n - 1);
                    if (n > 1 && last.sentenceStart()) {
                        break;
                    }
                    if (!usable(language, last)) {
                        break;
                    }
                    List<String> keys = new ArrayList<>(n);
                    StringBuilder surface = new StringBuilder();
                    for (int k = i; k < i + n; k++) {
                        keys.add(wordKey(sentence.get(k)));
                        surface.append(k > i ? " " : "").append(sentence.get(k).surface());
                    }
                    Candidate c = out.computeIfAbsent(String.join(" ", keys),
                            k -> new Candidate(surface.toString(), keys));
                    c.tf++;
                    c.inTitle |= s == 0;
                    c.name |= capitalisedRun(sentence, i, n);
                }
            }
        }
        return out;
    }
}
