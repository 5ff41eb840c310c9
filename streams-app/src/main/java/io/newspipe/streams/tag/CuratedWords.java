package io.newspipe.streams.tag;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of a text that the curated dictionary linked, found again from the linked entities' mentions
 * (each mention is a span of the text as written), so that {@link NameRecognizer} never reads them again.
 * One instance per article; not thread-safe.
 */
final class CuratedWords {
    private final Map<String, EntityKind> kindByKey = new HashMap<>();
    private final Map<String, Integer> longestFrom = new HashMap<>();
    /** Passes the first words of {@link #longestFrom}: most words of a text start no linked mention. */
    private final WordHashFilter firstWords;

    CuratedWords(List<EntityTag> curated) {
        for (EntityTag tag : curated) {
            for (String mention : tag.mentions()) {
                List<Token> words = TextTokenizer.tokens(mention);
                if (words.isEmpty()) {
                    continue;
                }
                StringBuilder key = new StringBuilder();
                for (Token w : words) {
                    key.append(key.length() == 0 ? "" : " ").append(w.folded());
                }
                kindByKey.putIfAbsent(key.toString(), tag.type());
                longestFrom.merge(words.get(0).folded(), words.size(), Math::max);
            }
        }
        firstWords = new WordHashFilter(longestFrom.keySet());
    }

    /** Whether a folded name (words joined by one space) was linked as written. */
    boolean knows(String key) {
        return kindByKey.containsKey(key);
    }

    /** For each word, the kind of the linked entity it belongs to, or null. */
    EntityKind[] mark(List<Token> tokens) {
        return mark(tokens, null);
    }

    /**
     * As {@link #mark(List)} for the words of {@code text}, where a one-word place right after a common given name
     * is left unmarked: {@link PlaceInLongerName} dropped that match as a surname ("Alejandro Toledo"), and a
     * mention of the place elsewhere ("Toledo, who governed") must not hide the person's name from the finder.
     */
    EntityKind[] mark(List<Token> tokens, String text) {
        EntityKind[] marks = new EntityKind[tokens.size()];
        int i = 0;
        while (i < tokens.size()) {
            String first = tokens.get(i).folded();
            Integer longest = firstWords.mightContain(first) ? longestFrom.get(first) : null;
            int matched = 0;
            if (longest != null) {
                for (int n = Math.min(longest, tokens.size() - i); n >= 1 && matched == 0; n--) {
                    EntityKind kind = kindByKey.get(key(tokens, i, n));
                    if (kind != null && !(text != null && n == 1 && kind == EntityKind.PLACE
                            && PlaceInLongerName.afterGivenName(text, tokens, i))) {
                        for (int k = i; k < i + n; k++) {
                            marks[k] = kind;
                        }
                        matched = n;
                    }
                }
            }
            i += Math.max(1, matched);
        }
        return marks;
    }

    private static String key(List<Token> tokens, int i, int n) {
        if (n == 1) {
            return tokens.get(i).folded();
        }
        StringBuilder sb = new StringBuilder(tokens.get(i).folded());
        for (int k = i + 1; k < i + n; k++) {
            sb.append(' ').append(tokens.get(k).folded());
        }
        return sb.toString();
    }
}
