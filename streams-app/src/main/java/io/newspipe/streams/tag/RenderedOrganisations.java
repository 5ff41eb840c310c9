package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Organisations named in French, Arabic or Persian (and a few English word orders, see {@link EnglishBodies})
 * by a regular pattern whose English name follows by rule: a ministry and its portfolio ("ministère algérien des Affaires étrangères", "وزارة التربية
 * العراقية", "وزارت امور خارجه ایران" → "Algerian Ministry of Foreign Affairs", "Iraqi Ministry of
 * Education", "Iranian Ministry of Foreign Affairs"), a country's central bank, supreme or constitutional
 * court, national assembly or senate ("Banque centrale de Tunisie" → "Central Bank of Tunisia"), and a
 * university named after a known place ("دانشگاه تهران" → "University of Tehran"). The country comes from
 * the words right next to the name (an adjective, or "de X"), else from the article when it names exactly
 * one country; a body that needs a country and has none is not reported. Names are reported with a null
 * id, each with its mentions as written. Words the dictionary linked to an organisation or a person are
 * never read. Thread-safe (stateless).
 */
final class RenderedOrganisations {
    /** Universities outside Egypt and Afghanistan named "X University" after their city. */
    private static final Map<String, String> PLACE_FIRST_UNIVERSITIES = Map.of("Shiraz", "Shiraz University",
            "Yazd", "Yazd University", "Semnan", "Semnan University", "Urmia", "Urmia University", "Arak",
            "Arak University", "Damascus", "Damascus University", "Sanaa", "Sana'a University", "Birzeit",
            "Birzeit University", "Yarmouk", "Yarmouk University");

    private RenderedOrganisations() {
    }

    /** A rendered name found at words [start, end) of a text; a null name is found but not reported. */
    record Hit(String name, int start, int end) {
    }

    /**
     * The organisations rendered in English from {@code parts}, in first-seen order.
     *
     * @param parts the texts (title, body)
     * @param marks for each part, the kind of the linked entity each word belongs to, or null; the words of
     *     every organisation rendered are marked {@link EntityKind#ORGANIZATION} here
     * @param language the article's language (en, fr, ar, fa; others give nothing)
     * @param curated the entities the dictionary linked
     */
    static List<EntityTag> find(List<TokenizedText> parts, List<EntityKind[]> marks, String language,
            List<EntityTag> curated) {
        Objects.requireNonNull(parts, "parts");
        if (!"en".equals(language) && !"fr".equals(language) && !"ar".equals(language) && !"fa".equals(language)) {
            return List.of();
        }
        LinkedMentions linked = new LinkedMentions(curated);
        Set<String> known = new LinkedHashSet<>();
        for (EntityTag tag : curated) {
            known.add(tag.name().toLowerCase(Locale.ROOT));
        }
        Map<String, List<String>> mentions = new LinkedHashMap<>();
        for (int p = 0; p < parts.size(); p++) {
            TokenizedText part = parts.get(p);
            List<Hit> hits = switch (language) {
                case "en" -> EnglishBodies.scan(part.text(), part.tokens(), linked);
                case "fr" -> FrenchBodies.scan(part.tokens(), linked);
                default -> ArabicScriptBodies.scan(part.tokens(), linked, language);
            };
            for (Hit rendered : hits) {
                Hit h = rendered.name() == null ? rendered
                        : new Hit(BodyNames.of(rendered.name()), rendered.start(), rendered.end());
                if (h.name() != null && !known.contains(h.name().toLowerCase(Locale.ROOT)) && free(marks.get(p), h)) {
                    for (int k = h.start(); k < h.end(); k++) {
                        marks.get(p)[k] = EntityKind.ORGANIZATION;
                    }
                    mentions.computeIfAbsent(h.name(), n -> new ArrayList<>())
                            .add(NameRecognizer.written(part, h.start(), h.end()));
                }
            }
        }
        List<EntityTag> out = new ArrayList<>(mentions.size());
        mentions.forEach((name, written) -> out.add(new EntityTag(EntityKind.ORGANIZATION, name, null, null,
                List.copyOf(new LinkedHashSet<>(written)), written.size())));
        return out;
    }

    /** Whether no word of the hit belongs to a linked organisation or person. */
    private static boolean free(EntityKind[] mark, Hit h) {
        for (int k = h.start(); k < h.end(); k++) {
            if (mark[k] == EntityKind.ORGANIZATION || mark[k] == EntityKind.PERSON) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Moroccan Ministry of Interior", or "Ministry of Interior" when the country is unknown or has no adjective;
     * the portfolio is the country's official one ({@link OfficialPortfolios}).
     */
    static String ministry(String portfolio, EntityTag country) {
        return ministry(portfolio, country, null);
    }

    /** As {@link #ministry(String, EntityTag)}, with {@code assumedCode} the country meant when none is named. */
    static String ministry(String portfolio, EntityTag country, String assumedCode) {
        String code = country == null ? assumedCode : country.countryCode();
        if ("US".equals(code)) {
            return OfficialPortfolios.usDepartment(portfolio);
        }
        String official = OfficialPortfolios.of(code, portfolio);
        String own = OfficialPortfolios.ownName(code, official);
        if (own != null) {
            return own;
        }
        String adjective = code == null ? null : EnglishDemonyms.of(code);
        return (adjective == null ? "" : adjective + " ") + "Ministry of " + official;
    }

    /**
     * The university named after {@code place} as English Wikipedia titles it: "X University" in Egypt and
     * Afghanistan, where public universities are all so named ("Cairo University", "Kabul University"), and for a
     * few cities elsewhere ("Shiraz University", "Sana'a University"); else "University of X" ("University of
     * Baghdad", "University of Tehran").
     */
    static String university(EntityTag place) {
        String name = place.name();
        String own = PLACE_FIRST_UNIVERSITIES.get(name);
        if (own != null) {
            return own;
        }
        return "EG".equals(place.countryCode()) || "AF".equals(place.countryCode()) ? name + " University"
                : "University of " + name;
    }

    /**
     * "Central Bank of Egypt", "Supreme Court of the United States"; null without a country, and for US bodies
     * named otherwise.
     */
    static String ofCountry(String body, EntityTag country) {
        if (country == null) {
            return null;
        }
        if ("US".equals(country.countryCode())) {
            // the US bodies' own names: "United States Senate"; its central bank is the Federal Reserve
            return body.equals("Senate") ? "United States Senate"
                    : body.equals("Supreme Court") ? "Supreme Court of the United States" : null;
        }
        String name = country.name();
        boolean article = name.startsWith("United ") || name.contains("Republic") || name.endsWith("lands")
                || name.equals("Philippines") || name.equals("Gambia") || name.equals("Bahamas");
        return body + " of " + (article ? "the " : "") + name;
    }
}
