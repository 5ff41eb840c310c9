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

    private static final class WordStats {
        int tf;
        int upper;
        int acronym;
        /** Sentence index of each occurrence; non-decreasing, since sentences are read in order. */
        int[] sentences = new int[4];
        int distinctSentences;
        final java.util.Set<String> left = new java.util.HashSet<>();
        final java.util.Set<String> right = new java.util.HashSet<>();
        double score;

        void addSentence(int s) {
            if (tf == sentences.length) {
                sentences = java.util.Arrays.copyOf(sentences, tf * 2);
            }
            if (tf == 0 || sentences[tf - 1] != s) {
                distinctSentences++;
            }
            sentences[tf++] = s;
        }
    }

    /**
     * A sentence's tokens with each token's word key and usability worked out once: the statistics and
     * the n-gram candidates read them several times per token.
     */
    private record Sentence(List<Token> tokens, String[] keys, boolean[] usable) {
        int size() {
            return tokens.size();
        }
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
        List<Sentence> sentences = prepare(language, sentences(title, body));
        Map<String, WordStats> words = wordStats(sentences);
        if (words.isEmpty()) {
            return List.of();
        }
        scoreWords(words, sentences.size());
        Map<String, Candidate> candidates = candidates(sentences);
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

    private List<Sentence> prepare(String language, List<List<Token>> sentences) {
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (List<Token> tokens : sentences) {
            String[] keys = new String[tokens.size()];
            boolean[] usable = new boolean[tokens.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = wordKey(tokens.get(i));
                usable[i] = usable(language, tokens.get(i), keys[i]);
            }
            out.add(new Sentence(tokens, keys, usable));
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

    private static Map<String, WordStats> wordStats(List<Sentence> sentences) {
        Map<String, WordStats> words = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            for (int i = 0; i < sentence.size(); i++) {
                if (!sentence.usable()[i]) {
                    continue;
                }
                Token t = sentence.tokens().get(i);
                WordStats st = words.computeIfAbsent(sentence.keys()[i], k -> new WordStats());
                st.addSentence(s);
                if (t.allCaps()) {
                    st.acronym++;
                } else if (t.capitalised() && !t.sentenceStart()) {
                    st.upper++;
                }
                if (i > 0) {
                    st.left.add(sentence.keys()[i - 1]);
                }
                if (i + 1 < sentence.size()) {
                    st.right.add(sentence.keys()[i + 1]);
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
            double position = Math.log(Math.log(3 + w.sentences[w.tf / 2]));
            double frequency = w.tf / (mean + sd);
            double rel = 1 + (w.left.size() / (double) w.tf + w.right.size() / (double) w.tf) * w.tf / maxTf;
            double spread = w.distinctSentences / (double) Math.max(1, sentenceCount);
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

    private static Map<String, Candidate> candidates(List<Sentence> sentences) {
        Map<String, Candidate> out = new HashMap<>();
        StringBuilder joined = new StringBuilder();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < sentence.size(); i++) {
                if (!sentence.usable()[i]) {
                    continue;
                }
                joined.setLength(0);
                for (int n = 1; n <= MAX_NGRAM && i + n <= sentence.size(); n++) {
                    int last = i + n - 1;
                    if (n > 1 && tokens.get(last).sentenceStart() || !sentence.usable()[last]) {
                        break;
                    }
                    joined.append(n > 1 ? " " : "").append(sentence.keys()[last]);
                    int from = i;
                    int words = n;
                    Candidate c = out.computeIfAbsent(joined.toString(), k -> newCandidate(sentence, from, words));
                    c.tf++;
                    c.inTitle |= s == 0;
                    c.name |= capitalisedRun(tokens, i, n);
                }
            }
        }
        return out;
    }

    private static Candidate newCandidate(Sentence sentence, int from, int n) {
        List<String> keys = List.of(java.util.Arrays.copyOfRange(sentence.keys(), from, from + n));
        StringBuilder surface = new StringBuilder();
        for (int k = from; k < from + n; k++) {
            surface.append(k > from ? " " : "").append(sentence.tokens().get(k).surface());
        }
        return new Candidate(surface.toString(), keys);
    }
}
