package io.newspipe.streams.tag;

import java.util.Map;
import java.util.Set;

/**
 * The official English portfolio of a few countries' ministries where it differs from the short portfolio a
 * text writes ("وزارت بهداشت" in Iran is the Ministry of Health and Medical Education, Lebanon's health
 * ministry the Ministry of Public Health): knowledge of how these governments name their ministries, for
 * {@link RenderedOrganisations#ministry}. Immutable and thread-safe.
 */
final class OfficialPortfolios {
    private static final Map<String, String> IRAN = Map.ofEntries(
            Map.entry("Health", "Health and Medical Education"),
            Map.entry("Science", "Science, Research and Technology"),
            Map.entry("Economy", "Economic Affairs and Finance"),
            Map.entry("Finance", "Economic Affairs and Finance"),
            Map.entry("Defence", "Defence and Armed Forces Logistics"),
            Map.entry("Communications", "Information and Communications Technology"),
            Map.entry("Agriculture", "Agriculture Jihad"),
            Map.entry("Oil", "Petroleum"),
            Map.entry("Culture", "Culture and Islamic Guidance"),
            Map.entry("Labour", "Cooperatives, Labour, and Social Welfare"),
            Map.entry("Trade", "Industry, Mine and Trade"),
            Map.entry("Industry", "Industry, Mine and Trade"),
            Map.entry("Tourism", "Cultural Heritage, Tourism and Handicrafts"),
            Map.entry("Sports", "Sports and Youth"));
    private static final Map<String, Map<String, String>> BY_COUNTRY = Map.of("IR", IRAN,
            "LB", Map.of("Health", "Public Health"), "QA", Map.of("Health", "Public Health"),
            "AF", Map.of("Health", "Public Health"), "EG", Map.of("Health", "Health and Population"),
            "MA", Map.of("Finance", "Economy and Finance", "Economy", "Economy and Finance"),
            "IQ", Map.of("Petroleum", "Oil"),
            "OM", Map.of("Higher Education, Scientific Research and Innovation", "Higher Education, Research and Innovation"));
    /**
     * Portfolios no other government names a ministry after: the ministry goes by its bare name, as English
     * Wikipedia titles it ("Ministry of Health and Medical Education", not "Iranian Ministry of ...").
     */
    private static final Set<String> DISTINCTIVE = Set.of("Health and Medical Education",
            "Science, Research and Technology", "Economic Affairs and Finance", "Defence and Armed Forces Logistics",
            "Information and Communications Technology", "Agriculture Jihad", "Culture and Islamic Guidance",
            "Cooperatives, Labour, and Social Welfare", "Industry, Mine and Trade",
            "Cultural Heritage, Tourism and Handicrafts", "Roads and Urban Development", "Hajj and Umrah");
    /** Ministries a country names otherwise than "Ministry of ...": the United Kingdom's and France's. */
    private static final Map<String, Map<String, String>> OWN_NAMES = Map.of(
            "GB", Map.of("Foreign Affairs", "Foreign, Commonwealth and Development Office", "Interior", "Home Office",
                    "Treasury", "HM Treasury", "Finance", "HM Treasury"),
            "FR", Map.of("Foreign Affairs", "Ministry for Europe and Foreign Affairs",
                    "Europe and Foreign Affairs", "Ministry for Europe and Foreign Affairs"));

    /** The United States' executive departments by the portfolio other languages call a ministry. */
    private static final Map<String, String> US_DEPARTMENTS = Map.ofEntries(Map.entry("Foreign Affairs", "State"),
            Map.entry("Treasury", "the Treasury"), Map.entry("Finance", "the Treasury"),
            Map.entry("Defence", "Defense"), Map.entry("Defense", "Defense"), Map.entry("Justice", "Justice"),
            Map.entry("Homeland Security", "Homeland Security"), Map.entry("Trade", "Commerce"),
            Map.entry("Energy", "Energy"), Map.entry("Health", "Health and Human Services"),
            Map.entry("Education", "Education"), Map.entry("Agriculture", "Agriculture"),
            Map.entry("Labour", "Labor"), Map.entry("Labor", "Labor"), Map.entry("Transport", "Transportation"),
            Map.entry("Interior", "the Interior"), Map.entry("Housing", "Housing and Urban Development"));

    private OfficialPortfolios() {
    }

    /**
     * "US Department of State" for what another language calls the US foreign ministry; null when the portfolio
     * is no US department.
     */
    static String usDepartment(String portfolio) {
        String department = US_DEPARTMENTS.get(portfolio);
        return department == null ? null : "US Department of " + department;
    }

    /**
     * The ministry's own full name when it is not "[adjective] Ministry of [portfolio]": a country's own name for
     * it (the United Kingdom's Home Office) or the bare name of a distinctive portfolio; else null.
     *
     * @param code the country's ISO code, or null when unknown
     * @param official the official portfolio ({@link #of})
     */
    static String ownName(String code, String official) {
        Map<String, String> own = code == null ? null : OWN_NAMES.get(code);
        if (own != null && own.containsKey(official)) {
            return own.get(official);
        }
        if (official.equals("Europe and Foreign Affairs")) {
            return OWN_NAMES.get("FR").get(official);
        }
        return DISTINCTIVE.contains(official) ? "Ministry of " + official : null;
    }

    /** The official portfolio of the country with ISO code {@code code} for {@code portfolio}, else {@code portfolio}. */
    static String of(String code, String portfolio) {
        Map<String, String> names = code == null ? null : BY_COUNTRY.get(code);
        return names == null ? portfolio : names.getOrDefault(portfolio, portfolio);
    }
}
