package io.newspipe.streams.tag;

import io.newspipe.streams.tag.EntityLinker.Match;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Chooses the sense of a name {@link EntityLinker} found: by kind, by the countries the rest of the article
 * names (or its language points to, {@link LanguageCountries}), by population and by listing; and rules out
 * the senses that are not plausible without evidence (small places, transliterations, names listed as
 * ambiguous). Thread-safe (immutable).
 */
final class SenseChooser {
    /** Population under which a one-word Latin place name needs more than its country in context. */
    static final int SMALL_PLACE = 50_000;
    /** Population from which a capital's name in a script its country does not write needs no evidence. */
    private static final int FREE_FOREIGN_CAPITAL = 500_000;
    /** Letters from which a one-word Arabic-script name of a foreign metropolis needs no evidence. */
    private static final int FREE_FOREIGN_CITY_LETTERS = 6;
    /** Population from which a city's Latin exonym that names nothing else needs no evidence. */
    private static final int FREE_EXONYM_POPULATION = 500_000;
    /**
     * What a city matched only by an alternate name loses when another place sense bears the name as its own
     * (Venice, Italy over a US city that GeoNames also calls Venice): more than population and listing give,
     * less than the country context (Valence in French text about Spain is still Valencia).
     */
    private static final double ALTERNATE_NAME_PENALTY = 3;
    /** Languages in whose text a single capitalised word may name a small town of a country in context. */
    private static final Set<String> SMALL_TOWN_LANGUAGES = Set.of("fr");
    /**
     * Languages in whose text a town word before a short name of a place of a country in context (مدينة مأرب,
     * بلدة هيت) is evidence; not Persian, where شهر "city" also starts sentences about a town's news.
     */
    private static final Set<String> TOWN_WORD_LANGUAGES = Set.of("ar");
    /** Folded words of water bodies, whose names the labelled sets do not count as places. */
    private static final Set<String> WATER_WORDS = ArabicClitics.foldedWithoutArticle("sea", "lake", "lakes", "river",
            "gulf", "mer", "lac", "lacs", "fleuve", "golfe", "nile", "nil", "بحر", "بحيرة", "نهر", "خليج", "نيل",
            "دریا", "دریاچه", "رود");
    /** Folded words of compass points and designators: an area name made only of them is not distinctive. */
    private static final Set<String> GENERIC_WORDS = ArabicClitics.foldedWithoutArticle("north", "south", "east",
            "west", "northern", "southern", "eastern", "western", "central", "northeast", "northwest", "southeast",
            "southwest", "north-east", "north-west", "south-east", "south-west", "upper", "lower", "district", "region",
            "province", "capital", "territory", "coast", "highlands", "islands", "de", "du", "des", "la", "le", "of",
            "the", "nord", "sud", "est", "ouest", "centre", "center", "centrale", "shamal", "janub");
    private final EntityDictionary dictionary;
    private final long freePlacePopulation;
    private final long freeLatinPlacePopulation;

    SenseChooser(EntityDictionary dictionary, TaggerSettings settings) {
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
        this.freePlacePopulation = settings.freePlacePopulation();
        this.freeLatinPlacePopulation = settings.freeLatinPlacePopulation();
    }

    /** The country a match points to without doubt, or null. */
    String contextCountry(Match m, String language) {
        String cc = null;
        for (int s : m.senses()) {
            EntitySense sense = dictionary.sense(s);
            // a curated place (قطاع غزة, Darfur, Kurdistan Region) names its country as surely as a big city
            // does: Arabic and Persian news about Gaza rarely writes Palestine beside Rafah or Khan Yunis
            if (sense.kind() == EntityKind.PLACE && !freePlace(m, s, sense, language)
                    && !dictionary.places().isListed(s)) {
                continue; // a small namesake (Lebanon, Pennsylvania) does not cast doubt
            }
            if (sense.countryCode() == null || (cc != null && !cc.equals(sense.countryCode()))
                    || dictionary.needsEvidence(m.key(), sense.kind())) {
                return null;
            }
            cc = sense.countryCode();
        }
        return cc;
    }

    Integer choose(Match m, Map<String, Integer> context, String ownCountry, int ownCount,
            Set<String> home, String language) {
        Integer best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        boolean ownName = ownPlaceName(m);
        for (int s : m.senses()) {
            EntitySense sense = dictionary.sense(s);
            boolean inContext = sense.countryCode() != null && context.getOrDefault(sense.countryCode(), 0)
                    - (sense.countryCode().equals(ownCountry) ? ownCount : 0) > 0;
            boolean atHome = sense.kind() == EntityKind.PLACE && home.contains(sense.countryCode());
            if (!plausible(m, s, sense, inContext, atHome, context.size(), language)
                    || shadowedByCountry(m, sense)) {
                continue;
            }
            // a national capital beats a same-name place of its own country or one without context (Washington)
            // a curated place (Kurdistan Region) beats a GeoNames namesake when context does not decide
            double score = base(sense.kind()) + (inContext ? 10 : 0) + (sense.capital() ? 1 : 0)
                    + (dictionary.places().isListed(s) ? 2 : 0) + Math.log10(sense.population() + 1) / 10
                    - (ownName && m.alternateOnly().contains(s) && !dictionary.places().isArea(s)
                    ? ALTERNATE_NAME_PENALTY : 0);
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        return best;
    }

    private boolean plausible(Match m, int index, EntitySense sense, boolean inContext, boolean atHome,
            int countries, String language) {
        if (sense.kind() == EntityKind.PLACE && m.embedded()) {
            return false;
        }
        if (sense.kind() == EntityKind.PLACE && !m.fixed() && !m.latin() && m.length() == 1
                && ArabicWordPlaces.isWord(m.key())) {
            return false; // a common word (الجديدة "new", صور "pictures") is a town only after a place word
        }
        if (m.cued() || dictionary.places().isListed(index)) {
            return true;
        }
        if (!m.fixed() && m.length() == 1 && dictionary.places().needsTownWord(index)) {
            return false;
        }
        if (dictionary.needsEvidence(m.key(), sense.kind())) {
            // an article naming many countries may name a Latin-script one in passing (Chad, Georgia); an
            // Arabic-script name listed here is a common word (مالي "financial") whatever else the article names
            return inContext || (sense.kind() == EntityKind.COUNTRY && countries >= 3 && m.latin());
        }
        if (sense.kind() != EntityKind.PLACE || freePlace(m, index, sense, language)) {
            return true;
        }
        if (!(inContext || atHome)) {
            return false;
        }
        if (m.latin() && m.length() == 1 && sense.population() < SMALL_PLACE) {
            // small towns named University, Alliance or Monroe are rarely meant in English; French capitalises
            // few common words, so a town of the article's country there is its usual reading (Carpentras); in
            // English a preposition of place before the name fixes it too ("a plant in Skellefteå")
            return (SMALL_TOWN_LANGUAGES.contains(language) || m.fixed()) && m.key().length() >= 5;
        }
        // a short Arabic name is often a word too (حجة, عتق): a town word before it (مدينة, بلدة, قضاء) vouches
        return sense.population() >= SMALL_PLACE || m.length() > 1 || m.key().length() >= 5
                || (m.fixed() && !m.latin() && TOWN_WORD_LANGUAGES.contains(language));
    }

    /**
     * Whether a place needs no evidence: a capital or a big city, where a capitalised Latin name is
     * trusted from a lower population; an Arabic-script name of a place where that script is not
     * written (a transliteration that often collides with a word), a Latin exonym and the bare name of an
     * administrative area (Red Sea, Sahel) always need evidence.
     */
    private boolean freePlace(Match m, int index, EntitySense sense, String language) {
        if (distinctiveArea(m, index, sense)) {
            return true;
        }
        if (!m.latin() && !ArabicScriptCountries.contains(sense.countryCode())) {
            // a big national capital's Arabic-script name (واشنطن، موسكو، بكين) is news's usual reading, and so is
            // a metropolis's (لوس أنجلوس، إسطنبول) when the name is long enough not to be a word as well
            return !m.alternateOnly().contains(index)
                    && ((sense.capital() && sense.population() >= FREE_FOREIGN_CAPITAL && m.key().length() >= 4)
                    || (sense.population() >= freePlacePopulation
                    && (m.length() > 1 || m.key().length() >= FREE_FOREIGN_CITY_LETTERS)));
        }
        if (m.alternateOnly().contains(index)) {
            // Latin exonyms and bare names of administrative areas (set in any script) need evidence, but for
            // a big city's exonym that names nothing else (Barcelone, Hambourg, Bombay) news's reading is the city
            return freeExonym(m, index, sense, language);
        }
        long threshold = m.latin() ? freeLatinPlacePopulation : freePlacePopulation;
        return sense.capital() || sense.population() >= threshold;
    }

    /**
     * Whether a match is the bare name of a populous first-order area written in several words (Tamil Nadu,
     * Île-de-France, Nouvelle-Aquitaine, أوتار براديش): such a name is rarely anything else, unlike one-word
     * area names (Central, Georgia, البحيرة), which keep needing evidence. Names of seas, lakes and rivers
     * (Red Sea State) are left out, as are Arabic-script names of areas of countries written in that script,
     * where several words often make a phrase (صلاح الدين).
     */
    private boolean distinctiveArea(Match m, int index, EntitySense sense) {
        if (m.length() < 2 || !dictionary.places().isArea(index) || sense.population() < freePlacePopulation
                || (!m.latin() && ArabicScriptCountries.contains(sense.countryCode()))) {
            return false;
        }
        boolean generic = true;
        for (String word : m.key().split(" ")) {
            String w = ArabicClitics.withoutArticle(word);
            if (WATER_WORDS.contains(w)) {
                return false;
            }
            generic &= GENERIC_WORDS.contains(w);
        }
        return !generic; // Southern District, North West, Central Region name many places
    }

    /**
     * Whether a Latin alternate name in French text is a big city's exonym that needs no evidence: the city has
     * {@link #FREE_EXONYM_POPULATION} people or more, the name is its only sense, not short and no given name.
     */
    private boolean freeExonym(Match m, int index, EntitySense sense, String language) {
        // French only: GeoNames' other Latin alternates of big cities include words and given names of other
        // languages (Dabei, Ahmad), and in English text the usual name is GeoNames' own
        return "fr".equals(language) && m.latin() && m.senses().size() == 1 && !dictionary.places().isArea(index)
                && !NameLexicon.givenName(m.key())
                && sense.population() >= FREE_EXONYM_POPULATION && m.key().length() >= 5;
    }

    /** Whether some place sense of the match bears the name as its own, not only as an alternate, or is an area. */
    private boolean ownPlaceName(Match m) {
        if (m.alternateOnly().isEmpty()) {
            return false;
        }
        for (int s : m.senses()) {
            // an area matched by its bare name already took it from the city that bears it as an alternate
            // (AdminAreas.ALTERNATE_NAME_POPULATION_RATIO): Île-de-France the region, not Paris
            if (dictionary.sense(s).kind() == EntityKind.PLACE
                    && (!m.alternateOnly().contains(s) || dictionary.places().isArea(s))) {
                return true;
            }
        }
        return false;
    }

    /** A place that shares its name with its own country (Kuwait, Algiers/الجزائر, Tunis/تونس) yields. */
    private boolean shadowedByCountry(Match m, EntitySense sense) {
        if (sense.kind() != EntityKind.PLACE) {
            return false;
        }
        for (int s : m.senses()) {
            EntitySense other = dictionary.sense(s);
            if (other.kind() == EntityKind.COUNTRY && Objects.equals(other.countryCode(), sense.countryCode())) {
                return true;
            }
        }
        return false;
    }

    private static double base(EntityKind kind) {
        return switch (kind) {
            case ORGANIZATION, PERSON -> 6;
            case COUNTRY -> 5;
            case PLACE -> 0;
        };
    }
}
