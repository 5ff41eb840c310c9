package io.newspipe.streams.tag;

import com.ibm.icu.util.ULocale;
import io.newspipe.streams.text.MatchingText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Builds the {@link EntityDictionary} from the bundled resources: country names from CLDR (ICU4J and
 * the JDK) in the name languages plus {@code countries-extra.tsv}, {@code orgs-people.tsv}, the
 * GeoNames-derived {@code places.tsv.gz} and {@code admin1.tsv.gz} (see {@link AdminAreas}), the curated
 * {@code places-extra.tsv} (see {@link ListedPlaces}) and
 * {@code ambiguous.tsv}. Stateless; loading takes about a
 * second and should happen once per process.
 */
public final class EntityDictionaryLoader {
    /** Languages whose country names are loaded. */
    static final List<String> NAME_LANGUAGES = List.of("en", "fr", "ar", "fa", "ur");
    private static final Set<String> LANGUAGE_BOUND_NAMES = Set.of("fa", "ur");
    /** Inflections of an Arabic nisba: feminine, plurals, and the accusative indefinite (سنغالياً → سنغاليا). */
    private static final String[] ARABIC_ADJECTIVE_ENDINGS = {"", "ه", "ون", "ين", "ات", "ا"};
    /**
     * The population floors of {@code tools/gazetteer/derive_gazetteer.py} (cities; first-order seats): a place of
     * {@code places.tsv.gz} below them is a district seat kept for its Arabic name, found only after a town word.
     */
    private static final long SEAT_ONLY_BELOW = 15_000;
    private static final long SEAT_FLOOR = 5_000;

    /**
     * The curated organisations and people, all in the format of {@code orgs-people.tsv}: the original list, then
     * broader lists kept apart so each can be reviewed (and its sources checked) on its own. An id may appear once
     * across all of them.
     */
    static final List<String> CURATED_FILES = List.of("orgs-people.tsv", "orgs-extra.tsv", "people-extra.tsv");

    private EntityDictionaryLoader() {
    }

    /** Loads every resource into a new dictionary. */
    public static EntityDictionary load(Stopwords stopwords) {
        Objects.requireNonNull(stopwords, "stopwords");
        EntityDictionaryBuilder b = new EntityDictionaryBuilder();
        readTsv("ambiguous.tsv", false, c -> b.needEvidence(MatchingText.fold(c[0]),
                c.length > 1 ? EntityKind.valueOf(c[1]) : null));
        addCountries(b);
        addCurated(b);
        addPlaces(b, stopwords);
        return b.build();
    }

    /** The CLDR countries, then the extra names of {@code countries-extra.tsv}. */
    private static void addCountries(EntityDictionaryBuilder b) {
        Map<String, Integer> countries = loadCountries(b);
        readTsv("countries-extra.tsv", false, c -> {
            Integer sense = countries.get(c[0]);
            if (sense != null) {
                for (String name : c[1].split("\\|")) {
                    addExpanded(b, sense, name);
                }
            }
        });
    }

    /** The organisations and people of {@link #CURATED_FILES}, then their Arabic name variants. */
    private static void addCurated(EntityDictionaryBuilder b) {
        Set<String> localIds = new java.util.HashSet<>();
        ArabicNameVariants variants = new ArabicNameVariants();
        for (String file : CURATED_FILES) {
            readTsv(file, false, c -> {
                String id = c[1].isBlank() ? localId(EntityKind.valueOf(c[0]), c[2]) : "wikidata:" + c[1].strip();
                if (!localIds.add(id)) {
                    throw new IllegalStateException(file + ": duplicate id " + id);
                }
                String cc = c[3].isBlank() ? null : c[3].strip();
                // the reported name drops Wikipedia's disambiguation ("Liberal Democratic Party (Japan)") and a
                // club's suffix (ReportedNames): the id and country tell such entities apart
                int sense = b.addSense(new EntitySense(EntityKind.valueOf(c[0]), ReportedNames.of(
                        EntityKind.valueOf(c[0]), c[2], cc), id, cc,
                        0, false));
                b.addName(sense, c[2]);
                for (String name : c[4].split("\\|")) {
                    b.addName(sense, name);
                }
                variants.row(sense, EntityKind.valueOf(c[0]), List.of(c[4].split("\\|")));
            });
        }
        variants.addTo(b);
    }

    /** The GeoNames places and first-order areas, the exemplar cities, the listed places and town skeletons. */
    private static void addPlaces(EntityDictionaryBuilder b, Stopwords stopwords) {
        // packed: tens of thousands of keys each, which as HashMaps of strings were most of the loading's peak heap
        KeyedLongs cityPopulations = new KeyedLongs();
        KeyedLongs placeSenses = new KeyedLongs();
        KeyedLongs byGeonamesId = new KeyedLongs();
        readTsv("places.tsv.gz", true, c -> byGeonamesId.put(c[0],
                addPlace(b, stopwords, c, cityPopulations, placeSenses)));
        ExemplarCities.add(b, stopwords, placeSenses, cityPopulations);
        readTsv("admin1.tsv.gz", true, c -> byGeonamesId.put(c[0], AdminAreas.add(b, stopwords, c, cityPopulations)));
        ListedPlaces.addNames(b, stopwords, byGeonamesId, cityPopulations);
        ListedPlaces.add(b, stopwords, byGeonamesId, cityPopulations);
        TownSkeletons.load(b, byGeonamesId);
    }

    /**
     * The project's own id for a curated organisation or person without a Wikidata id: stable as long
     * as its canonical English name is, e.g. {@code newspipe:organization:houthis}.
     */
    static String localId(EntityKind kind, String canonicalName) {
        String ascii = java.text.Normalizer.normalize(canonicalName.replace("+", " plus"),
                java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "newspipe:" + kind.name().toLowerCase(Locale.ROOT) + ":" + slug;
    }

    private static Map<String, Integer> loadCountries(EntityDictionaryBuilder b) {
        Map<String, Integer> senses = new HashMap<>();
        Set<String> demonyms = new LinkedHashSet<>();
        for (String cc : ULocale.getISOCountries()) {
            String english = new ULocale("", cc).getDisplayCountry(ULocale.ENGLISH);
            if (english.isBlank() || english.equals(cc)) {
                continue;
            }
            String canonical = CountryNames.english(cc, english);
            int sense = b.addSense(new EntitySense(EntityKind.COUNTRY, canonical, "iso3166:" + cc, cc, 0, false));
            senses.put(cc, sense);
            Set<String> names = new LinkedHashSet<>();
            names.add(canonical);
            for (String lang : NAME_LANGUAGES) {
                String icu = new ULocale("", cc).getDisplayCountry(new ULocale(lang));
                String jdk = new Locale("", cc).getDisplayCountry(Locale.forLanguageTag(lang));
                // Persian and Urdu names can be Arabic words or other names (مراکش is Morocco in Persian,
                // Marrakesh in Arabic), so they count only in texts of their own language.
                String prefix = LANGUAGE_BOUND_NAMES.contains(lang) ? lang + ":" : "";
                for (String n : new String[] {icu, jdk}) {
                    if (!n.isBlank() && !n.equals(cc)) {
                        names.add(prefix + n);
                        names.add(prefix + beforeParenthesis(n));
                        addDemonym(demonyms, lang, beforeParenthesis(n));
                        String shortForm = withoutRepublic(lang, n);
                        if (shortForm != null) {
                            names.add(prefix + shortForm);
                            addDemonym(demonyms, lang, shortForm);
                        }
                    }
                }
            }
            names.forEach(n -> b.addName(sense, n));
            demonyms.forEach(n -> addExpanded(b, sense, n));
            demonyms.clear();
        }
        return senses;
    }

    /**
     * The Persian short form of a "Republic of X" name when X is one long word (جمهوری آذربایجان →
     * آذربایجان), as Persian news writes it; short remainders (چک) are ordinary words. Else null.
     */
    static String withoutRepublic(String lang, String name) {
        String prefix = "جمهوری ";
        if (!lang.equals("fa") || !name.startsWith(prefix)) {
            return null;
        }
        String rest = name.substring(prefix.length()).strip();
        return rest.indexOf(' ') < 0 && rest.length() >= 6 ? rest : null;
    }

    private static void addDemonym(Set<String> demonyms, String lang, String name) {
        String d = switch (lang) {
            case "ar" -> Demonyms.arabic(name);
            case "fa" -> Demonyms.persian(name);
            default -> null;
        };
        if (d != null) {
            // a generated adjective counts only in its own language: Arabic نيجرية (of Niger) folds to the
            // Persian name of Nigeria, نیجریه
            demonyms.add(lang + ":" + d);
        }
    }

    private static String beforeParenthesis(String name) {
        return ReportedNames.beforeParenthesis(name);
    }

    /** Adds a name; an Arabic-script adjective with a trailing '*' gets its inflected forms too. */
    static void addExpanded(EntityDictionaryBuilder b, int sense, String name) {
        if (!name.endsWith("*")) {
            b.addName(sense, name);
            return;
        }
        String stem = name.substring(0, name.length() - 1);
        for (String ending : ARABIC_ADJECTIVE_ENDINGS) {
            b.addName(sense, stem + ending);
        }
    }

    private static int addPlace(EntityDictionaryBuilder b, Stopwords stopwords, String[] c,
            KeyedLongs cityPopulations, KeyedLongs placeSenses) {
        long population = Long.parseLong(c[4]);
        boolean capital = c[3].equals("PPLC");
        String[] names = c[5].split("\\|");
        int sense = b.addSense(new EntitySense(EntityKind.PLACE, englishName(c[1], names), "geonames:" + c[0],
                c[2], population, capital));
        if (!capital && population < SEAT_ONLY_BELOW && !(c[3].equals("PPLA") && population >= SEAT_FLOOR)) {
            b.places().markTownWordOnly(sense); // a district seat kept below the floors (derive_gazetteer.py)
        }
        for (String name : names) {
            List<Token> tokens = TextTokenizer.tokens(name);
            if (placeNameUsable(tokens, stopwords)) {
                boolean alternate = !sameLetters(name, c[1]);
                b.addTokens(sense, name, tokens, null, alternate);
                String placeKey = c[2] + "\t" + EntityDictionary.key(tokens);
                long before = placeSenses.get(placeKey);
                if (before == KeyedLongs.NONE || b.sense((int) before).population() < population) {
                    placeSenses.put(placeKey, sense);
                    // a Latin alternate (Bahia for Salvador) yields to an area's name at a lower ratio
                    cityPopulations.put(alternate && !tokens.get(0).arabicScript()
                            ? AdminAreas.ALTERNATE + placeKey : placeKey, population);
                }
                if (name.indexOf(' ') > 0 && TextTokenizer.isArabicLetter(name.charAt(0))) {
                    b.addName(sense, name.replace(" ", ""));
                }
            }
        }
        return sense;
    }

    /** Latin letters with dots below or breves (U+1E00–U+1EFF) and the quotes and modifier letters for ayn/hamza. */
    private static boolean transliterationMark(int ch) {
        return (ch >= 0x1E00 && ch <= 0x1EFF) || ch == 0x2018 || ch == 0x2019 || (ch >= 0x02BB && ch <= 0x02BF);
    }

    private static boolean sameLetters(String a, String b) {
        return stripMarks(a).equalsIgnoreCase(stripMarks(b));
    }

    private static String stripMarks(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /**
     * The GeoNames name, or its ASCII form when it carries transliteration marks (Herāt → Herat, Ḩamāh →
     * Hamah, Dar‘ā → Dar'a): macrons, dots below and ayn/hamza quotes are never in English titles.
     */
    static String englishName(String name, String[] names) {
        boolean latin1 = name.chars().allMatch(ch -> ch < 0x250 || transliterationMark(ch));
        boolean marks = name.chars().anyMatch(ch -> ch > 0xFF);
        if (latin1 && marks && names.length > 1 && names[1].chars().allMatch(ch -> ch < 0x80)) {
            return names[1];
        }
        return name;
    }

    static boolean placeNameUsable(List<Token> tokens, Stopwords stopwords) {
        if (tokens.isEmpty()) {
            return false;
        }
        String key = EntityDictionary.key(tokens);
        if (tokens.size() > 1) {
            return tokens.stream().anyMatch(t -> !stopwords.inAnyOf(NAME_LANGUAGES, t.folded()));
        }
        if (stopwords.inAnyOf(NAME_LANGUAGES, key) || stopwords.inAnyOf(NAME_LANGUAGES, tokens.get(0).folded())) {
            return false;
        }
        Token t = tokens.get(0);
        return t.arabicScript() ? key.length() >= 3 : t.capitalised() && key.length() >= 4;
    }

    static void readTsv(String resource, boolean gzip, Consumer<String[]> row) {
        try (InputStream raw = EntityDictionaryLoader.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(raw, () -> resource + " missing");
            InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    row.accept(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
