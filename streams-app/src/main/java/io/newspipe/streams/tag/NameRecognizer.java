package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Recognises organisations and people that the curated dictionary does not know, in English and French
 * text, from how names are written: an organisation is a capitalised name built around a head noun
 * ("Central Bank of Egypt", "Syrian Democratic Forces", "Parti socialiste"), with an acronym defined in
 * parentheses as another mention; a person is two to four capitalised words after a role or honorific
 * ("Foreign Minister", "coach", "le président", "M."), after a common given name, or next to a reporting
 * verb ("X Y said", "selon X Y"). A person is named by the longest full form in the text, and later
 * surname-only mentions count for it. Names are emitted as written with a null id (no id is known), and
 * words the dictionary linked are never read again. Headlines in Title Case are searched only for names
 * found elsewhere. Organisations named in French are found (so that their words are not read as people)
 * but by default not reported as written: the contract names an entity by its canonical English name, and
 * a French name as written ("Conseil constitutionnel") would be a second, differently named entity. Names the
 * text itself calls a company, group or publisher ({@link OrganisationCues}: "la start-up X", "publié chez X") are
 * reported as written in French too: such a name is the body's own name in every language.
 * Instead, in English, French, Arabic and Persian text, the bodies whose English name follows by rule
 * ("ministère algérien des Affaires étrangères", "وزارة التربية العراقية", "Egypt's central bank") are
 * reported under that name ({@link RenderedOrganisations}); with French organisations reported as written,
 * French names are not rendered. Thread-safe (immutable).
 */
public final class NameRecognizer {
    private static final Set<String> LANGUAGES = Set.of("en", "fr");
    private static final Set<String> RENDERED = Set.of("en", "fr", "ar", "fa");
    private static final int HEADLINE_WORDS = 30;
    private final Stopwords stopwords;
    private final boolean frenchOrganisations;

    /** A recogniser reading sentence-initial words with {@code stopwords}; French organisations are not reported. */
    public NameRecognizer(Stopwords stopwords) {
        this(stopwords, false);
    }

    /** A recogniser that also reports organisations named in French text when {@code frenchOrganisations}. */
    public NameRecognizer(Stopwords stopwords, boolean frenchOrganisations) {
        this.stopwords = Objects.requireNonNull(stopwords, "stopwords");
        this.frenchOrganisations = frenchOrganisations;
    }

    /**
     * The curated entities followed by the names recognised beyond them, most mentioned first (ties keep
     * curated entities first).
     *
     * @param parts the texts (title, body)
     * @param language the text's language; other than en and fr, {@code curated} is returned unchanged
     * @param curated the entities the dictionary linked in the same texts
     */
    public List<EntityTag> addTo(List<EntityTag> curated, List<TokenizedText> parts, String language) {
        Objects.requireNonNull(curated, "curated");
        Objects.requireNonNull(parts, "parts");
        if (language == null) {
            return curated;
        }
        // a curated person inside a longer name ("Joaquín Guzmán López") is someone else: left to the finder
        CuratedWords linked = new CuratedWords(curated);
        EntityKind[][] marked = new EntityKind[parts.size()][];
        List<EntityTag> kept = LongerNames.release(curated, parts, stopwords, language, linked, marked);
        // nothing released (most articles): the same words, and the parts LongerNames marked need no second pass
        boolean same = kept == curated;
        curated = kept;
        CuratedWords words = same ? linked : new CuratedWords(curated);
        List<EntityKind[]> marks = new ArrayList<>(parts.size());
        for (int p = 0; p < parts.size(); p++) {
            marks.add(same && marked[p] != null ? marked[p] : words.mark(parts.get(p).tokens(), parts.get(p).text()));
        }
        // rendered first: their words are then marked as an organisation's, so the finder leaves them alone
        List<EntityTag> rendered = List.of();
        if (RENDERED.contains(language) && !(frenchOrganisations && "fr".equals(language))) {
            RenderedOrganisations.Found r = RenderedOrganisations.find(parts, marks, language, curated);
            rendered = r.rendered();
            curated = r.curated();
        }
        List<EntityTag> found = new ArrayList<>();
        if (LANGUAGES.contains(language)) {
            found.addAll(recognise(parts, language, words, marks));
        }
        return merged(curated, found, rendered);
    }

    /** {@code curated}, then the found names and the rendered ones not found already, most mentioned first. */
    private static List<EntityTag> merged(List<EntityTag> curated, List<EntityTag> found, List<EntityTag> rendered) {
        Set<String> seen = new HashSet<>();
        found.forEach(t -> seen.add(t.name().toLowerCase(Locale.ROOT)));
        for (EntityTag t : rendered) {
            if (seen.add(t.name().toLowerCase(Locale.ROOT))) {
                found.add(t);
            }
        }
        if (found.isEmpty()) {
            return curated;
        }
        List<EntityTag> all = new ArrayList<>(curated.size() + found.size());
        all.addAll(curated);
        all.addAll(found);
        all.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return all;
    }

    /** The names recognised in {@code parts} beyond the {@code curated} entities, most mentioned first. */
    List<EntityTag> recognise(List<TokenizedText> parts, String language, List<EntityTag> curated) {
        CuratedWords words = new CuratedWords(curated);
        List<EntityKind[]> marks = new ArrayList<>(parts.size());
        for (TokenizedText part : parts) {
            marks.add(words.mark(part.tokens(), part.text()));
        }
        return recognise(parts, language, words, marks);
    }

    /** As {@link #recognise(List, String, List)}, with the words already marked ({@code marks}, one per part). */
    private List<EntityTag> recognise(List<TokenizedText> parts, String language, CuratedWords words,
            List<EntityKind[]> marks) {
        Map<String, Name> names = new LinkedHashMap<>();
        Map<String, String> surnames = new HashMap<>();
        Map<String, String> acronyms = new HashMap<>();
        for (int p = 0; p < parts.size(); p++) {
            TokenizedText part = parts.get(p);
            EntityKind[] mark = marks.get(p);
            if (!headline(part)) {
                NameFinder finder = new NameFinder(part, mark, language, stopwords);
                for (NameFinder.Found f : finder.find()) {
                    if (f.kind() != EntityKind.PERSON
                            || !Dedications.dedication(part.text(), part.tokens(), f.start(), f.end() - f.start())) {
                        collect(part, f, names, acronyms); // "rue Victor-Hugo" names a street, not a person
                    }
                }
                for (NameFinder.Found f : finder.cued()) {
                    collect(part, f, names, acronyms).cued = true;
                }
            }
        }
        names.values().removeIf(n -> n.kind == EntityKind.PERSON && n.words.size() < 2);
        names.values().removeIf(n -> words.knows(n.key()));
        for (Name n : names.values()) {
            if (n.kind == EntityKind.PERSON) {
                String surname = n.words.get(n.words.size() - 1);
                String held = surnames.get(surname);
                if (held == null || names.get(held).words.size() < n.words.size()) {
                    surnames.put(surname, n.key());
                }
            }
        }
        if (!frenchOrganisations && "fr".equals(language)) {
            names.values().removeIf(n -> n.kind == EntityKind.ORGANIZATION && !n.cued);
        }
        acronyms.values().removeIf(key -> !names.containsKey(key));
        return new MentionCounter(names, surnames, acronyms).count(parts, marks);
    }

    /** Whether a part is a headline in Title Case, where capitals say nothing about names. */
    private static boolean headline(TokenizedText part) {
        return part.tokens().size() <= HEADLINE_WORDS && NameShape.titleCase(part.tokens());
    }

    /** Collects a found name and returns its entry (a detached one when the name was read both ways). */
    private static Name collect(TokenizedText part, NameFinder.Found f, Map<String, Name> names,
            Map<String, String> acronyms) {
        List<String> keyWords = new ArrayList<>(f.end() - f.start());
        for (int k = f.start(); k < f.end(); k++) {
            keyWords.add(part.tokens().get(k).folded());
        }
        String surface = written(part, f.start(), f.end());
        Name name = new Name(f.kind(), surface, List.copyOf(keyWords));
        name.weak = f.weak();
        Name old = names.putIfAbsent(name.key(), name);
        if (old != null && old.kind != f.kind()) {
            names.remove(name.key()); // read both ways: trust neither
        } else if (old != null) {
            old.weak &= f.weak(); // found once with better evidence
        }
        if (f.acronym() != null) {
            acronyms.putIfAbsent(f.acronym(), name.key());
        }
        return old != null && old.kind == f.kind() ? old : name;
    }

    /** The words [start, end) as written, with runs of white space made one space. */
    static String written(TokenizedText part, int start, int end) {
        String s = part.text().substring(part.tokens().get(start).start(), part.tokens().get(end - 1).end());
        StringBuilder out = new StringBuilder(s.length());
        boolean changed = false;
        boolean inSpace = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            boolean white = Character.isWhitespace(c) || c == '\u00a0';
            if (white) {
                changed |= inSpace || c != ' ';
                if (!inSpace) {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
            inSpace = white;
        }
        return changed ? out.toString() : s;
    }

    /** A recognised name: its kind, how it was first written, and its folded words. */
    static final class Name {
        final EntityKind kind;
        final String surface;
        final List<String> words;
        final Set<String> mentions = new LinkedHashSet<>();
        int count;
        /** Whether the only evidence is a weak given name: then the surname must recur alone. */
        boolean weak;
        /** Whether the text calls it an organisation ({@link OrganisationCues}): reported as written in French too. */
        boolean cued;

        Name(EntityKind kind, String surface, List<String> words) {
            this.kind = kind;
            this.surface = surface;
            this.words = words;
        }

        String key() {
            return String.join(" ", words);
        }

        void add(String mention) {
            mentions.add(mention);
            count++;
        }
    }
}
