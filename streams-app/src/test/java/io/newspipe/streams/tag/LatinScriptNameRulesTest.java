package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TaggedText.entities;
import static io.newspipe.streams.tag.TaggedText.names;
import static io.newspipe.streams.tag.TaggedText.organisations;
import static io.newspipe.streams.tag.TaggedText.people;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Latin-script name rules across the finders (NameWords, OrganisationFinder, OrganisationCues, UnlistedPlaces and
 * the covering names): hyphenated Korean given names, two bodies joined by "and the", a US
 * federal body without the country's abbreviation, bodies after a noun of a party or association, named sites closed
 * by a hospital, prison, palace or park, a place after "près de", and diseases and aircraft named after a place or
 * a maker.
 */
class LatinScriptNameRulesTest {
    @Test
    void hyphenatedKoreanGivenNamesStayWhole() {
        assertThat(people("en", "Seoul names acting leader",
                "Acting President Kang Min-jun chaired an emergency meeting on Sunday. The carmaker's chief"
                        + " executive, Lee O-young, apologised to the families of the victims."))
                .contains("Kang Min-jun", "Lee O-young").doesNotContain("Kang Min");
    }

    @Test
    void aLowerCaseWordAfterAHyphenJoinsNoOtherName() {
        assertThat(NameWordsProbe.run("en", "Post-war Germany rebuilt its cities.")).isEqualTo(1);
        assertThat(NameWordsProbe.run("en", "Kang Min-jun spoke.")).isEqualTo(3);
        assertThat(NameWordsProbe.run("en", "Prime Minister-designate Ali spoke.")).isEqualTo(2);
    }

    @Test
    void twoBodiesJoinedByAndTheAreBothFound() {
        assertThat(organisations("en", "Unions end strike",
                "The walkout by the Kenya Medical Association and the Nurses Union had shut down the national"
                        + " hospitals."))
                .contains("Kenya Medical Association", "Nurses Union");
    }

    @Test
    void aUsFederalBodyIsNamedWithoutTheCountrysAbbreviation() {
        List<EntityTag> tags = entities("en", "Crash inquiry",
                "Lawyers from the US National Mediation Council joined the talks on the strike in Seattle.");
        assertThat(names(tags, EntityKind.ORGANIZATION)).contains("National Mediation Council")
                .doesNotContain("US National Mediation Council");
        assertThat(names(tags, EntityKind.COUNTRY)).contains("United States");
    }

    @Test
    void aBodyAfterANounOfAPartyOrAssociation() {
        assertThat(organisations("fr", "Élection",
                "Le candidat du parti Kandara Yenga a été battu, selon l'association Tourou Leka, qui observait"
                        + " le scrutin dans tout le pays.")).contains("Kandara Yenga", "Tourou Leka");
    }

    @Test
    void sitesClosedByAHospitalPrisonPalaceOrPark() {
        assertThat(names(entities("en", "Outbreak", "Nurses at Mwanaka Referral Hospital treated the patients, and"
                + " rangers closed Ndovu Kubwa Park to visitors."), EntityKind.PLACE))
                .contains("Mwanaka Referral Hospital", "Ndovu Kubwa Park");
    }

    @Test
    void aPlaceAfterPresDe() {
        assertThat(names(entities("fr", "Cyclone", "Le cyclone a touché terre mercredi près de Vohibato, sur la côte"
                + " est, selon les secours."), EntityKind.PLACE)).contains("Vohibato");
    }

    @Test
    void diseasesAndAircraftNamedAfterAPlaceOrAMaker() {
        List<EntityTag> tags = entities("en", "Outbreak and crash", "Brazil reported a rise in Zika virus"
                + " cases on Thursday. Separately, an Airbus A320 overran a runway in Brazil.");
        assertThat(names(tags, EntityKind.COUNTRY)).containsExactly("Brazil");
        assertThat(names(tags, EntityKind.ORGANIZATION)).doesNotContain("Airbus");
    }
}
