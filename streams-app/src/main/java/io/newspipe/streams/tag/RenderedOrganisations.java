package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.HashMap;
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
    /** Universities named otherwise than "University of [city]" outside Egypt and Afghanistan (Wikipedia's titles). */
    private static final Map<String, String> PLACE_FIRST_UNIVERSITIES = Map.ofEntries(
            Map.entry("Shiraz", "Shiraz University"), Map.entry("Yazd", "Yazd University"),
            Map.entry("Semnan", "Semnan University"), Map.entry("Urmia", "Urmia University"),
            Map.entry("Arak", "Arak University"), Map.entry("Damascus", "Damascus University"),
            Map.entry("Sanaa", "Sana'a University"), Map.entry("Birzeit", "Birzeit University"),
            Map.entry("Gilan", "University of Guilan"), Map.entry("Mashhad", "Ferdowsi University of Mashhad"),
            Map.entry("Basra", "University of Basrah"), Map.entry("Sulaymaniyah", "University of Sulaimani"),
            Map.entry("Erbil", "Salahaddin University-Erbil"), Map.entry("Latakia", "Tishreen University"),
            Map.entry("Kuwait City", "Kuwait University"),
            Map.entry("New York City", "New York University"), Map.entry("Beijing", "Peking University"),
            Map.entry("Istanbul", "Istanbul University"), Map.entry("Montréal", "Université de Montréal"),
            Map.entry("Nanjing", "Nanjing University"), Map.entry("Osaka", "Osaka University"));

    private RenderedOrganisations() {
    }

    /** A rendered name found at words [start, end) of a text; a null name is found but not reported. */
    record Hit(String name, int start, int end) {
    }

    /**
     * The rendered organisations, and the curated entities without the mentions a longer rendered name took
     * over ("الهلال الأحمر" inside "الهلال الأحمر الليبي" is the Libyan Red Crescent, not the movement).
     */
    record Found(List<EntityTag> rendered, List<EntityTag> curated) {
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
    static Found find(List<TokenizedText> parts, List<EntityKind[]> marks, String language,
            List<EntityTag> curated) {
        Objects.requireNonNull(parts, "parts");
        if (!"en".equals(language) && !"fr".equals(language) && !"ar".equals(language) && !"fa".equals(language)) {
            return new Found(List.of(), curated);
        }
        LinkedMentions linked = new LinkedMentions(curated);
        Set<String> known = new LinkedHashSet<>();
        for (EntityTag tag : curated) {
            known.add(tag.name().toLowerCase(Locale.ROOT));
        }
        Map<String, List<String>> mentions = new LinkedHashMap<>();
        Map<String, Integer> taken = new HashMap<>();
        for (int p = 0; p < parts.size(); p++) {
            TokenizedText part = parts.get(p);
            for (Hit rendered : hits(part, linked, language)) {
                Hit h = rendered.name() == null ? rendered
                        : new Hit(BodyNames.of(rendered.name()), rendered.start(), rendered.end());
                if (h.name() == null || known.contains(h.name().toLowerCase(Locale.ROOT))
                        || !takeOver(part, marks.get(p), h, taken)) {
                    continue;
                }
                for (int k = h.start(); k < h.end(); k++) {
                    marks.get(p)[k] = EntityKind.ORGANIZATION;
                }
                if (SpokespersonTitles.opens(part.tokens(), h.start(), language)) {
                    continue; // "سخنگوی وزارت خارجه": an office, its words read by no other rule
                }
                mentions.computeIfAbsent(h.name(), n -> new ArrayList<>())
                        .add(NameRecognizer.written(part, h.start(), h.end()));
            }
        }
        joinBareToCountryForms(mentions, known);
        List<EntityTag> out = new ArrayList<>(mentions.size());
        mentions.forEach((name, written) -> out.add(new EntityTag(EntityKind.ORGANIZATION, name, null, null,
                List.copyOf(new LinkedHashSet<>(written)), written.size())));
        return new Found(out, taken.isEmpty() ? curated : without(curated, taken));
    }

    /**
     * Counts a bare rendered name for the one rendered name of the same article that is it plus "of [country]": a
     * headline's "Parti communiste" after the body's "Parti communiste du Vietnam", "la Cour suprême" after "la Cour
     * suprême du Kenya", is that body, not a second one named by no country. Left alone when two such names exist.
     * When that body is a curated one ({@code known}, lower-cased names), the bare name is not reported.
     */
    private static void joinBareToCountryForms(Map<String, List<String>> mentions, Set<String> known) {
        for (String bare : List.copyOf(mentions.keySet())) {
            String prefix = bare.toLowerCase(Locale.ROOT) + " of ";
            String longer = null;
            int count = 0;
            for (String name : mentions.keySet()) {
                if (name.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                    longer = name;
                    count++;
                }
            }
            for (String name : known) {
                count += name.startsWith(prefix) ? 1 : 0;
            }
            if (count == 1 && longer != null) {
                mentions.get(longer).addAll(mentions.remove(bare));
            } else if (count == 1) {
                mentions.remove(bare); // a curated body's: counted for it by no mention, but no second body
            }
        }
    }

    private static List<Hit> hits(TokenizedText part, LinkedMentions linked, String language) {
        List<Hit> hits = new ArrayList<>(switch (language) {
            case "en" -> EnglishBodies.scan(part.text(), part.tokens(), linked);
            case "fr" -> FrenchBodies.scan(part.tokens(), linked);
            default -> ArabicScriptBodies.scan(part.tokens(), linked, language);
        });
        hits.addAll(CountryBodies.scan(part.text(), part.tokens(), linked, language));
        hits.addAll(NationalAgencies.scan(part.tokens(), linked, language));
        hits.addAll(ImpliedCountryBodies.scan(part.tokens(), linked, language));
        hits.addAll(NationalFederations.scan(part.tokens(), linked, language));
        hits.addAll(BareBodies.scan(part.text(), part.tokens(), linked, language));
        if ("fr".equals(language)) {
            hits.addAll(FrenchOrganisationNames.scan(part.text(), part.tokens(), linked));
            hits.addAll(EnglishNamesInFrench.scan(part));
        }
        return hits;
    }

    /**
     * Whether the hit may be reported: none of its words belongs to a linked person, and a linked organisation
     * among them lies wholly inside it, the hit being longer (such mentions are then counted in {@code taken}).
     */
    private static boolean takeOver(TokenizedText part, EntityKind[] mark, Hit h, Map<String, Integer> taken) {
        boolean free = true;
        boolean longer = false;
        for (int k = h.start(); k < h.end(); k++) {
            if (mark[k] == EntityKind.PERSON) {
                return false;
            }
            free &= mark[k] != EntityKind.ORGANIZATION;
            longer |= mark[k] != EntityKind.ORGANIZATION;
        }
        if (free) {
            return true;
        }
        boolean spills = (h.start() > 0 && mark[h.start()] == EntityKind.ORGANIZATION
                && mark[h.start() - 1] == EntityKind.ORGANIZATION)
                || (h.end() < mark.length && mark[h.end() - 1] == EntityKind.ORGANIZATION
                && mark[h.end()] == EntityKind.ORGANIZATION);
        if (spills || !longer) {
            return false;
        }
        int k = h.start();
        while (k < h.end()) {
            int e = k;
            while (e < h.end() && mark[e] == EntityKind.ORGANIZATION) {
                e++;
            }
            if (e > k) {
                taken.merge(NameRecognizer.written(part, k, e).toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            k = e + 1;
        }
        return true;
    }

    /** The curated entities less the mentions taken over; an organisation left with none is dropped. */
    private static List<EntityTag> without(List<EntityTag> curated, Map<String, Integer> taken) {
        List<EntityTag> out = new ArrayList<>(curated.size());
        for (EntityTag tag : curated) {
            int lost = 0;
            if (tag.type() == EntityKind.ORGANIZATION) {
                for (String m : tag.mentions()) {
                    Integer n = taken.remove(m.toLowerCase(Locale.ROOT));
                    lost += n == null ? 0 : n;
                }
            }
            if (lost == 0) {
                out.add(tag);
            } else if (tag.count() > lost) {
                out.add(new EntityTag(tag.type(), tag.name(), tag.id(), tag.countryCode(), tag.mentions(),
                        tag.count() - lost));
            }
        }
        return out;
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
