package io.newspipe.streams.tag;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What may stand next to a body named bare for {@link BareBodies}: whether the words around it leave it the
 * article country's own ("the Senate voted", "le Parlement a adopté"), and the country a lower house names next
 * to it ("Nigeria's House of Representatives"). Stateless.
 */
final class BareBodyGuards {
    /** Articles that may open a sentence before a body ("The Senate", "Le Parlement", "La Cour suprême"). */
    private static final Set<String> ARTICLES = Set.of("the", "la", "le");
    /** Per language, the lower-case words after a body that make it another's or a part of it. */
    private static final Map<String, Set<String>> QUALIFIERS = Map.of(
            "en", WordSet.copyOf(Set.of("of")), // "Supreme Court of Appeal", "Parliament of Kenya"
            "fr", WordSet.copyOf(Set.of("de", "du", "des", "d", "fédérale", "fédéral", "américain", "américaine",
                    "régionale", "régional", "provinciale", "provincial", "islamique", "militaire", "spéciale",
                    "européenne", "européen", "africaine", "africain", "panafricain", "wallon", "flamand",
                    "bruxellois", "jurassien", "écossais", "catalan", "basque", "kurde", "local", "communautaire",
                    "arabe", "andin", "latino")));

    private BareBodyGuards() {
    }

    /**
     * Whether the body at words [i, end) stands alone: no capitalised word (but a sentence's opening article),
     * country or possessive right before it, and no capitalised word, country or qualifier right after it; a
     * {@code title} in English has only "the" right before it, and "for" after it makes it another's.
     */
    static boolean bare(String text, List<Token> tokens, int i, int end, LinkedMentions linked, boolean title,
            String language) {
        if (i > 0 && !tokens.get(i).sentenceStart() && spaced(text, tokens, i)) {
            Token before = tokens.get(i - 1);
            boolean opening = before.sentenceStart() && ARTICLES.contains(before.folded());
            if ((before.capitalised() && !opening) || before.folded().equals("s")
                    || (title && "en".equals(language) && !before.folded().equals("the"))
                    || linked.at(tokens, i - 1, EntityKind.COUNTRY) != null) {
                return false; // "Haute Cour constitutionnelle", "State Senate", "Kenya's Parliament", "when Senate"
            }
        }
        if (end >= tokens.size() || !spaced(text, tokens, end)) {
            return true; // "adoptée par le Parlement. Les ...": the next sentence qualifies nothing
        }
        // "Senate Foreign Relations Committee", "Cour suprême du Canada", "Parlement européen"
        Token after = tokens.get(end);
        return !after.capitalised() && !QUALIFIERS.get(language).contains(after.folded())
                && !(title && after.folded().equals("for")) && linked.at(tokens, end, EntityKind.COUNTRY) == null;
    }

    /**
     * The country written right before the body at words [i, end) ("the Philippines' House of Representatives",
     * "Nigeria's House of Representatives"; 0 words taken) or right after it ("of Nigeria", "of the
     * Philippines"; the words taken), or null.
     */
    static LinkedMentions.Match countryNextTo(String text, List<Token> tokens, int i, int end, LinkedMentions linked) {
        EntityTag before = countryBefore(text, tokens, i, linked);
        return before != null ? new LinkedMentions.Match(before, 0) : countryAfter(tokens, end, linked);
    }

    private static EntityTag countryBefore(String text, List<Token> tokens, int i, LinkedMentions linked) {
        int k = i - 1;
        if (k >= 0 && tokens.get(k).folded().equals("s")) {
            k--;
        }
        for (int start = Math.max(0, k - 3); start <= k; start++) {
            LinkedMentions.Match m = linked.at(tokens, start, EntityKind.COUNTRY);
            if (m != null && start + m.words() - 1 == k && text.substring(tokens.get(k).end(), tokens.get(i).start())
                    .length() <= 3) {
                return m.tag();
            }
        }
        return null;
    }

    private static LinkedMentions.Match countryAfter(List<Token> tokens, int end, LinkedMentions linked) {
        if (end >= tokens.size() || !tokens.get(end).folded().equals("of")) {
            return null;
        }
        int k = end + 1;
        if (k < tokens.size() && tokens.get(k).folded().equals("the")) {
            k++;
        }
        LinkedMentions.Match m = k < tokens.size() ? linked.at(tokens, k, EntityKind.COUNTRY) : null;
        return m == null ? null : new LinkedMentions.Match(m.tag(), k - end + m.words());
    }

    /** Whether only white space lies between word {@code j - 1} and word {@code j}. */
    private static boolean spaced(String text, List<Token> tokens, int j) {
        return text.substring(tokens.get(j - 1).end(), tokens.get(j).start()).isBlank();
    }
}
