package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the mentions of recognised names in every part of an article: each full form, a person's lone
 * surname (not inside a longer capitalised name) and an organisation's acronym, skipping words the curated
 * dictionary linked. A person's shorter full forms count for the longest one that contains their words.
 * One instance per article; not thread-safe.
 */
final class MentionCounter {
    private final Map<String, NameRecognizer.Name> names;
    private final Map<String, String> surnames;
    private final Map<String, String> acronyms;
    private final Map<String, List<NameRecognizer.Name>> byFirstWord = new HashMap<>();
    /** Passes the keys of {@link #byFirstWord}: most capitalised words start no recognised name. */
    private final WordHashFilter firstWords;

    MentionCounter(Map<String, NameRecognizer.Name> names, Map<String, String> surnames,
            Map<String, String> acronyms) {
        this.names = names;
        this.surnames = surnames;
        this.acronyms = acronyms;
        for (NameRecognizer.Name n : names.values()) {
            byFirstWord.computeIfAbsent(n.words.get(0), w -> new ArrayList<>()).add(n);
        }
        byFirstWord.values().forEach(l -> l.sort((a, b) -> Integer.compare(b.words.size(), a.words.size())));
        firstWords = new WordHashFilter(byFirstWord.keySet());
    }

    /** The names with their mentions, most mentioned first. */
    List<EntityTag> count(List<TokenizedText> parts, List<EntityKind[]> marks) {
        for (int p = 0; p < parts.size(); p++) {
            countIn(parts.get(p), marks.get(p));
        }
        List<EntityTag> out = new ArrayList<>();
        for (NameRecognizer.Name n : names.values()) {
            if (n.count > 0 && (!n.weak || echoed(n))) {
                out.add(new EntityTag(n.kind, n.surface, null, null, List.copyOf(n.mentions), n.count));
            }
        }
        out.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return out;
    }

    /** Whether a person found only by a weak given name is also named by the surname alone ("Grant X ... X"). */
    private static boolean echoed(NameRecognizer.Name n) {
        for (String mention : n.mentions) {
            if (mention.indexOf(' ') < 0) {
                return true;
            }
        }
        return false;
    }

    private void countIn(TokenizedText part, EntityKind[] marks) {
        List<Token> tokens = part.tokens();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (linkedName(marks[i]) || !t.capitalised() || t.arabicScript()) {
                i++;
                continue;
            }
            NameRecognizer.Name full = fullFormAt(part.text(), tokens, marks, i);
            if (full != null) {
                owner(full).add(NameRecognizer.written(part, i, i + full.words.size()));
                i += full.words.size();
                continue;
            }
            if (marks[i] != null) {
                i++; // a linked country or place opens no surname or acronym mention
                continue;
            }
            String key = surnames.get(t.folded());
            if (key == null && t.allCaps()) {
                key = acronyms.get(t.surface());
            }
            if (key != null && (names.get(key).kind == EntityKind.ORGANIZATION || alone(part, i))) {
                names.get(key).add(t.surface());
            }
            i++;
        }
    }

    private NameRecognizer.Name fullFormAt(String text, List<Token> tokens, EntityKind[] marks, int i) {
        String first = tokens.get(i).folded();
        List<NameRecognizer.Name> candidates = firstWords.mightContain(first) ? byFirstWord.get(first) : null;
        if (candidates == null) {
            return null;
        }
        for (NameRecognizer.Name n : candidates) {
            int len = n.words.size();
            boolean same = i + len <= tokens.size();
            for (int k = 1; same && k < len; k++) {
                same = !linkedName(marks[i + k]) && tokens.get(i + k).folded().equals(n.words.get(k))
                        && adjacent(text, tokens.get(i + k - 1).end(), tokens.get(i + k).start());
            }
            if (same) {
                return n;
            }
        }
        return null;
    }

    /** Whether a word belongs to a linked organisation or person (a linked country or place may sit inside a name). */
    private static boolean linkedName(EntityKind kind) {
        return kind == EntityKind.ORGANIZATION || kind == EntityKind.PERSON;
    }

    /** The longest person name that contains all the words of {@code n}, or {@code n}. */
    private NameRecognizer.Name owner(NameRecognizer.Name n) {
        if (n.kind != EntityKind.PERSON) {
            return n;
        }
        NameRecognizer.Name longest = names.get(surnames.get(n.words.get(n.words.size() - 1)));
        return longest != null && longest.words.containsAll(n.words) ? longest : n;
    }

    /** Whether a surname stands alone, not inside a longer capitalised name (a role word before it is fine). */
    private static boolean alone(TokenizedText part, int i) {
        List<Token> tokens = part.tokens();
        if (i > 0 && !tokens.get(i).sentenceStart() && tokens.get(i - 1).capitalised()
                && adjacent(part.text(), tokens.get(i - 1).end(), tokens.get(i).start())
                && !NameLexicon.ROLE_CUES.contains(tokens.get(i - 1).folded())) {
            return false;
        }
        return i + 1 >= tokens.size() || !tokens.get(i + 1).capitalised()
                || !adjacent(part.text(), tokens.get(i).end(), tokens.get(i + 1).start());
    }

    /** Whether only a space, a hyphen or an apostrophe lies between two words. */
    private static boolean adjacent(String text, int from, int to) {
        if (NameWords.initialGap(text, from, to)) {
            return true; // "P. Kevin Castel"
        }
        if (to - from > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '-' && c != '\'' && c != '\u2019' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }
}
