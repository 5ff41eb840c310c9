package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TaggedText.entities;
import static io.newspipe.streams.tag.TaggedText.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationCuesTest {
    private static List<String> organisations(String language, String title, String body) {
        return names(entities(language, title, body), EntityKind.ORGANIZATION);
    }

    @Test
    void englishNameAfterACompanyNounIsAnOrganisationAsWritten() {
        assertThat(organisations("en", "Chip deal",
                "Investors cheered on Monday after the Hanoi-based start-up Kestrava agreed to sell a stake to the"
                        + " chipmaker Norvalis Semiconductor, which makes sensors for cars and phones."))
                .contains("Kestrava", "Norvalis Semiconductor");
    }

    @Test
    void englishApposition() {
        assertThat(organisations("en", "Buyout",
                "The fund agreed on Tuesday to buy Brightmoor, a healthcare software start-up owned by a family"
                        + " trust. Police blamed a feud between factions of Los Tordos, the country's largest gang, for"
                        + " the attack on the prison."))
                .contains("Brightmoor", "Los Tordos");
    }

    @Test
    void englishLegalFormIsDroppedFromTheName() {
        assertThat(organisations("en", "Supplier",
                "The parts were made by Quorvane Ltd under a contract signed last year, the ministry said."))
                .contains("Quorvane");
    }

    @Test
    void frenchNameAfterACompanyNounOrAPublisherIsReportedAsWritten() {
        assertThat(organisations("fr", "Rachat",
                "Le constructeur Valmarec a annoncé lundi le rachat de la start-up Ondilia, spécialisée dans les"
                        + " batteries. Le roman, publié chez Lormière, a été traduit en douze langues."))
                .contains("Valmarec", "Ondilia", "Lormière");
    }

    @Test
    void personsPlacesRolesAndPossessivesAreNotRead() {
        List<String> orgs = organisations("en", "Results",
                "The company founder James Holloway said sales rose. Holloway, the company's chief executive, spoke"
                        + " in Dorvik, the company said. Meanwhile, the firm Chief Executive Anna Berg resigned, and the"
                        + " company Tuesday cut its forecast. Shares fell in Dorvik, a company town.");
        assertThat(orgs).doesNotContain("James Holloway", "Holloway", "Chief Executive", "Anna Berg", "Tuesday",
                "Meanwhile", "Dorvik");
    }

    @Test
    void aCueAtTheEndOfASentenceDoesNotReachIntoTheNext() {
        List<String> orgs = organisations("en", "Deal",
                "The deal was signed by the country's largest conglomerate. Officials hope it will draw investment.");
        assertThat(orgs).doesNotContain("Officials");
    }

    @Test
    void namesThatGoOnPastAConnectorAreLeftAlone() {
        List<String> orgs = organisations("en", "Merger",
                "Shareholders of the company Harwell & Pike approved the merger on Friday.");
        assertThat(orgs).doesNotContain("Harwell", "Pike");
    }

    @Test
    void innerCapitalIsABrandSpelling() {
        assertThat(OrganisationCues.innerCapital("VinoTech")).isTrue();
        assertThat(OrganisationCues.innerCapital("Kestrava")).isFalse();
        assertThat(OrganisationCues.innerCapital("NATO")).isFalse();
    }

    @Test
    void frenchCountryAdjectiveAfterACueOrAnArticleAnnouncesACompany() {
        List<String> orgs = organisations("fr", "Chimie",
                "L'usine a été reprise par le groupe chinois Torvella, tandis que le japonais Kestrava Motors"
                        + " ferme un site. Le Français Marc Dorvin a salué l'accord.");
        assertThat(orgs).contains("Torvella", "Kestrava Motors").doesNotContain("Marc Dorvin");
    }

    @Test
    void teamsMediaAndFundsAreCompanyNouns() {
        assertThat(organisations("fr", "Rallye", "Il roule pour l'écurie Varnex Racing depuis trois saisons."))
                .contains("Varnex Racing");
        assertThat(organisations("en", "Deal", "The fund Orvel Capital bought a stake in the studio Brightmoor."))
                .contains("Orvel Capital", "Brightmoor");
    }
}
