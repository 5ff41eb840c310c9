package io.newspipe.streams.tag;

import java.util.List;

/**
 * Loads {@code places-extra.tsv} and {@code place-names.tsv}, the project's curated places: Arabic, Persian
 * and French names the GeoNames-derived files lack for cities and first-order areas (added to the GeoNames sense of the id), and
 * places that are neither cities nor areas (territories, holy sites, landmarks, ports, dams) as senses of
 * their own. A row is {@code id TAB canonical English name TAB country TAB names} with names separated by
 * '|'; a name written {@code fa:name} counts only in Persian text, one written {@code cue:name} (a place of its
 * own only) only beside a French département cue ({@link DepartmentCues}: "département du Var", "dans l'Ain").
 * The id is a GeoNames id (digits), a {@code newspipe:place:} id, or empty (then the project id of the canonical
 * name). A listed place of its
 * own needs no evidence from the article: the list holds only names news use for that place. A row with a
 * GeoNames id also renames that sense to the row's canonical name. Every row names a country (for a
 * disputed place, the one it belongs to in law). Stateless.
 */
final class ListedPlaces {
    static final String RESOURCE = "places-extra.tsv";
    static final String NAMES_RESOURCE = "place-names.tsv";
    /** The prefix of a name that counts only beside a département cue ({@link DepartmentCues}). */
    static final String CUED = "cue:";
    private static final java.util.Set<String> PERSIAN_COUNTRIES = java.util.Set.of("IR", "AF", "TJ");

    private ListedPlaces() {
    }

    /**
     * Adds the names of {@code place-names.tsv} ({@code geonameid TAB names}) to GeoNames senses already loaded:
     * ar/fa/fr names of first-order areas and cities that the derived files lack or spell otherwise. They follow
     * the rules of the sense's own names (an area's bare name still yields to its city, and needs evidence).
     */
    static void addNames(EntityDictionaryBuilder b, Stopwords stopwords, KeyedLongs byGeonamesId,
            KeyedLongs cityPopulations) {
        EntityDictionaryLoader.readTsv(NAMES_RESOURCE, false, c -> {
            long known = byGeonamesId.get(c[0].strip());
            if (known == KeyedLongs.NONE) {
                throw new IllegalStateException(NAMES_RESOURCE + ": unknown GeoNames id " + c[0]);
            }
            addNames(b, stopwords, (int) known, b.sense((int) known), c[1], cityPopulations);
        });
    }

    /** Adds every row; {@code byGeonamesId} maps the GeoNames ids already loaded to their senses. */
    static void add(EntityDictionaryBuilder b, Stopwords stopwords, KeyedLongs byGeonamesId,
            KeyedLongs cityPopulations) {
        EntityDictionaryLoader.readTsv(RESOURCE, false, c -> {
            String id = c[0].strip();
            long found = byGeonamesId.get(id);
            if (found != KeyedLongs.NONE) {
                int known = (int) found;
                // the curated canonical name is the English Wikipedia title (Crimea, not the GeoNames form)
                b.rename(known, c[1]);
                b.places().markListed(known);
                addNames(b, stopwords, known, b.sense(known), c[3], cityPopulations);
                return;
            }
            String fullId = id.isEmpty() ? EntityDictionaryLoader.localId(EntityKind.PLACE, c[1])
                    : id.chars().allMatch(Character::isDigit) ? "geonames:" + id : id;
            String cc = java.util.Objects.requireNonNull(c[2].isBlank() ? null : c[2].strip(), "country of " + c[1]);
            int sense = b.addSense(new EntitySense(EntityKind.PLACE, c[1], fullId, cc, 0, false));
            b.places().markListed(sense);
            String[] names = c[3].split("\\|");
            if (!java.util.Arrays.asList(names).contains(CUED + c[1])) {
                b.addName(sense, c[1]); // a cued canonical name (Var) must not count bare
            }
            for (String name : names) {
                if (name.startsWith(CUED)) {
                    b.addCuedName(sense, name.substring(CUED.length()));
                } else {
                    b.addName(sense, name);
                }
            }
        });
    }

    private static void addNames(EntityDictionaryBuilder b, Stopwords stopwords, int sense, EntitySense known,
            String names, KeyedLongs cityPopulations) {
        for (String written : names.split("\\|")) {
            String language = null;
            String name = written;
            if (name.length() > 3 && name.charAt(2) == ':' && Character.isLowerCase(name.charAt(0))) {
                language = name.substring(0, 2);
                name = name.substring(3);
            }
            addName(b, stopwords, sense, known, name, language, cityPopulations);
            String arabic = arabicForm(name, language, known.countryCode());
            if (arabic != null) {
                addName(b, stopwords, sense, known, arabic, "ar", cityPopulations);
            }
        }
    }

    /**
     * The Arabic spelling of a Persian name of a place in Iran, Afghanistan or Tajikistan whose گ Arabic news
     * writes غ (ننگرهار → ننغرهار, سمنگان → سمنغان), or null. The folding already maps گ to ك, the other
     * Arabic spelling.
     */
    static String arabicForm(String name, String language, String cc) {
        if (!"fa".equals(language) || name.indexOf('\u06AF') < 0 || !PERSIAN_COUNTRIES.contains(cc)) {
            return null;
        }
        return name.replace('\u06AF', '\u063A');
    }

    private static void addName(EntityDictionaryBuilder b, Stopwords stopwords, int sense, EntitySense known,
            String name, String language, KeyedLongs cityPopulations) {
        if (b.places().isArea(sense)) {
            AdminAreas.addListedName(b, stopwords, sense, known, name, language, cityPopulations);
            return;
        }
        List<Token> tokens = TextTokenizer.tokens(name);
        b.addTokens(sense, name, tokens, language, false);
        if (name.indexOf(' ') > 0 && TextTokenizer.isArabicLetter(name.charAt(0))) {
            b.addTokens(sense, name, TextTokenizer.tokens(name.replace(" ", "")), language, false);
        }
    }
}
