package io.newspipe.streams.tag;

import io.newspipe.streams.tag.EntityLinker.Match;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A name shared by a country and its capital names the city where a word beside it says "the city":
 * <ul>
 * <li>French "à X": the country takes "au" or "en" (au Luxembourg, au Koweït, au Panama), the city "à" (à
 * Luxembourg, à Koweït, à Panama). City-states and the countries that take "à" themselves (à Singapour, à Monaco,
 * à Djibouti) keep the country's reading.</li>
 * <li>Arabic "العاصمة" in apposition, before or after the name ("في العاصمة تونس", "بالجزائر العاصمة", "الكويت
 * العاصمة"): "the capital, Tunis". Without the article, "عاصمة تونس" is "the capital of Tunisia" and names the
 * country, so it does not count, nor "العاصمة" after the name with an adjective of its own.</li>
 * </ul>
 * Stateless.
 */
final class CapitalCue {
    /** Countries named with "à" in French whose capital bears the country's name. */
    private static final Set<String> COUNTRIES_TAKING_A = Set.of("SG", "MC", "DJ", "SM", "VA");
    /** "العاصمة" as written with the article and any proclitics (و, ف, ب, ل; ل + ال is لل). */
    private static final Set<String> ARABIC_CAPITAL = capitalForms();

    private CapitalCue() {
    }

    /** The match narrowed to the capital when a word beside a country-and-capital name says "the city". */
    static Match apply(EntityDictionary dictionary, List<Token> tokens, int i, Match m, String language) {
        boolean cued = m.latin() ? frenchA(tokens, i, language)
                : arabicCapital(tokens, i - 1) || capitalAfter(tokens, i + m.length());
        if (!cued) {
            return m;
        }
        for (int c : m.senses()) {
            EntitySense country = dictionary.sense(c);
            if (country.kind() != EntityKind.COUNTRY || m.latin() && COUNTRIES_TAKING_A.contains(country.countryCode())) {
                continue;
            }
            for (int p : m.senses()) {
                EntitySense place = dictionary.sense(p);
                if (place.kind() == EntityKind.PLACE && place.capital()
                        && country.countryCode().equals(place.countryCode())) {
                    return m.withSenses(List.of(p), false);
                }
            }
        }
        return m;
    }

    private static boolean frenchA(List<Token> tokens, int i, String language) {
        return "fr".equals(language) && i > 0 && "à".equalsIgnoreCase(tokens.get(i - 1).surface());
    }

    private static boolean arabicCapital(List<Token> tokens, int k) {
        return k >= 0 && k < tokens.size() && ARABIC_CAPITAL.contains(tokens.get(k).folded());
    }

    /**
     * "العاصمة" after the name, not opening a phrase of its own: in "رئيس تونس العاصمة الجزائرية" the word and its
     * adjective are the object ("Tunisia's president ... the Algerian capital").
     */
    private static boolean capitalAfter(List<Token> tokens, int k) {
        return arabicCapital(tokens, k) && (k + 1 == tokens.size() || !tokens.get(k + 1).folded().startsWith("ال"));
    }

    private static Set<String> capitalForms() {
        String word = TextTokenizer.tokens("العاصمة").get(0).folded();
        Set<String> out = new HashSet<>();
        for (String clitic : List.of("", "و", "ف", "ب", "وب", "فب")) {
            out.add(clitic + word);
        }
        String afterL = "ل" + word.substring(1); // ل + العاصمة is written للعاصمة
        out.add(afterL);
        out.add("و" + afterL);
        return Set.copyOf(out);
    }
}
