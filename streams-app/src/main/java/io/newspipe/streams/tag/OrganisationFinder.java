package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads organisation names in a run of capitalised words for {@link NameFinder}: a name built around a
 * head noun, either last ("Syrian Democratic Forces") or followed by its complement ("Central Bank of
 * Somalia"), or in French first and followed by its adjectives ("Parti socialiste"), with an acronym
 * defined in parentheses. Names that say no particular body ("Foreign Ministry"), venues ("Pepsi Center")
 * and names holding a linked organisation or person are refused. One instance per text; not thread-safe.
 */
final class OrganisationFinder {
    /** Lower-case words that open an organisation's complement after its head ("Ministry of ..."). */
    static final Set<String> COMPLEMENT = WordSet.copyOf(Set.of("of", "for", "on", "de", "du", "des", "d", "pour"));
    /** The United States' abbreviation as folded ("US", "U.S."), before a federal body's name. */
    private static final Set<String> US = WordSet.copyOf(Set.of("us", "u.s", "u.s."));
    /**
     * First words of US federal bodies whose name does not hold the country ("National Labor Relations Board",
     * "Federal Aviation Administration"), unlike "United States Geological Survey" or "United States Army".
     */
    private static final Set<String> NATIONAL_OR_FEDERAL = WordSet.copyOf(Set.of("national", "federal"));
    private final NameWords words;
    private final EntityKind[] curated;
    private final List<NameFinder.Found> out;

    OrganisationFinder(NameWords words, EntityKind[] curated, List<NameFinder.Found> out) {
        this.words = words;
        this.curated = curated;
        this.out = out;
    }

    /** The words [from, to) of an organisation in the run, or null. */
    int[] orgSpan(int s, int e) {
        if (s >= e) {
            return null;
        }
        if ("fr".equals(words.language()) && NameLexicon.FRENCH_HEADS.contains(words.folded(s))) {
            return acceptOrg(s, frenchEnd(s + 1, e), s);
        }
        for (int h = e - 1; h >= s; h--) {
            if (!NameLexicon.ORG_HEADS.contains(words.folded(h)) || !words.cap(h)) {
                continue;
            }
            int from = startBefore(s, h);
            if (h == e - 1 || roleAt(h + 1, e)) {
                return acceptOrg(from, h + 1, h);
            }
            if (COMPLEMENT.contains(words.folded(h + 1)) && !words.cap(h + 1)) {
                int end = h + 1;
                // "Supreme Court of Pakistan on Tuesday": a calendar word ends the complement
                while (end < e && !roleAt(end, e) && !NameLexicon.BLOCKED_IN_ORGS.contains(words.folded(end))) {
                    end++;
                }
                return acceptOrg(from, end, h);
            }
        }
        return null;
    }

    /**
     * Where an organisation named around the head {@code h} starts: after "the" ("Penelope Abernathy of the
     * University of North Carolina") or after "and" when an organisation stands before it ("the Central Bank of
     * Iraq and the Central Bank of Somalia", but "Securities and Exchange Commission").
     */
    private int startBefore(int s, int h) {
        int from = s;
        for (int k = h - 1; k > s; k--) {
            String f = words.folded(k);
            if (f.equals("the") || (!words.cap(k) && (f.equals("and") || f.equals("et")) && headBetween(s, k))) {
                from = k + 1;
                break;
            }
        }
        while (from < h && (!words.cap(from) || words.stop(from))) {
            from++;
        }
        if (from + 1 < h && words.tokens().get(from).allCaps() && US.contains(words.folded(from))
                && NATIONAL_OR_FEDERAL.contains(words.folded(from + 1))) {
            from++; // "the US Federal Trade Commission": the country is said beside the commission's name
        }
        return from;
    }

    private boolean headBetween(int s, int e) {
        for (int k = s; k < e; k++) {
            if (words.cap(k) && NameLexicon.ORG_HEADS.contains(words.folded(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a role word at {@code k} introduces a name after it within the run ("Central Bank Governor X"). */
    private boolean roleAt(int k, int e) {
        return k + 1 < e && NameLexicon.ROLE_CUES.contains(words.folded(k));
    }

    /** Extends a French name over the adjectives and complements after its head ("Banque centrale européenne"). */
    private int frenchEnd(int k, int runEnd) {
        int end = Math.max(k, runEnd);
        while (end < words.tokens().size() && words.joined(end - 1, end)) {
            if (NameLexicon.FRENCH_ORG_ADJECTIVES.contains(words.folded(end)) && !words.cap(end)) {
                end++;
            } else if (words.cap(end)) {
                end++;
            } else {
                int m = end;
                while (m < words.tokens().size() && m - end < 2 && !words.cap(m) && NameLexicon.CONNECTORS.contains(words.folded(m))
                        && words.joined(m - 1, m)) {
                    m++;
                }
                if (m == end || m >= words.tokens().size() || !words.cap(m) || !words.joined(m - 1, m)) {
                    break;
                }
                end = m + 1;
            }
        }
        return end;
    }

    private int[] acceptOrg(int s, int e, int head) {
        while (e > head + 1 && !words.cap(e - 1) && NameLexicon.CONNECTORS.contains(words.folded(e - 1))) {
            e--;
        }
        List<Integer> content = new ArrayList<>();
        int shouted = 0;
        for (int k = s; k < e; k++) {
            if (curated[k] == EntityKind.ORGANIZATION || curated[k] == EntityKind.PERSON
                    || NameLexicon.BLOCKED_IN_ORGS.contains(words.folded(k))) {
                return null;
            }
            if (!NameLexicon.CONNECTORS.contains(words.folded(k)) || words.cap(k)) {
                content.add(k);
                shouted += words.tokens().get(k).allCaps() ? 1 : 0;
            }
        }
        boolean complement = head + 1 < e && COMPLEMENT.contains(words.folded(head + 1)); // "University of Lagos"
        if (content.size() < 2 || shouted * 2 > content.size() || (allCurated(content) && !complement)
                || NameLexicon.ROLE_CUES.contains(words.folded(content.get(0)))) {
            return null;
        }
        if (venue(head, content)) {
            return null;
        }
        if (content.size() == 2) {
            int other = content.get(0) == head ? content.get(1) : content.get(0);
            if (NameLexicon.GENERIC.contains(words.folded(other)) || (curated[other] != null && !complement)
                    || words.tokens().get(other).allCaps()) {
                return null; // "Foreign Ministry", "French Police", "IT Department": which body is not said
            }
        }
        out.add(new NameFinder.Found(EntityKind.ORGANIZATION, s, e, acronymAfter(e - 1, content)));
        return new int[] {s, e};
    }

    /** Whether a "Center"/"Centre" names a venue: two words ("Pepsi Center") or a venue word ("Music Center"). */
    private boolean venue(int head, List<Integer> content) {
        String h = words.folded(head);
        if (!h.equals("center") && !h.equals("centre")) {
            return false;
        }
        boolean complement = head + 1 < words.tokens().size() && COMPLEMENT.contains(words.folded(head + 1));
        if (content.size() == 2 && !complement) {
            return true;
        }
        for (int k : content) {
            if (NameLexicon.VENUE.contains(words.folded(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean allCurated(List<Integer> content) {
        for (int k : content) {
            if (curated[k] == null && !NameLexicon.ORG_HEADS.contains(words.folded(k))) {
                return false;
            }
        }
        return true;
    }

    /** An acronym defined in parentheses right after the name: "... Commission (NEC)". */
    private String acronymAfter(int last, List<Integer> content) {
        int k = last + 1;
        if (k >= words.tokens().size()) {
            return null;
        }
        Token acr = words.tokens().get(k);
        String between = words.text().substring(words.tokens().get(last).end(), acr.start()).strip();
        boolean closed = acr.end() < words.text().length() && words.text().charAt(acr.end()) == ')';
        if (!between.equals("(") || !closed || !acr.allCaps() || acr.surface().length() > 8) {
            return null;
        }
        char first = acr.folded().charAt(0);
        for (int c : content) {
            if (words.folded(c).charAt(0) == first) {
                return acr.surface();
            }
        }
        return null;
    }
}
