package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds entity names in text and links each to its most plausible sense. Matching is greedy
 * longest-first over folded words (Arabic clitics removed from the first word, Latin names checked
 * for case, acronyms only in text that is not all capitals). {@link SenseChooser} then chooses each name's
 * sense by kind, by the countries the rest of the article mentions, and by population; small places and
 * names listed as ambiguous need evidence from the article. Thread-safe (immutable).
 */
public final class EntityLinker {
    /**
     * Languages written in Arabic script whose words take no Arabic proclitics (و ف ب ل ك): in Persian
     * and Urdu text a leading ب or ل is part of the word (بیابانی is not ب + یابانی).
     */
    private static final Set<String> PERSIAN_SCRIPT_LANGUAGES = Set.of("fa", "ur");
    /**
     * What {@link #vetoed} answers for words read as no name and skipped: a dedication ("rue Victor-Hugo"), a body
     * inside an office title ("سخنگوی وزارت خارجه").
     */
    private static final Match DEDICATION = new Match(0, 0, "", "", List.of(), true, false, "", List.of(), false,
            false);
    private final EntityDictionary dictionary;
    private final MentionResolver resolver;

    /** A linker over {@code dictionary}. */
    public EntityLinker(EntityDictionary dictionary, TaggerSettings settings) {
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
        this.resolver = new MentionResolver(dictionary, new SenseChooser(dictionary, settings));
    }

    /**
     * A name found in the text, with the senses its case allows; {@code fixed} when a word beside it
     * (province of, مدينة) chose the senses, and {@code cued} when that word is also evidence enough.
     */
    record Match(int start, int length, String surface, String key, List<Integer> senses, boolean latin,
            boolean embedded, String lastKey, List<Integer> alternateOnly, boolean cued, boolean fixed) {
        Match withSenses(List<Integer> chosen, boolean byCue) {
            return new Match(start, length, surface, key, chosen, latin, embedded, lastKey,
                    byCue ? List.of() : alternateOnly, byCue, true);
        }
    }

    /** The linked entities of a text made of the given word lists, most mentioned first. */
    public List<EntityTag> link(List<TokenizedText> parts, String language) {
        List<Match> matches = new ArrayList<>();
        for (TokenizedText part : parts) {
            List<Match> found = find(part, language);
            matches.addAll(found);
            if ("ar".equals(language)) { // "الجيش السوداني": Sudan too (Arabic only, see CountriesInNames)
                TitleCase titleCase = new TitleCase(part.tokens());
                matches.addAll(CountriesInNames.inside(dictionary, part.tokens(), found, language,
                        j -> found(part, j, language, titleCase, -1)));
            } else { // "the US National Weather Service": the United States too
                matches.addAll(CountryBeforeBodies.before(dictionary, part.tokens(), found));
            }
        }
        return resolver.resolve(matches, language);
    }

    List<Match> find(TokenizedText part, String language) {
        List<Token> tokens = part.tokens();
        TitleCase titleCase = new TitleCase(tokens);
        List<Match> out = new ArrayList<>();
        int[] at = new int[8];
        // every word's first-word slots read up front, in one loop whose cache misses overlap
        // the covering names' first words tested in the same loop: their scan then reads only the flagged words
        CoveringNames covering = CoveringNames.shared();
        byte[] starts = dictionary.startFlags(tokens, covering.openers());
        int[] coverEnds = covering.coverEnds(tokens, starts, NameStarts.ALSO);
        List<Match> cities = null;
        int i = 0;
        while (i < tokens.size()) {
            Match found = found(part, i, language, titleCase, starts[i] & ~NameStarts.ALSO);
            Match best = found == null ? null : vetoed(found, part, i, language, titleCase, coverEnds);
            if (best == null) { // "franco-allemande": France too (asked here, not in the hot found())
                best = CompoundDemonyms.match(dictionary, part.text(), tokens, i);
            }
            if (best == DEDICATION) {
                i += found.length(); // "rue Victor-Hugo", "lycée Jacques-Brel": a place named after the person
            } else if (best == null) {
                i++;
            } else {
                best = CapitalCue.apply(dictionary, tokens, i, best, language);
                best = LocativeCue.apply(dictionary, tokens, i, best);
                if (out.size() == at.length) {
                    at = Arrays.copyOf(at, at.length * 2);
                }
                at[out.size()] = i;
                out.add(best);
                cities = FacilityCities.add(dictionary, cities, part.text(), tokens, i, best, language);
                i += best.length();
            }
        }
        StateAfterComma.apply(dictionary, part.text(), tokens, out, at); // "Everett, Washington" is the state
        List<Match> linked = PlaceCues.apply(dictionary, tokens, out, at, language);
        return cities == null ? linked : FacilityCities.merged(linked, cities); // "port de Beyrouth" names Beirut
    }

    /**
     * The name at word i before the vetoes: the longest in the dictionary, else a French contraction's place, else
     * (an Arabic word after a town word) a town by its skeleton; a listed person's full name by its skeleton
     * ({@link PersonSkeletons}) over none or one word, else a listed person's family name after a title
     * ({@link TitledSurnames}); null when none. {@code starts} is the word's
     * {@link EntityDictionary#startFlags}.
     */
    private Match found(TokenizedText part, int i, String language, TitleCase titleCase, int starts) {
        List<Token> tokens = part.tokens();
        boolean arabic = tokens.get(i).arabicScript();
        Match best = starts != 0 || arabic ? longestAt(part.text(), tokens, i, language, titleCase, starts) : null;
        if (best == null) {
            best = FrenchContractions.match(dictionary, tokens, i, language); // "au Mans" is Le Mans
        }

        if (best == null && arabic) {
            best = TownSkeletons.match(dictionary, part.text(), tokens, i); // after a town word, by skeleton
        }
        if (arabic && (best == null || best.length() == 1)) {
            // "ژان نوئل بارو", "بدرو سانشز" (not ب + درو): a listed person by the skeleton of the full name
            Match person = dictionary.personSkeletons().match(part.text(), tokens, i, language);
            best = person == null ? best : person;
        }
        if (arabic && (best == null || TitledSurnames.proclitic(best, tokens.get(i)))) {
            // "رئيس الحكومة الدبيبة", "وزير العدل وهبي" (not و + هبي)
            Match person = dictionary.titledSurnames().match(part.text(), tokens, i);
            best = person == null ? best : person;
        }
        return best;
    }

    /**
     * {@code best}, the name found at word i, unless a word beside it says it names no entity here: then null,
     * or {@link #DEDICATION} when its words name a place after a person and are read as no name. A match in
     * Arabic script (a skeleton's too) is never Latin: the first three vetoes never reject it.
     */
    private Match vetoed(Match best, TokenizedText part, int i, String language, TitleCase titleCase,
            int[] coverEnds) {
        String text = part.text();
        List<Token> tokens = part.tokens();
        // the headline test last: on a body it reads every word, the given-name test two
        if (best.latin() && best.length() == 1 && NameShape.opensPersonName(text, tokens, i) && !titleCase.get()) {
            return null; // a given name before a surname is a person's (left to NameRecognizer)
        }
        if (best.latin() && OfficeTitles.closesTitle(tokens, i, best.length())) {
            return null; // "le garde des Sceaux" is the justice minister, not the town of Sceaux
        }
        if (!best.latin() && allOfKind(best, EntityKind.ORGANIZATION)) {
            if (SpokespersonTitles.opens(tokens, i, language)) {
                return DEDICATION; // "سخنگوی وزارت خارجه": the spokesman's office, not a mention of the ministry
            }
            if (Competitions.allLeagues(dictionary, best.senses())) {
                return null; // "لیگ برتر" is a competition, no entity; "السعودي" in it still names the country
            }
        }
        if (allOfKind(best, EntityKind.PERSON) && (best.latin()
                ? Dedications.dedication(text, tokens, i, best.length())
                : ArabicDedications.dedication(text, tokens, i))) {
            return DEDICATION; // "aéroport Charles-de-Gaulle", "مطار رفيق الحريري"
        }
        if (PlaceInLongerName.inside(dictionary, text, tokens, i, best, language)) {
            return null; // "Sheldon Richardson", "University of Colorado": a word of a longer name
        }
        if (SubBodyHeads.after(dictionary, tokens, i, best)) {
            return null; // "هیئت معاونت سازمان ملل": the UN's mission, not the UN
        }
        if (CoveringNames.covered(coverEnds, i, best.length())) {
            return null; // China in "South China Sea", France in "Tour de France": not a mention
        }
        return LocativePlaces.apply(dictionary, text, tokens, i, best, language); // "à Avignon Dominique Pelicot"
    }

    private boolean allOfKind(Match m, EntityKind kind) {
        for (int s : m.senses()) {
            if (dictionary.sense(s).kind() != kind) {
                return false;
            }
        }
        return true;
    }

    /** The longest name at token i; {@code starts} is the token's {@link EntityDictionary#startFlags}. */
    private Match longestAt(String text, List<Token> tokens, int i, String language, TitleCase titleCase,
            int starts) {
        Token first = tokens.get(i);
        if (!first.arabicScript()) {
            return longestFrom(first.folded(), starts, text, tokens, i, language, titleCase, null);
        }
        if (language != null && PERSIAN_SCRIPT_LANGUAGES.contains(language)) {
            String form = ArabicClitics.withoutArticle(first.folded());
            return longestFrom(form, startsOf(form, first, starts), text, tokens, i, language, titleCase, null);
        }
        List<String> forms = ArabicClitics.formsOf(first.folded());
        Match best = null;
        for (int f = 0; f < forms.size(); f++) {
            String form = forms.get(f);
            best = longestFrom(form, startsOf(form, first, starts), text, tokens, i, language, titleCase, best);
        }
        return best;
    }

    /** The token's start flags when {@code form} is its folded form, else -1 (unknown). */
    private static int startsOf(String form, Token token, int starts) {
        return form.equals(token.folded()) ? starts : -1;
    }

    /**
     * The longest name starting with {@code form} at token i if longer than {@code best}, else {@code best};
     * {@code starts} as {@link EntityDictionary#keyLengths} takes it.
     */
    private Match longestFrom(String form, int starts, String text, List<Token> tokens, int i, String language,
            TitleCase titleCase, Match best) {
        long ends = dictionary.keyLengths(form, tokens, i, starts);
        for (int n = 63 - Long.numberOfLeadingZeros(ends); n >= 1 && (best == null || n > best.length()); n--) {
            if ((ends & 1L << n) == 0) {
                continue;
            }
            String key = key(form, tokens, i, n);
            EntityDictionary.Alias[] aliases = dictionary.lookup(key);
            if (aliases == null) {
                continue; // a hash that only collided with a key's: no list made
            }
            List<Integer> alternateOnly = new ArrayList<>(0);
            List<Integer> senses = AllowedSenses.of(aliases, text, tokens, i, n, language,
                    articleAdded(tokens.get(i), form), alternateOnly);
            if (!senses.isEmpty()) {
                Token first = tokens.get(i);
                Token last = tokens.get(i + n - 1);
                String surface = text.substring(first.start(), last.end());
                senses = byShadda(surface, key, senses);
                // embedded first: it looks at two words, the headline test at all of them
                boolean embedded = n == 1 && !first.arabicScript() && NameShape.embedded(text, tokens, i)
                        && !titleCase.get();
                String lastKey = last.arabicScript() ? ArabicClitics.withoutArticle(last.folded()) : last.folded();
                return new Match(first.start(), n, surface, key, senses, !first.arabicScript(),
                        embedded, lastKey, alternateOnly, false, false);
            }
        }
        return best;
    }

    /** The senses a shadda written in the surface keeps (عمّان: Amman, not Oman), or all when none is written. */
    private List<Integer> byShadda(String surface, String key, List<Integer> senses) {
        if (senses.size() < 2 || surface.indexOf(EntityDictionary.SHADDA) < 0) {
            return senses;
        }
        Set<Integer> doubled = dictionary.doubledSenses(key);
        List<Integer> kept = senses.stream().filter(doubled::contains).toList();
        return kept.isEmpty() ? senses : kept;
    }

    /**
     * Whether the clitics taken off an Arabic-script word to reach {@code form} end with the article
     * (السيول, والسيول, للسيول → سيول): a foreign place's transliterated name never takes it.
     */
    static boolean articleAdded(Token first, String form) {
        if (!first.arabicScript()) {
            return false;
        }
        String word = first.folded();
        if (word.length() <= form.length() || !word.endsWith(form)) {
            return false;
        }
        String prefix = word.substring(0, word.length() - form.length());
        return prefix.endsWith("ال") || prefix.endsWith("لل");
    }

    /** {@link NameShape#titleCase} of one text's words, found when first asked (most texts never ask). */
    private static final class TitleCase {
        private final List<Token> tokens;
        private Boolean value;

        TitleCase(List<Token> tokens) {
            this.tokens = tokens;
        }

        boolean get() {
            if (value == null) {
                value = NameShape.titleCase(tokens);
            }
            return value;
        }
    }

    private static String key(String form, List<Token> tokens, int i, int n) {
        if (n == 1) {
            return form;
        }
        StringBuilder key = new StringBuilder(form);
        for (int k = 1; k < n; k++) {
            key.append(' ').append(tokens.get(i + k).folded());
        }
        return key.toString();
    }
}
