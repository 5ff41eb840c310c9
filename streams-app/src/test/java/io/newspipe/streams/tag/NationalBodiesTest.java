package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TaggedText.organisations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The national bodies of every country: electoral commissions named by rule and reported only under their listed
 * titles, the body-names.tsv titles of central banks, courts and guards, the curated national-bodies block of
 * orgs-extra.tsv and the heads of government and foreign ministers of people-extra.tsv, with ordinary words left alone.
 */
class NationalBodiesTest {
    private static final String ELECTORAL = "Electoral Commission of ";
    private static final Set<String> COUNTRY_NAMES = countryNames();

    @Test
    void aCountrysElectoralCommissionIsReportedUnderItsOwnTitleInEveryLanguage() {
        assertThat(organisations("en", "Vote count delayed",
                "Malawi's electoral commission said on Monday that the count would take another three days."))
                .contains("Malawi Electoral Commission");
        assertThat(organisations("fr", "Report du scrutin",
                "La commission électorale nationale indépendante du Togo a annoncé lundi le report du scrutin."))
                .contains("Independent National Electoral Commission of Togo");
        assertThat(organisations("ar", "نتائج الانتخابات",
                "أعلنت لجنة الانتخابات الباكستانية يوم الاثنين النتائج الأولية للانتخابات العامة في البلاد."))
                .contains("Election Commission of Pakistan");
        assertThat(organisations("fa", "نتایج انتخابات",
                "کمیسیون انتخابات بنگلادش روز دوشنبه نتایج اولیه انتخابات پارلمانی را اعلام کرد."))
                .contains("Bangladesh Election Commission");
    }

    @Test
    void anElectoralCommissionWithoutAListedTitleIsNotGivenAGenericName() {
        assertThat(organisations("en", "Turnout figures",
                "Italy's electoral commission published the turnout figures for the regional vote on Monday."))
                .noneMatch(n -> n.startsWith(ELECTORAL));
    }

    @Test
    void centralBanksCourtsAndGuardsTakeTheTitlesOfBodyNames() {
        assertThat(organisations("en", "Rates held",
                "Nepal's central bank kept its policy rate unchanged on Sunday, citing slowing inflation."))
                .contains("Nepal Rastra Bank");
        assertThat(organisations("en", "Ruling annulled",
                "Honduras' Supreme Court annulled the ruling on Tuesday after an appeal by the prosecutors."))
                .contains("Supreme Court of Justice of Honduras");
        assertThat(organisations("en", "Migrants rescued",
                "The Greek Coast Guard said it rescued 40 migrants off the island of Lesbos on Friday."))
                .contains("Hellenic Coast Guard");
        assertThat(organisations("en", "Rates raised",
                "Niger's central bank is the regional one; Senegal's central bank raised its rate on Friday."))
                .contains("Central Bank of West African States");
    }

    @Test
    void theCuratedNationalBodiesAreLinkedWithTheirCountry() {
        List<EntityTag> tags = TaggedText.entities("en", "Census results",
                "The Bangladesh Bureau of Statistics and the Ethiopian Broadcasting Corporation both reported on "
                        + "the census, while the Royal Papua New Guinea Constabulary arrested two men.");
        assertThat(tags).filteredOn(t -> t.type() == EntityKind.ORGANIZATION)
                .extracting(EntityTag::name, EntityTag::id)
                .contains(tuple("Bangladesh Bureau of Statistics", "newspipe:organization:bangladesh-bureau-of-statistics"),
                        tuple("Ethiopian Broadcasting Corporation",
                                "newspipe:organization:ethiopian-broadcasting-corporation"),
                        tuple("Royal Papua New Guinea Constabulary",
                                "newspipe:organization:royal-papua-new-guinea-constabulary"));
        assertThat(organisations("fr", "Grève",
                "L'Agence togolaise de presse rapporte que le Parti démocratique gabonais a tenu son congrès."))
                .contains("Togolese Press Agency", "Gabonese Democratic Party");
    }

    @Test
    void aBodyNamedAroundItsCountryLeavesTheCountryCounted() {
        List<EntityTag> tags = TaggedText.entities("en", "Court ruling",
                "Bangladesh's Supreme Court ruled on Monday, and Malawi's electoral commission and Zimbabwe's "
                        + "Electoral Commission published results.");
        assertThat(TaggedText.names(tags, EntityKind.COUNTRY)).contains("Bangladesh", "Malawi", "Zimbabwe");
        assertThat(TaggedText.names(tags, EntityKind.ORGANIZATION)).contains("Supreme Court of Bangladesh",
                "Malawi Electoral Commission", "Zimbabwe Electoral Commission");
    }

    @Test
    void headsOfGovernmentAndForeignMinistersAreLinked() {
        List<String> people = TaggedText.names(TaggedText.entities("en", "Talks in Honiara",
                "Prime Minister Jeremiah Manele met Uganda's Robinah Nabbanja and Vanuatu's Charlot Salwai, while "
                        + "foreign ministers Vivian Balakrishnan and Robert Dussey held talks in the capital."),
                EntityKind.PERSON);
        assertThat(people).contains("Jeremiah Manele", "Robinah Nabbanja", "Charlot Salwai", "Vivian Balakrishnan",
                "Robert Dussey");
    }

    @Test
    void ordinaryWordsAndPhrasesStayWords() {
        List<String> orgs = organisations("en", "Security cameras",
                "CCTV footage showed the suspects leaving. Officials said the talks would Move Forward next week "
                        + "and that Civil Contract law applies; the Self Defense class was full.");
        assertThat(orgs).noneMatch(n -> n.contains("Television") || n.contains("Move Forward")
                || n.contains("Civil Contract"));
    }

    @Test
    void everyElectoralTitleNamesAKnownCountryAndACuratedBody() {
        Set<String> curated = new HashSet<>();
        for (String file : List.of("orgs-people.tsv", "orgs-extra.tsv")) {
            EntityDictionaryLoader.readTsv(file, false, row -> curated.add(reported(row[2])));
        }
        List<String> wrong = new ArrayList<>();
        EntityDictionaryLoader.readTsv("body-names.tsv", false, row -> {
            if (!row[0].startsWith(ELECTORAL)) {
                return;
            }
            String country = row[0].substring(ELECTORAL.length()).replaceFirst("^the ", "");
            // "Georgia" alone is left unlinked (also a US state): the names CLDR gives count as well
            boolean known = COUNTRY_NAMES.contains(country) || TaggedText.linked("en", country)
                    .stream().anyMatch(t -> t.type() == EntityKind.COUNTRY && t.name().equals(country));
            if (!known || !curated.contains(row[1].strip().toLowerCase(Locale.ROOT))) {
                wrong.add(row[0] + " -> " + row[1] + (known ? " (no curated body)" : " (no such country name)"));
            }
        });
        assertThat(wrong).isEmpty();
    }

    private static Set<String> countryNames() {
        Set<String> out = new HashSet<>();
        for (String code : Locale.getISOCountries()) {
            out.add(new com.ibm.icu.util.ULocale("", code).getDisplayCountry(com.ibm.icu.util.ULocale.ENGLISH));
        }
        return out;
    }

    private static String reported(String canonical) {
        int p = canonical.indexOf(" (");
        return (p > 0 ? canonical.substring(0, p) : canonical).strip().toLowerCase(Locale.ROOT);
    }
}
