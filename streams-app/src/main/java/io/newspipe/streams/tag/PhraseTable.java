package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases of folded words, each naming a value ("ministère des affaires étrangères=Foreign Affairs"), looked
 * up by their first word, longest phrase first. Shared by the portfolio and body-head tables so that both read
 * and match their phrases the same way. Thread-safe (immutable).
 */
final class PhraseTable {
    /** A phrase: its folded words and the value it names. */
    record Phrase(String[] words, String value) {
        /** Whether the phrase's words stand at word {@code i} of {@code tokens} (its first word is not compared). */
        boolean restAt(List<Token> tokens, int i) {
            if (i + words.length > tokens.size()) {
                return false;
            }
            for (int k = 1; k < words.length; k++) {
                if (!tokens.get(i + k).folded().equals(words[k])) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Map<String, List<Phrase>> byFirstWord;
    /** Passes the first words: asked at most words of a text, which start no phrase. */
    private final WordHashFilter firstWords;

    private PhraseTable(Map<String, List<Phrase>> byFirstWord) {
        this.byFirstWord = byFirstWord;
        this.firstWords = new WordHashFilter(byFirstWord.keySet());
    }

    /** A table from {@code "phrase=value|phrase=value…"}; each phrase is tokenised and folded as text is. */
    static PhraseTable parse(String table) {
        Map<String, List<Phrase>> out = new HashMap<>();
        for (String item : table.split("\\|")) {
            int eq = item.indexOf('=');
            List<Token> words = TextTokenizer.tokens(item.substring(0, eq));
            String[] folded = new String[words.size()];
            for (int k = 0; k < folded.length; k++) {
                folded[k] = words.get(k).folded();
            }
            out.computeIfAbsent(folded[0], w -> new ArrayList<>()).add(new Phrase(folded, item.substring(eq + 1)));
        }
        Map<String, List<Phrase>> sorted = new HashMap<>();
        out.forEach((first, list) -> {
            list.sort(Comparator.comparingInt((Phrase p) -> p.words().length).reversed());
            sorted.put(first, List.copyOf(list));
        });
        return new PhraseTable(Map.copyOf(sorted));
    }

    /** The phrases whose first folded word is {@code first}, longest first, or null. */
    List<Phrase> startingWith(String first) {
        return firstWords.mightContain(first) ? byFirstWord.get(first) : null;
    }

    /**
     * {@link #startingWith} of {@code prefix} followed by {@code word} from char {@code from}; the word is cut
     * only when the filter passes it (most words behind a proclitic start no phrase).
     */
    List<Phrase> startingWith(String prefix, String word, int from) {
        return firstWords.mightContain(prefix, word, from) ? byFirstWord.get(prefix + word.substring(from)) : null;
    }

    /** The longest of {@code candidates} standing at word {@code i}, or null. */
    static Phrase longestAt(List<Phrase> candidates, List<Token> tokens, int i) {
        if (candidates == null) {
            return null;
        }
        for (Phrase p : candidates) {
            if (p.restAt(tokens, i)) {
                return p;
            }
        }
        return null;
    }
}
