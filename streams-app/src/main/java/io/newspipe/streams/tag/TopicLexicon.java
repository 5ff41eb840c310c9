package io.newspipe.streams.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Topic evidence words per language (resource {@code topic-lexicon.tsv}): whole words and phrases,
 * and word prefixes (entries ending in '*'). Immutable and thread-safe once loaded.
 */
public final class TopicLexicon {
    /**
     * A term pointing to a topic with a weight; {@code seen} numbers the lexicon's distinct (code, term) pairs
     * from 0, so that mentions are counted in an array (-1: not a lexicon term, never counted).
     */
    record Hit(String code, double weight, String term, int seen) {
        Hit(String code, double weight, String term) {
            this(code, weight, term, -1);
        }
    }

    /** Terms of one language. */
    static final class Terms {
        final Map<String, List<Hit>> exact = new HashMap<>();
        final Map<String, List<Hit>> prefixes = new HashMap<>();
        /**
         * {@link WordSequenceHash} hashes of the exact terms ({@link EntityDictionary#KEY}) and of their
         * proper word prefixes ({@link EntityDictionary#PREFIX}): most words need no string lookup.
         */
        final HashFlagTable sequences = new HashFlagTable(1024);
        /** The lengths (in chars) of the prefix entries: other lengths need no lookup. */
        final BitSet prefixLengths = new BitSet();
        /**
         * The first {@value #HEAD} chars of every prefix entry at least that long, hashed: a word whose head is
         * not marked can match no such entry, which spares most words all their prefix lookups.
         */
        private final BitSet prefixHeads = new BitSet(HEAD_BITS);

        /**
         * The first {@code k} chars of every prefix entry of {@code k} chars ({@code k} < {@value #LONG_HEAD}) or,
         * at {@code k} = {@value #LONG_HEAD}, of every longer entry, hashed, per {@code k} from {@value #HEAD}: a
         * word can start with an entry only if one of its heads is marked. Most words whose first {@value #HEAD}
         * chars pass ("con", "pro") fail here and are spared the lookups of every prefix length.
         */
        private final BitSet[] headsOfLength = new BitSet[LONG_HEAD + 1];

        Terms() {
            for (int k = HEAD; k <= LONG_HEAD; k++) {
                headsOfLength[k] = new BitSet(HEAD_BITS);
            }
        }

        /** Whether {@code word} may start with a prefix entry of at least {@value #HEAD} chars. */
        boolean mayHavePrefix(String word) {
            if (word.length() < HEAD || !prefixHeads.get(head(word))) {
                return false;
            }
            // the chars' hash grows by one char per length, not worked out again from the first char
            int h = 0;
            for (int i = 0; i < HEAD - 1; i++) {
                h = 31 * h + word.charAt(i);
            }
            for (int k = HEAD; k <= LONG_HEAD && k <= word.length(); k++) {
                h = 31 * h + word.charAt(k - 1);
                if (headsOfLength[k].get(spread(h))) {
                    return true;
                }
            }
            return false;
        }

        /** {@code String.hashCode} of every prefix entry, in a filter: most prefix lengths need no substring. */
        final HashFlagTable prefixHashes = new HashFlagTable(256);

        private void addPrefix(String key, Hit hit) {
            prefixes.computeIfAbsent(key, k -> new ArrayList<>()).add(hit);
            prefixHashes.add(WordSequenceHash.next(WordSequenceHash.START, key.hashCode()), HashFlagTable.FIRST);
            prefixLengths.set(key.length());
            if (key.length() >= HEAD) {
                prefixHeads.set(head(key));
                int k = Math.min(key.length(), LONG_HEAD);
                headsOfLength[k].set(head(key, k));
            }
        }

        private static int head(String s) {
            return ((s.charAt(0) * 31 + s.charAt(1)) * 31 + s.charAt(2)) & (HEAD_BITS - 1);
        }

        /** The first {@code k} chars of {@code s}, hashed. */
        private static int head(String s, int k) {
            int h = 0;
            for (int i = 0; i < k; i++) {
                h = 31 * h + s.charAt(i);
            }
            return spread(h);
        }

        /** A slot of the head sets for the hash of a head's chars. */
        private static int spread(int charsHash) {
            int h = charsHash * 0x9E3779B9;
            return (h ^ h >>> 16) & (HEAD_BITS - 1);
        }
    }

    /** Chars hashed by {@link Terms#mayHavePrefix}. */
    static final int HEAD = 3;
    /** The longest head {@link Terms#mayHavePrefix} looks at: entries this long or longer share it. */
    private static final int LONG_HEAD = 5;
    private static final int HEAD_BITS = 1 << 16;

    private final Map<String, Terms> byLanguage;
    /** Number of distinct (code, term) pairs: {@link Hit#seen} is below it. */
    private final int seenPairs;

    private TopicLexicon(Map<String, Terms> byLanguage, int seenPairs) {
        this.byLanguage = byLanguage;
        this.seenPairs = seenPairs;
    }

    /** Number of distinct (code, term) pairs of the lexicon's hits ({@link Hit#seen} is below it). */
    int seenPairs() {
        return seenPairs;
    }

    /** The terms of a language ("*" for the terms of every language), or null. */
    Terms terms(String language) {
        return byLanguage.get(language);
    }

    /** Loads the bundled lexicon. */
    public static TopicLexicon load() {
        Map<String, Terms> map = new HashMap<>();
        Map<List<String>, Integer> pairs = new HashMap<>();
        try (InputStream in = TopicLexicon.class.getResourceAsStream("topic-lexicon.tsv")) {
            Objects.requireNonNull(in, "topic-lexicon.tsv missing");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                Terms terms = map.computeIfAbsent(c[1], k -> new Terms());
                double weight = Double.parseDouble(c[2]);
                for (String term : c[3].split("\\|")) {
                    add(terms, c[0], weight, term.strip(), pairs);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        map.values().forEach(TopicLexicon::addPrefixTopics);
        return new TopicLexicon(Map.copyOf(map), pairs.size());
    }

    private static void add(Terms terms, String code, double weight, String term,
            Map<List<String>, Integer> pairs) {
        boolean prefix = term.endsWith("*");
        String raw = prefix ? term.substring(0, term.length() - 1) : term;
        List<Token> tokens = TextTokenizer.tokens(raw);
        if (tokens.isEmpty()) {
            return;
        }
        String key = EntityDictionary.key(tokens);
        Hit hit = new Hit(code, weight, key, pairs.computeIfAbsent(List.of(code, key), k -> pairs.size()));
        if (prefix && tokens.size() == 1) {
            List<Hit> known = terms.prefixes.get(key);
            if (known == null) {
                terms.addPrefix(key, hit);
            } else {
                addOnce(known, hit);
            }
            return;
        }
        if (!addOnce(terms.exact.computeIfAbsent(key, k -> new ArrayList<>()), hit)) {
            return;
        }
        long h = WordSequenceHash.START;
        int from = 0;
        for (int space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', from)) {
            h = WordSequenceHash.next(h, key, from, space);
            terms.sequences.add(h, EntityDictionary.PREFIX);
            from = space + 1;
        }
        terms.sequences.add(WordSequenceHash.next(h, key, from, key.length()), EntityDictionary.KEY);
    }

    /**
     * Gives each one-word exact term the topics of the longest prefix entry it starts with, where the term has
     * none of its own: the classifier stops at an exact term, so without this a word listed whole for one topic
     * ("دانشگاه", research) would lose the topic a prefix entry gives its family ("دانشگاه*", education).
     * Done once at load: no cost per word.
     */
    private static void addPrefixTopics(Terms terms) {
        terms.exact.forEach((key, hits) -> {
            if (key.indexOf(' ') >= 0) {
                return;
            }
            for (int len = key.length(); len >= HEAD; len--) {
                List<Hit> prefixHits = terms.prefixes.get(key.substring(0, len));
                if (prefixHits != null) {
                    prefixHits.forEach(h -> addOnce(hits, h));
                    return;
                }
            }
        });
    }

    /**
     * Adds {@code hit} to {@code hits} unless a hit of the same topic is there (then keeps the higher weight):
     * an Arabic word listed with and without its article ("حرب|الحرب") folds to one key and must count once.
     * Returns whether the hit was added.
     */
    private static boolean addOnce(List<Hit> hits, Hit hit) {
        for (int k = 0; k < hits.size(); k++) {
            Hit old = hits.get(k);
            if (old.code().equals(hit.code())) {
                if (hit.weight() > old.weight()) {
                    hits.set(k, hit);
                }
                return false;
            }
        }
        hits.add(hit);
        return true;
    }
}
