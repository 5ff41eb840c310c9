package io.newspipe.streams.tag;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The name a curated organisation or person is reported under, from its canonical English name (a Wikipedia
 * title): without Wikipedia's disambiguation ("Liberal Democratic Party (Japan)"), and for a sports club without
 * the club-type suffix of its title ("Persepolis F.C.", "Sepahan S.C.", "Al-Ittihad Club (Jeddah)", "Valencia CF"):
 * news and the labelled sets name a club by its common name (Persepolis, Al-Ittihad, Valencia), as the curated
 * lists' newer rows already write it ("Brentford (club)"); and a country's judiciary by its Wikipedia title
 * ("Judiciary of Iran", the title of every "Judiciary of X" article), where the curated row says "Iranian
 * Judiciary". The id is made from the full canonical name, so it does not change. Stateless and thread-safe.
 */
final class ReportedNames {
    /** Club-type abbreviations that end a club's Wikipedia title. */
    private static final List<String> CLUB_SUFFIXES = List.of(" F.C.", " FC", " S.C.", " SC", " CF");
    /** "Club" ends an Arab club's title ("Al-Hilal Club", "Abha Club"), and the names of other clubs too. */
    private static final String CLUB = " Club";

    private ReportedNames() {
    }

    /** " Judiciary" ends the project's "[adjective] Judiciary" name of a country's courts. */
    private static final String JUDICIARY = " Judiciary";

    /**
     * The reported name of a curated entity of kind {@code kind} whose canonical name is {@code canonical}, of the
     * country with ISO code {@code countryCode} (null when none): {@link #of(EntityKind, String)}, but a national
     * judiciary named by its country's adjective is reported "Judiciary of [country]".
     */
    static String of(EntityKind kind, String canonical, String countryCode) {
        Objects.requireNonNull(canonical, "canonical");
        if (kind == EntityKind.ORGANIZATION && countryCode != null && canonical.endsWith(JUDICIARY)) {
            String adjective = EnglishDemonyms.of(countryCode);
            String country = new Locale("", countryCode).getDisplayCountry(Locale.ENGLISH);
            if (adjective != null && canonical.equals(adjective + JUDICIARY) && !country.isBlank()
                    && !country.equals(countryCode)) {
                return "Judiciary of " + country;
            }
        }
        return of(kind, canonical);
    }

    /** The reported name of a curated entity of kind {@code kind} whose canonical name is {@code canonical}. */
    static String of(EntityKind kind, String canonical) {
        Objects.requireNonNull(kind, "kind");
        String name = kind == EntityKind.ORGANIZATION && PartyFactions.named(canonical) ? canonical
                : beforeParenthesis(canonical);
        if (kind != EntityKind.ORGANIZATION) {
            return name;
        }
        for (String suffix : CLUB_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length() + 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        if (name.endsWith(CLUB) && arabClub(name.substring(0, name.length() - CLUB.length()))) {
            return name.substring(0, name.length() - CLUB.length());
        }
        return name;
    }

    /** The name without Wikipedia's disambiguation in parentheses. */
    static String beforeParenthesis(String name) {
        int p = name.indexOf(" (");
        return p > 0 ? name.substring(0, p).strip() : name;
    }

    /**
     * Whether a name before "Club" is an Arab club's: one word ("Abha", "Dhofar") or a word with the article
     * ("Al-Hilal", "Shabab Al-Ahli", "Al Jazira"); not a society such as the "Young Journalists Club".
     */
    private static boolean arabClub(String stem) {
        if (!stem.contains(" ")) {
            return !stem.isEmpty();
        }
        for (String word : stem.split(" ")) {
            if (word.startsWith("Al-") || word.equals("Al")) {
                return true;
            }
        }
        return false;
    }
}
