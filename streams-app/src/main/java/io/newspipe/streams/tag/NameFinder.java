package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds organisation and person names in one Latin-script text from their shape and cues (see
 * {@link NameRecognizer}). Works on runs of capitalised words joined by spaces, hyphens, apostrophes and
 * lower-case connectors; a run with an organisation head noun is read as an organisation first, and what
 * is left of it as a person when a role cue, a common given name or a reporting verb says so. Words
 * the curated dictionary linked are marked in {@code curated}. One instance per text; not thread-safe.
 */
final class NameFinder {
    /** A name found in the text: its kind, words [start, end) and, for an organisation, its acronym. */
    record Found(EntityKind kind, int start, int end, String acronym) {
    }

    private static final int MAX_PERSON_WORDS = 4;
    /** Lower-case words that open an organisation's complement after its head ("Ministry of ..."). */
    private static final java.util.Set<String> COMPLEMENT = java.util.Set.of("of", "for", "on", "de", "du", "des",
            "d", "pour");
    private final String text;
    private final List<Token> tokens;
    private final EntityKind[] curated;
    private final String language;
    private final Stopwords stopwords;
    private final List<Found> out = new ArrayList<>();

    NameFinder(TokenizedText part, EntityKind[] curated, String language, Stopwords stopwords) {
        this.text = part.text();
        this.tokens = part.tokens();
        this.curated = curated;
        this.language = language;
        this.stopwords = stopwords;
    }

    /** The names found, in text order within each run. */
    List<Found> find() {
        int i = 0;
        while (i < tokens.size()) {
            if (!cap(i)) {
                i++;
                continue;
            }
            int end = runEnd(i);
            analyse(i, end);
            i = end;
        }
        return out;
    }

    private void analyse(int start, int end) {
        int s = start;
        while (s < end && (!cap(s) || stop(s)) && !NameLexicon.ROLE_CUES.contains(folded(s))) {
            s++;
        }
        int[] org = orgSpan(s, end);
        if (org == null) {
            persons(s, end);
            return;
        }
        if (org[0] > s) {
            analyse(s, org[0]); // "the Central Bank of Iraq and the Central Bank of Somalia"
        }
        persons(org[1], end);
    }

    // ---- organisations ----

    /** The words [from, to) of an organisation in the run, or null. */
    private int[] orgSpan(int s, int e) {
        if (s >= e) {
            return null;
        }
        if ("fr".equals(language) && NameLexicon.FRENCH_HEADS.contains(folded(s))) {
            return acceptOrg(s, frenchEnd(s + 1, e), s);
        }
        for (int h = e - 1; h >= s; h--) {
            if (!NameLexicon.ORG_HEADS.contains(folded(h)) || !cap(h)) {
                continue;
            }
            int from = startBefore(s, h);
            if (h == e - 1 || roleAt(h + 1, e)) {
                return acceptOrg(from, h + 1, h);
            }
            if (COMPLEMENT.contains(folded(h + 1)) && !cap(h + 1)) {
                int end = h + 1;
                while (end < e && !roleAt(end, e)) {
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
            String f = folded(k);
            if (f.equals("the") || (!cap(k) && (f.equals("and") || f.equals("et")) && headBetween(s, k))) {
                from = k + 1;
                break;
            }
        }
        while (from < h && (!cap(from) || stop(from))) {
            from++;
        }
        return from;
    }

    private boolean headBetween(int s, int e) {
        for (int k = s; k < e; k++) {
            if (cap(k) && NameLexicon.ORG_HEADS.contains(folded(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a role word at {@code k} introduces a name after it within the run ("Central Bank Governor X"). */
    private boolean roleAt(int k, int e) {
        return k + 1 < e && NameLexicon.ROLE_CUES.contains(folded(k));
    }

    /** Extends a French name over the adjectives and complements after its head ("Banque centrale européenne"). */
    private int frenchEnd(int k, int runEnd) {
        int end = Math.max(k, runEnd);
        while (end < tokens.size() && joined(end - 1, end)) {
            if (NameLexicon.FRENCH_ORG_ADJECTIVES.contains(folded(end)) && !cap(end)) {
                end++;
            } else if (cap(end)) {
                end++;
            } else {
                int m = end;
                while (m < tokens.size() && m - end < 2 && !cap(m) && NameLexicon.CONNECTORS.contains(folded(m))
                        && joined(m - 1, m)) {
                    m++;
                }
                if (m == end || m >= tokens.size() || !cap(m) || !joined(m - 1, m)) {
                    break;
                }
                end = m + 1;
            }
        }
        return end;
    }

    private int[] acceptOrg(int s, int e, int head) {
        while (e > head + 1 && !cap(e - 1) && NameLexicon.CONNECTORS.contains(folded(e - 1))) {
            e--;
        }
        List<Integer> content = new ArrayList<>();
        int shouted = 0;
        for (int k = s; k < e; k++) {
            if (curated[k] == EntityKind.ORGANIZATION || curated[k] == EntityKind.PERSON
                    || NameLexicon.BLOCKED_IN_ORGS.contains(folded(k))) {
                return null;
            }
            if (!NameLexicon.CONNECTORS.contains(folded(k)) || cap(k)) {
                content.add(k);
                shouted += tokens.get(k).allCaps() ? 1 : 0;
            }
        }
        boolean complement = head + 1 < e && COMPLEMENT.contains(folded(head + 1)); // "University of Lagos"
        if (content.size() < 2 || shouted * 2 > content.size() || (allCurated(content) && !complement)
                || NameLexicon.ROLE_CUES.contains(folded(content.get(0)))) {
            return null;
        }
        if (venue(head, content)) {
            return null;
        }
        if (content.size() == 2) {
            int other = content.get(0) == head ? content.get(1) : content.get(0);
            if (NameLexicon.GENERIC.contains(folded(other)) || (curated[other] != null && !complement)
                    || tokens.get(other).allCaps()) {
                return null; // "Foreign Ministry", "French Police", "IT Department": which body is not said
            }
        }
        out.add(new Found(EntityKind.ORGANIZATION, s, e, acronymAfter(e - 1, content)));
        return new int[] {s, e};
    }

    /** Whether a "Center"/"Centre" names a venue: two words ("Pepsi Center") or a venue word ("Music Center"). */
    private boolean venue(int head, List<Integer> content) {
        String h = folded(head);
        if (!h.equals("center") && !h.equals("centre")) {
            return false;
        }
        boolean complement = head + 1 < tokens.size() && COMPLEMENT.contains(folded(head + 1));
        if (content.size() == 2 && !complement) {
            return true;
        }
        for (int k : content) {
            if (NameLexicon.VENUE.contains(folded(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean allCurated(List<Integer> content) {
        for (int k : content) {
            if (curated[k] == null && !NameLexicon.ORG_HEADS.contains(folded(k))) {
                return false;
            }
        }
        return true;
    }

    /** An acronym defined in parentheses right after the name: "... Commission (NEC)". */
    private String acronymAfter(int last, List<Integer> content) {
        int k = last + 1;
        if (k >= tokens.size()) {
            return null;
        }
        Token acr = tokens.get(k);
        String between = text.substring(tokens.get(last).end(), acr.start()).strip();
        boolean closed = acr.end() < text.length() && text.charAt(acr.end()) == ')';
        if (!between.equals("(") || !closed || !acr.allCaps() || acr.surface().length() > 8) {
            return null;
        }
        char first = acr.folded().charAt(0);
        for (int c : content) {
            if (folded(c).charAt(0) == first) {
                return acr.surface();
            }
        }
        return null;
    }

    // ---- people ----

    /** Reads the words [s, e) of a run, split at connectors that are no name particle, as people. */
    private void persons(int s, int e) {
        int a = s;
        for (int k = s; k <= e; k++) {
            if (k == e || (!cap(k) && !NameLexicon.PARTICLES.contains(folded(k)))) {
                if (k > a) {
                    person(a, k);
                }
                a = k + 1;
            }
        }
    }

    private void person(int a, int b) {
        int ns = a;
        boolean cue = false;
        for (int k = b - 1; k >= a; k--) {
            String f = folded(k);
            if (NameLexicon.ROLE_CUES.contains(f) && !NameLexicon.LOWER_ONLY_CUES.contains(f)) {
                ns = k + 1;
                cue = true;
                break;
            }
        }
        if (!cue) {
            int before = PersonCues.cueBefore(text, tokens, a, stopwords, language);
            while (before != PersonCues.NONE && ns < b && NameLexicon.PORTFOLIOS.contains(folded(ns))) {
                ns++; // "ministre de l'Intérieur Bruno Retailleau"
            }
            cue = before == PersonCues.DIRECT || (before == PersonCues.PORTFOLIO && ns > a);
        }
        while (ns < b && !cap(ns)) {
            ns++;
        }
        int words = 0;
        for (int k = ns; k < b; k++) {
            if (!validPersonWord(k, k == ns)) {
                return;
            }
            words += NameLexicon.PARTICLES.contains(folded(k)) ? 0 : 1;
        }
        if (words == 0 || words > MAX_PERSON_WORDS || NameLexicon.PARTICLES.contains(folded(b - 1))) {
            return;
        }
        boolean evidence = cue || (words <= 3 && NameLexicon.givenName(folded(ns)))
                || (words <= 3 && !plural(b - 1) && PersonCues.reportedBy(text, tokens, ns, b));
        if (evidence && (words >= 2 || cue)) {
            out.add(new Found(EntityKind.PERSON, ns, b, null));
        }
    }

    /** Whether a word looks like an English plural ("Eastgate Ports said"): a company rather than a surname. */
    private boolean plural(int k) {
        String f = folded(k);
        return f.length() > 3 && f.endsWith("s") && !f.endsWith("ss") && !f.endsWith("us") && !f.endsWith("is");
    }

    private boolean validPersonWord(int k, boolean first) {
        String f = folded(k);
        Token t = tokens.get(k);
        if (curated[k] != null || t.allCaps() || NameLexicon.BLOCKED.contains(f) || NameLexicon.ORG_HEADS.contains(f)
                || NameLexicon.ROLE_CUES.contains(f) || Character.isDigit(t.surface().charAt(0))
                || (t.surface().length() == 1 && !NameLexicon.PARTICLES.contains(f))) {
            return false;
        }
        if (NameLexicon.PARTICLES.contains(f)) {
            return !first;
        }
        return !first || !stop(k); // "Kim Jong Un", "Marine Le Pen"
    }

    // ---- words ----

    /** The end (exclusive) of the run of name words starting at capitalised word {@code i}. */
    private int runEnd(int i) {
        int j = i;
        while (j + 1 < tokens.size() && joined(j, j + 1)) {
            int k = j + 1;
            if (cap(k)) {
                j = k;
                continue;
            }
            int m = k;
            while (m < tokens.size() && m - k < 2 && (NameLexicon.CONNECTORS.contains(folded(m))
                    || NameLexicon.PARTICLES.contains(folded(m))) && joined(m - 1, m)) {
                m++;
            }
            if (m == k || m >= tokens.size() || !cap(m) || !joined(m - 1, m)) {
                break;
            }
            j = m;
        }
        return j + 1;
    }

    /** Whether only a space, a hyphen or an apostrophe separates two words. */
    private boolean joined(int a, int b) {
        int from = tokens.get(a).end();
        int to = tokens.get(b).start();
        if (to - from < 1 || to - from > 2) {
            return to == from;
        }
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '-' && c != '\'' && c != '\u2019' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    private boolean cap(int k) {
        Token t = tokens.get(k);
        return !t.arabicScript() && Character.isLetter(t.surface().charAt(0)) && t.capitalised();
    }

    /** Whether a word is a stopword; an acronym never is ("US Department of the Treasury"). */
    private boolean stop(int k) {
        return !tokens.get(k).allCaps() && stopwords.contains(language, folded(k));
    }

    private String folded(int k) {
        return tokens.get(k).folded();
    }
}
