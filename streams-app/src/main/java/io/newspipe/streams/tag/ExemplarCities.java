package io.newspipe.streams.tag;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.List;

/**
 * Adds the localised names of the cities that name time zones (CLDR exemplar cities, shipped with
 * ICU4J: باکو for Baku in Persian, إسطنبول in Arabic, Le Caire in French) to the GeoNames city of the
 * same English name in the zone's country. GeoNames lacks many Persian and French forms of big
 * cities; these few hundred cities are the ones news names most. Persian forms count only in Persian
 * text, like the Persian country names. Stateless.
 */
final class ExemplarCities {
    private static final List<String> LANGUAGES = List.of("ar", "fa", "fr");

    private ExemplarCities() {
    }

    /**
     * Adds the names to the senses found in {@code placeSenses} (country TAB folded key of a place
     * name → sense of the most populous place with that name), recording each added name's city population in
     * {@code cityPopulations} (same key), so that an administrative area of the same name (Istanbul, استانبول)
     * leaves the bare name to the city.
     */
    static void add(EntityDictionaryBuilder b, Stopwords stopwords, KeyedLongs placeSenses,
            KeyedLongs cityPopulations) {
        TimeZoneNames english = TimeZoneNames.getInstance(ULocale.ENGLISH);
        for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            String region = TimeZone.getRegion(zone);
            String name = english.getExemplarLocationName(zone);
            if (name == null || region == null || region.length() != 2) {
                continue;
            }
            long found = placeSenses.get(region + "\t" + EntityDictionary.key(TextTokenizer.tokens(name)));
            if (found == KeyedLongs.NONE) {
                continue;
            }
            int sense = (int) found;
            for (String lang : LANGUAGES) {
                String local = TimeZoneNames.getInstance(new ULocale(lang)).getExemplarLocationName(zone);
                if (local == null || local.equals(name)) {
                    continue;
                }
                List<Token> tokens = TextTokenizer.tokens(local);
                if (EntityDictionaryLoader.placeNameUsable(tokens, stopwords)) {
                    b.addTokens(sense, local, tokens, lang.equals("fa") ? "fa" : null, false);
                    cityPopulations.putMax(region + "\t" + EntityDictionary.key(tokens), b.sense(sense).population());
                }
            }
        }
    }
}
