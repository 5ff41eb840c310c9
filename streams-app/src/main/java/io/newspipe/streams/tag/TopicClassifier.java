package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores IPTC Media Topics from multilingual evidence: lexicon words of the article's language (title
 * words count double, repeated words with diminishing returns) and rules on linked entities (an armed
 * group points to conflict, FIFA to sport). A second-level topic's evidence also counts for its
 * parent, so a parent always scores at least as high as its children. Scores are
 * {@code 1 - exp(-evidence / scale)}, the scale growing slowly with text length. Thread-safe.
 */
public final class TopicClassifier {
    private static final double SCALE = 6.0;
    private static final double TITLE_WEIGHT = 2.0;
    private static final int MIN_PREFIX = TopicLexicon.HEAD;
    /** 31 * INVERSE_OF_31 = 1 modulo 2^32. */
    private static final int INVERSE_OF_31 = 0xBDEF7BDF;
    /** Longest exact term looked for, in words (lexicon phrases are a few words). */
    private static final int MAX_TERM_WORDS = 62;
    private final TopicTaxonomy taxonomy;
    private final TopicLexicon lexicon;
    private final Map<String, List<TopicLexicon.Hit>> entityRules;
    private final double minScore;
    /** Per term set, the first words of its exact terms: most text words start none and need no probe. */
    private final Map<TopicLexicon.Terms, WordHashFilter> firstWords = new ConcurrentHashMap<>();
    /** The calling thread's mention counts, cleared after each article. */
    private final ThreadLocal<SeenCounts> seenCounts;

    /** A classifier over the bundled lexicon and entity rules. */
    public TopicClassifier(TopicTaxonomy taxonomy, TopicLexicon lexicon, TaggerSettings settings) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.entityRules = TopicEntityRules.load();
        this.minScore = settings.minTopicScore();
        int pairs = lexicon.seenPairs();
        this.seenCounts = ThreadLocal.withInitial(() -> new SeenCounts(pairs));
    }

    /** Topics of an article, highest score first. */
    public List<TopicTag> classify(String language, TokenizedText title, TokenizedText body, List<EntityTag> entities) {
        Map<String, Double> evidence = new HashMap<>();
        SeenCounts seen = seenCounts.get();
        try {
            collect(language, title, TITLE_WEIGHT, evidence, seen);
            collect(language, body, 1.0, evidence, seen);
        } finally {
            seen.clear();
        }
        for (EntityTag e : entities) {
            applyRules(entityRules.get(e.name()), evidence);
            applyRules(entityRules.get(e.type().name() + ":*"), evidence);
        }
        Map<String, Double> total = new HashMap<>(evidence);
        evidence.forEach((code, value) -> {
            String top = taxonomy.topLevelOf(code);
            if (top != null && !top.equals(code)) {
                total.merge(top, value, Double::sum);
            }
        });
        double scale = SCALE * Math.max(1.0, Math.sqrt((title.tokens().size() + body.tokens().size()) / 250.0));
        // a language the lexicon reads always gets a topic; in another, entity rules alone are too weak a guess
        return ranked(total, scale, language != null && lexicon.terms(language) != null);
    }

    /**
     * The topics whose score reaches the minimum, highest first (a top-level topic before its child on a tie).
     * When none does and {@code always}, the best scored one alone: an article with any evidence at all gets a
     * topic, with the low score that says how weak it is.
     */
    private List<TopicTag> ranked(Map<String, Double> total, double scale, boolean always) {
        List<TopicTag> out = new ArrayList<>();
        TopicTag best = null;
        for (Map.Entry<String, Double> e : total.entrySet()) {
            TopicTaxonomy.Topic topic = taxonomy.get(e.getKey());
            if (topic == null) {
                continue;
            }
            double score = Math.round((1 - Math.exp(-e.getValue() / scale)) * 1000) / 1000.0;
            if (score >= minScore) {
                out.add(new TopicTag(topic.code(), topic.englishLabel(), score));
            } else if (always && out.isEmpty() && (best == null || ranksBefore(score, topic, best))) {
                best = new TopicTag(topic.code(), topic.englishLabel(), score);
            }
        }
        if (out.isEmpty() && best != null) {
            out.add(best);
        }
        out.sort((a, b) -> b.score() != a.score() ? Double.compare(b.score(), a.score())
                : Boolean.compare(taxonomy.get(a.code()).parent() != null, taxonomy.get(b.code()).parent() != null));
        return out;
    }

    /** Whether a topic scoring {@code score} ranks before {@code other}: higher score, then top level, then code. */
    private boolean ranksBefore(double score, TopicTaxonomy.Topic topic, TopicTag other) {
        if (score != other.score()) {
            return score > other.score();
        }
        boolean otherTop = taxonomy.get(other.code()).parent() == null;
        if ((topic.parent() == null) != otherTop) {
            return topic.parent() == null;
        }
        return topic.code().compareTo(other.code()) < 0;
    }

    private void applyRules(List<TopicLexicon.Hit> hits, Map<String, Double> evidence) {
        if (hits != null) {
            hits.forEach(h -> evidence.merge(h.code(), h.weight(), Double::sum));
        }
    }

    private void collect(String language, TokenizedText text, double factor, Map<String, Double> evidence,
            SeenCounts seen) {
        List<TopicLexicon.Terms> sets = new ArrayList<>(2);
        if (language != null && lexicon.terms(language) != null) {
            sets.add(lexicon.terms(language));
        }
        if (lexicon.terms("*") != null) {
            sets.add(lexicon.terms("*"));
        }
        List<WordHashFilter> filters = new ArrayList<>(sets.size());
        for (TopicLexicon.Terms terms : sets) {
            filters.add(firstWords.computeIfAbsent(terms, TopicClassifier::firstWordsOf));
        }
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            List<String> forms = t.arabicScript()
                    ? PersianInflections.withStem(t, ArabicClitics.formsOf(t.folded())) : null;
            int consumed = 1;
            for (int s = 0; s < sets.size(); s++) {
                consumed = Math.max(consumed, match(sets.get(s), filters.get(s), t.folded(), forms, tokens, i, factor,
                        evidence, seen));
            }
            i += consumed - 1;
        }
    }

    /** Words consumed by the term found at token i (1 when none), trying each form; null forms: the word alone. */
    private static int match(TopicLexicon.Terms terms, WordHashFilter first, String word, List<String> forms,
            List<Token> tokens, int i, double factor, Map<String, Double> evidence, SeenCounts seen) {
        if (forms == null) {
            return Math.max(1, matchForm(terms, first, word, tokens, i, factor, evidence, seen));
        }
        for (int f = 0; f < forms.size(); f++) {
            int n = matchForm(terms, first, forms.get(f), tokens, i, factor, evidence, seen);
            if (n > 0) {
                return n;
            }
        }
        return 1;
    }

    /** Words consumed by the term {@code form} starts at token i, or 0 when it starts none. */
    private static int matchForm(TopicLexicon.Terms terms, WordHashFilter first, String form, List<Token> tokens,
            int i, double factor, Map<String, Double> evidence, SeenCounts seen) {
        long ends = first.mightContain(form) ? termLengths(terms, form, tokens, i) : 0;
        for (int n = 63 - Long.numberOfLeadingZeros(ends); n >= 1; n--) {
            if ((ends & 1L << n) == 0) {
                continue;
            }
            List<TopicLexicon.Hit> hits = terms.exact.get(n == 1 ? form : key(form, tokens, i, n));
            if (hits != null) {
                add(hits, factor, evidence, seen);
                return n;
            }
        }
        if (!terms.mayHavePrefix(form)) {
            return 0;
        }
        List<TopicLexicon.Hit> hits = longestPrefixHits(terms, form);
        if (hits != null) {
            add(hits, factor, evidence, seen);
            return 1;
        }
        return 0;
    }

    /**
     * The term key of {@code form} and the n - 1 words after token i. A single word is its own key: no copy,
     * whose hash the lookup would work out again (the form's is cached).
     */
    private static String key(String form, List<Token> tokens, int i, int n) {
        StringBuilder key = new StringBuilder(form);
        for (int k = 1; k < n; k++) {
            key.append(' ').append(tokens.get(i + k).folded());
        }
        return key.toString();
    }

    /**
     * The word counts n (bit n set) for which {@code form} and the n - 1 words after token i may be an
     * exact term, by hashes alone (see {@link EntityDictionary#sequenceFlags}).
     */
    private static long termLengths(TopicLexicon.Terms terms, String form, List<Token> tokens, int i) {
        long ends = 0;
        long h = WordSequenceHash.next(WordSequenceHash.START, form.hashCode());
        int max = Math.min(MAX_TERM_WORDS, tokens.size() - i);
        for (int n = 1; n <= max; n++) {
            if (n > 1) {
                h = WordSequenceHash.next(h, tokens.get(i + n - 1).folded().hashCode());
            }
            int flags = terms.sequences.flags(h);
            if ((flags & EntityDictionary.KEY) != 0) {
                ends |= 1L << n;
            }
            if ((flags & EntityDictionary.PREFIX) == 0) {
                break;
            }
        }
        return ends;
    }

    /**
     * The hits of the longest prefix entry {@code form} starts with, or null. Only the lengths some prefix
     * entry has are tried, and only those whose hash is in the filter cost a substring and a lookup: the
     * hash of each shorter prefix comes from the longer one by undoing its last char ({@code h = 31 h' + c},
     * and 31 is invertible modulo 2^32).
     */
    private static List<TopicLexicon.Hit> longestPrefixHits(TopicLexicon.Terms terms, String form) {
        int h = form.hashCode();
        int len = form.length();
        for (int want = terms.prefixLengths.previousSetBit(len); want >= MIN_PREFIX;
                want = terms.prefixLengths.previousSetBit(want - 1)) {
            for (; len > want; len--) {
                h = (h - form.charAt(len - 1)) * INVERSE_OF_31;
            }
            if (terms.prefixHashes.flags(WordSequenceHash.next(WordSequenceHash.START, h)) != 0) {
                List<TopicLexicon.Hit> hits = terms.prefixes.get(form.substring(0, want));
                if (hits != null) {
                    return hits;
                }
            }
        }
        return null;
    }

    private static WordHashFilter firstWordsOf(TopicLexicon.Terms terms) {
        List<String> words = new ArrayList<>(terms.exact.size());
        for (String key : terms.exact.keySet()) {
            int space = key.indexOf(' ');
            words.add(space < 0 ? key : key.substring(0, space));
        }
        return new WordHashFilter(words);
    }

    /**
     * Mentions of each (topic, term) pair in one article, for diminishing returns: an array by
     * {@link TopicLexicon.Hit#seen} (no key object and no map probe a hit), reused by the thread's next article.
     */
    private static final class SeenCounts {
        private final int[] counts;
        private int[] touched = new int[64];
        private int size;

        SeenCounts(int pairs) {
            counts = new int[pairs];
        }

        /** Counts one more mention of {@code pair}; returns the count so far, this one included. */
        int add(int pair) {
            int n = ++counts[pair];
            if (n == 1) {
                if (size == touched.length) {
                    touched = Arrays.copyOf(touched, size * 2);
                }
                touched[size++] = pair;
            }
            return n;
        }

        void clear() {
            for (int k = 0; k < size; k++) {
                counts[touched[k]] = 0;
            }
            size = 0;
        }
    }

    private static void add(List<TopicLexicon.Hit> hits, double factor, Map<String, Double> evidence,
            SeenCounts seen) {
        for (TopicLexicon.Hit h : hits) {
            int n = seen.add(h.seen());
            evidence.merge(h.code(), h.weight() * factor / n, Double::sum);
        }
    }
}
