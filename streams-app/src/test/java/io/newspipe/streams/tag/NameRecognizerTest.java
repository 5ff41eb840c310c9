package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TaggedText.entities;
import static io.newspipe.streams.tag.TaggedText.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameRecognizerTest {
    private static Optional<EntityTag> find(List<EntityTag> tags, EntityKind kind, String name) {
        return tags.stream().filter(t -> t.type() == kind && t.name().equals(name)).findFirst();
    }

    @Test
    void personAfterARoleIsNamedInFullAndLaterSurnamesCount() {
        List<EntityTag> tags = entities("en", "Kenya names new finance chief",
                "Kenya's president on Monday appointed Finance Minister Njuguna Kamau Mwangi to lead talks with"
                        + " lenders. Mwangi told reporters the country would meet its debt payments. Opposition"
                        + " lawmakers said Mwangi had little room to cut spending before the next budget.");
        EntityTag person = find(tags, EntityKind.PERSON, "Njuguna Kamau Mwangi").orElseThrow();
        assertThat(person.id()).isNull();
        assertThat(person.countryCode()).isNull();
        assertThat(person.count()).isEqualTo(3);
        assertThat(person.mentions()).containsExactly("Njuguna Kamau Mwangi", "Mwangi");
        assertThat(names(tags, EntityKind.PERSON)).containsExactly("Njuguna Kamau Mwangi");
    }

    @Test
    void lowerCaseRolesGivenNamesAndReportingVerbs() {
        List<EntityTag> tags = entities("en", "Late goal sends hosts through",
                "The hosts won 2-1 after striker Kelechi Iheanacho scored in stoppage time, and coach Finidi George"
                        + " praised the crowd. Ahmed Musa, a fan from Lagos, watched from the stands. Ade Okonkwo"
                        + " said the team had finally found its rhythm.");
        assertThat(names(tags, EntityKind.PERSON)).contains("Kelechi Iheanacho", "Finidi George", "Ahmed Musa",
                "Ade Okonkwo");
    }

    @Test
    void organisationsAroundAHeadNounWithAcronymsAsMentions() {
        List<EntityTag> tags = entities("en", "Electoral body delays vote count",
                "The National Electoral Commission (NEC) said on Tuesday it would delay the final count by two"
                        + " days. The NEC blamed late returns from remote districts. Observers from the Makerere"
                        + " Institute of Social Research said the delay was within the law, while the Alliance for"
                        + " National Transformation called it suspicious.");
        EntityTag nec = find(tags, EntityKind.ORGANIZATION, "National Electoral Commission").orElseThrow();
        assertThat(nec.id()).isNull();
        assertThat(nec.mentions()).containsExactly("National Electoral Commission", "NEC");
        assertThat(nec.count()).isEqualTo(3);
        assertThat(names(tags, EntityKind.ORGANIZATION)).contains("Makerere Institute of Social Research");
    }

    @Test
    void namesOpeningWithALinkedCountryOrPlaceAreCounted() {
        List<EntityTag> tags = entities("en", "Sanctions widen",
                "The US Department of the Treasury said on Monday it had sanctioned two firms, and researchers at"
                        + " the University of Nairobi said the IT Department of one firm had shut down.");
        assertThat(names(tags, EntityKind.ORGANIZATION)).containsExactlyInAnyOrder(
                "US Department of the Treasury", "University of Nairobi");
    }

    @Test
    void genericBodiesDatesAndPlacesAreNoNames() {
        List<EntityTag> tags = entities("en", "Ministry says talks will resume",
                "The Foreign Ministry said on Monday that the Supreme Court would rule in March. Officials in"
                        + " Nairobi said the Interior Ministry had not been consulted. Security Forces were deployed"
                        + " along the border, and Monday Night Football was cancelled.");
        assertThat(names(tags, EntityKind.ORGANIZATION)).doesNotContain("Foreign Ministry", "Supreme Court",
                "Interior Ministry", "Security Forces");
        assertThat(names(tags, EntityKind.PERSON)).isEmpty();
    }

    @Test
    void companiesVenuesAndStreetsAreNoPeopleAndInitialsJoinAName() {
        List<EntityTag> tags = entities("en", "Dockers vote to strike",
                "Eastgate Ports said it was disappointed by the vote. Fans gathered at the Pepsi Center and the"
                        + " Riverbend Music Center, and barriers went up on Marine Parade. The band Doobie Brothers"
                        + " announced a tour, and George R. R. Martin signed books. Kotak Institutional Equities said"
                        + " growth would slow, according to Penelope Muse Abernathy of the University of Lagos.");
        // a name with initials is one person, named in full ("George R. R. Martin"), not split at the full stops
        assertThat(names(tags, EntityKind.PERSON)).containsExactlyInAnyOrder("George R. R. Martin",
                "Penelope Muse Abernathy");
        assertThat(names(tags, EntityKind.ORGANIZATION)).containsExactly("University of Lagos");
    }

    @Test
    void curatedEntitiesKeepPriorityAndAreNotTaggedTwice() {
        List<EntityTag> tags = entities("en", "Macron and Sudani meet",
                "French President Emmanuel Macron met Prime Minister Mohammed Shia al-Sudani in Paris. Macron said"
                        + " the talks covered oil and security. The Central Bank of Iraq and the Central Bank of Liberia"
                        + " welcomed the visit.");
        assertThat(find(tags, EntityKind.PERSON, "Emmanuel Macron").orElseThrow().id()).isNotNull();
        assertThat(names(tags, EntityKind.PERSON)).containsExactlyInAnyOrder("Emmanuel Macron",
                "Mohammed Shia al-Sudani");
        assertThat(find(tags, EntityKind.ORGANIZATION, "Central Bank of Iraq").orElseThrow().id()).isNotNull();
        EntityTag bank = find(tags, EntityKind.ORGANIZATION, "Central Bank of Liberia").orElseThrow();
        assertThat(bank.id()).isNull();
        assertThat(tags.stream().filter(t -> t.name().equals("Central Bank of Iraq"))).hasSize(1);
        assertThat(find(tags, EntityKind.COUNTRY, "Liberia")).isPresent();
    }

    @Test
    void frenchRolesReportingAndOrganisations() {
        List<EntityTag> tags = entities("fr", "Le gouvernement présente son budget",
                "Le ministre de l'Intérieur Hervé Lacombe a présenté mardi le texte, a déclaré Maud Bregeon,"
                        + " porte-parole du gouvernement. Selon Jean-Philippe Tanguy, le Rassemblement national"
                        + " votera contre. Le Parti socialiste a demandé des garanties et le président tunisien"
                        + " Hichem Mechichi a salué l'accord. M. Lacombe a promis un vote avant Noël.");
        List<String> people = names(tags, EntityKind.PERSON);
        assertThat(people).contains("Hervé Lacombe", "Maud Bregeon", "Jean-Philippe Tanguy", "Hichem Mechichi");
        assertThat(find(tags, EntityKind.PERSON, "Hervé Lacombe").orElseThrow().count()).isEqualTo(2);
        assertThat(names(tags, EntityKind.ORGANIZATION)).doesNotContain("Parti socialiste");
    }

    @Test
    void frenchOrganisationsAreReportedAsWrittenOnlyWhenAskedForElseRendered() {
        TaggerResources resources = TaggerResources.shared();
        TokenizedText body = TokenizedText.of("Le Parti socialiste a saisi la Banque centrale du Lesotho, tandis que la"
                + " Banque centrale européenne et l'Organisation mondiale de la santé se taisent.");
        List<EntityTag> curated = new EntityLinker(resources.dictionary(), TaggerSettings.defaults())
                .link(List.of(body), "fr");
        List<EntityTag> all = new NameRecognizer(resources.stopwords(), true).addTo(curated, List.of(body), "fr");
        assertThat(names(all, EntityKind.ORGANIZATION)).contains("Parti socialiste", "Banque centrale du Lesotho",
                "European Central Bank", "World Health Organization");
        assertThat(all.stream().filter(t -> t.id() == null).map(EntityTag::name)).containsExactlyInAnyOrder(
                "Parti socialiste", "Banque centrale du Lesotho");
        List<EntityTag> byDefault = new NameRecognizer(resources.stopwords()).addTo(curated, List.of(body), "fr");
        assertThat(byDefault).containsAll(curated);
        // "Parti socialiste" is a head and an adjective only: rendered word for word (FrenchOrganisationNames)
        assertThat(byDefault.stream().filter(t -> t.id() == null).map(EntityTag::name))
                .containsExactlyInAnyOrder("Central Bank of Lesotho", "Socialist Party");
    }

    @Test
    void otherLanguagesAndTitleCaseHeadlinesAreLeftAlone() {
        List<EntityTag> ar = entities("ar", "وزير الخارجية يزور بغداد", "قال وزير الخارجية إن الزيارة ناجحة.");
        assertThat(ar).allSatisfy(t -> assertThat(t.id()).isNotNull());
        List<EntityTag> en = entities("en", "Prices Rise As Central Planning Office Warns Of Shortages",
                "Prices of bread and fuel rose again this week, traders in the capital said.");
        assertThat(names(en, EntityKind.ORGANIZATION)).isEmpty();
    }

    @Test
    void appositionsPresentTenseQuotesAndSentenceInitialRolesAreCues() {
        List<EntityTag> fr = entities("fr", "Crise au port",
                "« Nous ne céderons pas », explique Moussa Keita, responsable syndical. Aïssata Coulibaly, ancienne"
                        + " Première ministre, a critiqué le texte. Interrogé mardi, Boubacar Traoré a refusé de"
                        + " commenter.");
        assertThat(names(fr, EntityKind.PERSON)).contains("Moussa Keita", "Aïssata Coulibaly", "Boubacar Traoré");
        List<EntityTag> en = entities("en", "Port crisis deepens",
                "Aissata Coulibaly, a former prime minister, criticised the bill. Economist Tiemoko Sangare warned"
                        + " of a long crisis. Shipping volumes at the Eastgate Terminals fell by a third.");
        assertThat(names(en, EntityKind.PERSON)).contains("Aissata Coulibaly", "Tiemoko Sangare")
                .doesNotContain("Eastgate Terminals");
    }

    @Test
    void aCommaWithoutARoleIsNoApposition() {
        List<EntityTag> en = entities("en", "Storm hits coast",
                "Heavy rain hit Port Harbour, a fishing town, on Monday. Residents of Green Valley, the poorest"
                        + " district, were moved to schools.");
        assertThat(names(en, EntityKind.PERSON)).isEmpty();
    }

    @Test
    void aDemonymBeforeANameIsNoNameWord() {
        // bodies of 30 words and more: a shorter text is read like a headline (names found elsewhere only)
        assertThat(TaggedText.people("en", "Relay final",
                "The hosts won the relay on Thursday after the Americans Kenneth Torvel and Marcus Welk fell on the"
                        + " last bend, and the crowd in the stadium cheered loudly for more than a minute after."))
                .contains("Kenneth Torvel");
        assertThat(TaggedText.people("en", "Delays",
                "Passengers of American Airlines waited for hours on Monday after storms closed two runways, and the"
                        + " airline said it would refund every ticket bought for flights that day or the next."))
                .isEmpty();
    }

    @Test
    void athletesNamedByTheirSport() {
        assertThat(TaggedText.people("fr", "JO",
                "Le surfeur Kaimana Torvel a remporté la finale lundi devant un public acquis à sa cause, après une"
                        + " série de vagues que les juges ont notées parmi les meilleures de toute la compétition."))
                .contains("Kaimana Torvel");
        assertThat(TaggedText.people("en", "Games",
                "The skier Vorna Kelmet won the downhill on Sunday, ahead of two rivals who had led the season, and"
                        + " the crowd at the finish cheered loudly as the result appeared on the big screen."))
                .contains("Vorna Kelmet");
    }

    @Test
    void aJudgesJusticeIsATitleNotAName() {
        assertThat(TaggedText.people("en", "Verdict",
                "The judge, Justice Morven Tallis, said the sentence was too light, and the ruling of Chief Justice"
                        + " Oren Castell was upheld."))
                .contains("Morven Tallis", "Oren Castell").doesNotContain("Justice Morven Tallis");
    }

    @Test
    void tradesOutsidePoliticsIntroduceAPerson() {
        assertThat(TaggedText.people("en", "Gifts", "The gifts came from builder Tarvel Oskin and magnate Dorn Vask."))
                .contains("Tarvel Oskin", "Dorn Vask");
        assertThat(TaggedText.people("fr", "Procès",
                "Les amis de l'assaillant Torvak Ilsen ont été jugés, comme le dessinateur Brel Omvar."))
                .contains("Torvak Ilsen", "Brel Omvar");
    }

    @Test
    void aNameJoinedToAPersonsByAndIsAPersonToo() {
        assertThat(TaggedText.people("fr", "Verdict",
                "Marc Dorvin et Orvek Talmis ont été condamnés à seize ans de réclusion vendredi."))
                .contains("Marc Dorvin", "Orvek Talmis");
        assertThat(TaggedText.people("en", "Talks", "The talks between Orvek Talmis and Dorvik Holmsen failed."))
                .doesNotContain("Dorvik Holmsen");
    }
}
