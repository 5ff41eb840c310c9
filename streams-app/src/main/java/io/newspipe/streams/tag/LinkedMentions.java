package io.newspipe.streams.tag;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The countries and places the dictionary linked in one article, found again at a word of the text
 * from their mentions as written ("العراقية" is Iraq, "algérien" Algeria, "تهران" Tehran), and the
 * article's only country when it names exactly one. Used to render organisation names in English
 * ("وزارة التربية العراقية" → "Iraqi Ministry of Education"). One instance per article; immutable
 * after construction, so thread-safe.
 */
final class LinkedMentions {
    private static final int MAX_WORDS = 4;
    private final Map<String, EntityTag> byKey = new HashMap<>();
    /**
     * The first word of every mention, with a bit n set for each mention of n words it starts: most words
     * start none, and a word that does ("new") needs keys built only of its mentions' lengths.
     */
    private final Map<String, Integer> firstWords = new HashMap<>();
    /** Passes the keys of {@link #firstWords}: most words are ruled out without a map lookup. */
    private final WordHashFilter firstWordFilter;
    private final EntityTag soleCountry;
    private final EntityTag mainCountry;
    /** The country named most often, at least twice and more than any other; null otherwise. */
    private final EntityTag leadingCountry;
    private final boolean anyCountry;

    LinkedMentions(List<EntityTag> curated) {
        Objects.requireNonNull(curated, "curated");
        EntityTag only = null;
        EntityTag most = null;
        int second = 0;
        int countries = 0;
        int mentions = 0;
        for (EntityTag tag : curated) {
            if (tag.type() != EntityKind.COUNTRY && tag.type() != EntityKind.PLACE) {
                continue;
            }
            if (tag.type() == EntityKind.COUNTRY) {
                countries++;
                only = tag;
                mentions += tag.count();
                if (most == null || tag.count() > most.count()) {
                    second = most == null ? 0 : most.count();
                    most = tag;
                } else {
                    second = Math.max(second, tag.count());
                }
            }
            for (String mention : tag.mentions()) {
                List<Token> words = TextTokenizer.tokens(mention);
                if (!words.isEmpty()) {
                    byKey.putIfAbsent(key(words, 0, Integer.MAX_VALUE), tag);
                    firstWords.merge(words.get(0).folded(), 1 << Math.min(words.size(), MAX_WORDS + 1),
                            (a, b) -> a | b);
                }
            }
        }
        this.firstWordFilter = new WordHashFilter(firstWords.keySet());
        this.soleCountry = countries == 1 ? only : null;
        this.anyCountry = countries > 0;
        this.mainCountry = most != null && 2 * most.count() > mentions ? most : null;
        this.leadingCountry = most != null && most.count() >= 2 && most.count() > second ? most : null;
    }

    /**
     * The country the article names most often, at least twice and more often than any other ("Tunisie" twice
     * beside one "Algérie" and one "Libye"), or null; weaker than {@link #mainCountry}.
     */
    EntityTag leadingCountry() {
        return leadingCountry;
    }

    /** Whether the article names any country. */
    boolean anyCountry() {
        return anyCountry;
    }

    /** The only country the article names, or null when it names none or several. */
    EntityTag soleCountry() {
        return soleCountry;
    }

    /**
     * The article's main country: its only one, or the one named more often than all the others together
     * ("الإمارات" twice beside one "عُمان"); null otherwise.
     */
    EntityTag mainCountry() {
        return mainCountry;
    }

    /**
     * The linked entity of {@code kind} whose mention starts at word {@code i} (the longest mention wins),
     * or null when none starts there.
     */
    Match at(List<Token> tokens, int i, EntityKind kind) {
        if (kind == EntityKind.COUNTRY && !anyCountry) {
            return null; // the rules ask at every word; most articles without a country need no word read
        }
        String first = tokens.get(i).folded();
        Integer lengths = firstWordFilter.mightContain(first) ? firstWords.get(first) : null;
        if (lengths == null) {
            return null;
        }
        for (int n = Math.min(MAX_WORDS, tokens.size() - i); n >= 1; n--) {
            if ((lengths & 1 << n) == 0) {
                continue;
            }
            EntityTag tag = byKey.get(key(tokens, i, n));
            if (tag != null && tag.type() == kind) {
                return new Match(tag, n);
            }
        }
        return null;
    }

    private static String key(List<Token> tokens, int from, int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < tokens.size() && k - from < n; k++) {
            sb.append(sb.length() == 0 ? "" : " ").append(tokens.get(k).folded());
        }
        return sb.toString();
    }

    /** A linked entity found at a word, and how many words its mention takes. */
    record Match(EntityTag tag, int words) {
    }
}
