package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Releases curated people matched inside a longer capitalised name in Latin-script text: "Joaquín Guzmán"
 * inside "Joaquín Guzmán López", or "Trump" inside "Ivanka Trump", names someone else, so the curated match
 * must not win there. A match is inside a longer name when a capitalised word that is no stopword, role, title,
 * calendar word or other linked entity stands right before or after it in the same sentence, joined by a
 * space or hyphen. Such mentions no longer count for the curated person (dropped when none is left), and
 * their words are left to {@link NameRecognizer}. Title-case headlines are not read (capitals say nothing
 * there). Stateless and thread-safe.
 */
final class LongerNames {
    private static final int MAX_WORDS = 6;
    private static final int HEADLINE_WORDS = 30;
    /** Capitalised words that may stand before a name without being part of it. */
    private static final Set<String> BEFORE_NAMES = Set.of("former", "late", "young", "veteran", "saint", "st",
            "ex", "new", "old", "then", "sir", "dame", "lord", "lady", "mother", "grand", "supreme", "crown",
            "vice", "interim", "acting", "said", "says", "told", "asked", "by", "with");

    private LongerNames() {
    }

    /**
     * The curated entities without the people matched only inside longer names; {@code curated} itself when no
     * mention is released.
     */
    static List<EntityTag> release(List<EntityTag> curated, List<TokenizedText> parts, Stopwords stopwords,
            String language) {
        return release(curated, parts, stopwords, language, new CuratedWords(curated), new EntityKind[parts.size()][]);
    }

    /**
     * As {@link #release(List, List, Stopwords, String)} with {@code linked}, the {@link CuratedWords} of
     * {@code curated}; the marks of part p it reads ({@code linked.mark}) are left in {@code marks[p]} (others
     * stay null), so that a caller whose {@code curated} comes back unchanged marks no part twice.
     */
    static List<EntityTag> release(List<EntityTag> curated, List<TokenizedText> parts, Stopwords stopwords,
            String language, CuratedWords linked, EntityKind[][] marks) {
        Map<String, Integer> byKey = personKeys(curated);
        if (byKey.isEmpty()) {
            return curated;
        }
        Map<String, Integer> longestFrom = longestFrom(byKey);
        WordHashFilter firstWords = new WordHashFilter(longestFrom.keySet());
        int[] released = new int[curated.size()];
        boolean any = false;
        for (int p = 0; p < parts.size(); p++) {
            TokenizedText part = parts.get(p);
            List<Token> tokens = part.tokens();
            if (tokens.size() <= HEADLINE_WORDS && NameShape.titleCase(tokens)) {
                continue;
            }
            for (int i = 0; i < tokens.size(); i++) {
                String first = tokens.get(i).folded();
                Integer longest = firstWords.mightContain(first) ? longestFrom.get(first) : null;
                for (int n = longest == null ? 0 : Math.min(longest, tokens.size() - i); n >= 1; n--) {
                    Integer t = byKey.get(key(tokens, i, n));
                    if (t != null) {
                        marks[p] = marks[p] == null ? linked.mark(tokens, part.text()) : marks[p];
                        boolean inside = extended(new NameWords(part.text(), tokens, language, stopwords), marks[p],
                                i, i + n);
                        released[t] += inside ? 1 : 0;
                        any |= inside;
                        i += n - 1;
                        break;
                    }
                }
            }
        }
        return any ? without(curated, released) : curated;
    }

    /** For each first word of a name, its longest name in words: most words start none, and get no key built. */
    private static Map<String, Integer> longestFrom(Map<String, Integer> byKey) {
        Map<String, Integer> out = new HashMap<>();
        for (String key : byKey.keySet()) {
            int space = key.indexOf(' ');
            out.merge(space < 0 ? key : key.substring(0, space), key.split(" ").length, Math::max);
        }
        return out;
    }

    /** The folded Latin-script mentions of the curated people, each with the index of its person. */
    private static Map<String, Integer> personKeys(List<EntityTag> curated) {
        Map<String, Integer> byKey = new HashMap<>();
        for (int t = 0; t < curated.size(); t++) {
            if (curated.get(t).type() != EntityKind.PERSON) {
                continue;
            }
            for (String mention : curated.get(t).mentions()) {
                List<Token> words = TextTokenizer.tokens(mention);
                if (!words.isEmpty() && !words.get(0).arabicScript() && words.size() <= MAX_WORDS) {
                    byKey.putIfAbsent(key(words, 0, words.size()), t);
                }
            }
        }
        return byKey;
    }

    /** Whether the name at words [s, e) continues with a capitalised word on either side. */
    private static boolean extended(NameWords words, EntityKind[] marks, int s, int e) {
        List<Token> tokens = words.tokens();
        if (e < tokens.size() && !tokens.get(e).sentenceStart() && words.joined(e - 1, e) && nameWord(words, marks, e)) {
            return true;
        }
        // a sentence's first word is capitalised anyway: only a common given name says it opens a name there
        // after an initial's full stop the word is read as opening a sentence: "M. K. Stalin"
        return s > 0 && (!tokens.get(s).sentenceStart() || words.initial(s - 1)) && words.joined(s - 1, s)
                && nameWord(words, marks, s - 1)
                && (!tokens.get(s - 1).sentenceStart() || NameLexicon.givenName(words.folded(s - 1))
                        || words.initial(s - 1))
                && !NameLexicon.ABBREVIATED_CUES.contains(words.folded(s - 1));
    }

    private static boolean nameWord(NameWords words, EntityKind[] marks, int k) {
        Token t = words.tokens().get(k);
        String f = t.folded();
        if (marks[k] == null && words.initial(k)) {
            return true; // "M. K. Stalin" is not Joseph Stalin
        }
        return marks[k] == null && t.capitalised() && !t.allCaps() && !words.stop(k)
                && !Character.isDigit(t.surface().charAt(0)) && !NameLexicon.ROLE_CUES.contains(f)
                && !NameLexicon.BLOCKED_IN_ORGS.contains(f) && !BEFORE_NAMES.contains(f)
                && !NameTailNouns.contains(f); // "the Narendra Modi Government"
    }

    private static List<EntityTag> without(List<EntityTag> curated, int[] released) {
        List<EntityTag> out = new ArrayList<>(curated.size());
        for (int t = 0; t < curated.size(); t++) {
            EntityTag tag = curated.get(t);
            int left = tag.count() - released[t];
            if (released[t] == 0) {
                out.add(tag);
            } else if (left > 0) {
                out.add(new EntityTag(tag.type(), tag.name(), tag.id(), tag.countryCode(), tag.mentions(), left));
            }
        }
        return out;
    }

    private static String key(List<Token> tokens, int i, int n) {
        StringBuilder sb = new StringBuilder(tokens.get(i).folded());
        for (int k = i + 1; k < i + n; k++) {
            sb.append(' ').append(tokens.get(k).folded());
        }
        return sb.toString();
    }
}
