package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Courts, senates, guards and legislatures named bare: the article country's own, or nothing. */
class BareBodiesTest {
    @Test
    void aBareCourtOrGuardIsTheArticlesCountrys() {
        assertThat(TaggedText.organisations("fr", "Élection validée",
                "Au Kenya, la Cour suprême a validé jeudi l'élection du président. Selon la Cour suprême, le scrutin"
                        + " était régulier, a annoncé la Garde nationale à Nairobi."))
                .contains("Supreme Court of Kenya", "Kenyan National Guard");
        assertThat(TaggedText.organisations("en", "Confirmation vote",
                "The Senate voted on Tuesday to confirm the nominee, and the Supreme Court will hear the case in the"
                        + " United States next year."))
                .contains("United States Senate", "Supreme Court of the United States");
    }

    @Test
    void theCountryNamedMostOftenCountsWhenNoneHasMostMentions() {
        assertThat(TaggedText.organisations("fr", "Tunisie : des campements démantelés",
                "Les autorités tunisiennes ont démantelé des campements près de Sfax, a annoncé la Garde nationale."
                        + " Des ONG dénoncent des expulsions vers les frontières avec l'Algérie et la Libye."))
                .contains("Tunisian National Guard");
    }

    @Test
    void aQualifiedLowerCaseOrUnplacedBodyIsNotNamed() {
        assertThat(TaggedText.organisations("en", "Hearing",
                "The state Senate met in Kenya on Monday, and the supreme court of appeal was closed in Kenya."))
                .noneMatch(n -> n.equals("Senate of Kenya") || n.equals("Supreme Court of Kenya"));
        assertThat(TaggedText.organisations("fr", "Vote",
                "La Haute Cour constitutionnelle de Madagascar et la Cour suprême du Canada ont statué, au Mali comme"
                        + " au Mali."))
                .noneMatch(n -> n.equals("Supreme Court of Mali") || n.equals("Constitutional Court of Mali"));
        assertThat(TaggedText.organisations("en", "Vote",
                "The Senate voted on Tuesday, as Kenya and Uganda watched the debate."))
                .noneMatch(n -> n.startsWith("Senate"));
    }

    @Test
    void aBareParliamentIsTheOnlyCountrysAndCountsEveryMention() {
        EntityTag p = TaggedText.entities("en", "Finance bill passes",
                "Kenyan lawmakers met on Tuesday in Nairobi. Parliament approved the new finance bill after a long"
                        + " debate, and the speaker of parliament said the vote was final.").stream()
                .filter(t -> t.name().equals("Parliament of Kenya")).findFirst().orElseThrow();
        assertThat(p.id()).isNull();
        assertThat(p.count()).isEqualTo(2);
    }

    @Test
    void theBodysOwnTitleReplacesTheGenericName() {
        assertThat(TaggedText.organisations("fr", "Grève générale",
                "Les syndicats turcs ont observé une grève contre la loi adoptée lundi par le Parlement. Les"
                        + " centrales estiment que le texte restreint le droit de grève."))
                .contains("Grand National Assembly of Turkey");
    }

    @Test
    void aHouseOfRepresentativesTakesTheCountryWrittenNextToIt() {
        assertThat(TaggedText.organisations("en", "Impeachment vote",
                "Nigeria's House of Representatives passed the bill on Tuesday, a spokesman said in Abuja, as Ghana"
                        + " and Togo followed the debate closely."))
                .contains("House of Representatives of Nigeria");
        assertThat(TaggedText.organisations("en", "Impeachment vote",
                "The House of Representatives of the Philippines voted on Wednesday, while China and Japan watched"
                        + " the debate closely."))
                .contains("House of Representatives of the Philippines");
    }

    @Test
    void aQualifiedOrUnplacedLegislatureIsNotNamed() {
        assertThat(TaggedText.organisations("en", "Vote in Strasbourg",
                "Kenyan and Ugandan envoys watched as the European Parliament voted, then walked to Parliament Square."))
                .noneMatch(n -> n.startsWith("Parliament of"));
        assertThat(TaggedText.organisations("fr", "Vote à Strasbourg",
                "Le Parlement européen a voté mardi une résolution sur le Sahel, a indiqué un communiqué."))
                .noneMatch(n -> n.contains("French Parliament"));
    }

    @Test
    void aCourtTakesTheLeadingCountryAParliamentOnlyTheSoleOne() {
        assertThat(TaggedText.organisations("en", "Ruling",
                "Kenya's opposition welcomed the ruling. The Supreme Court ruled on Monday and Parliament met later,"
                        + " while Kenya hosted envoys from Uganda."))
                .contains("Supreme Court of Kenya").noneMatch(n -> n.startsWith("Parliament of"));
    }

    @Test
    void anArticleOpeningTheSentenceLeavesTheBodyBareAndParliamentForIsItsSeat() {
        assertThat(TaggedText.organisations("fr", "Élection au Kenya",
                "Le scrutin a eu lieu au Kenya. La Cour suprême a validé jeudi l'élection du président."))
                .contains("Supreme Court of Kenya");
        assertThat(TaggedText.organisations("en", "By-election",
                "The Member of Parliament for Nairobi resigned on Monday, officials in Kenya said."))
                .contains("Parliament of Kenya");
    }

    @Test
    void aBareConstitutionalCouncilIsTheArticlesCountrysOrFrancesInFrenchNewsNamingNone() {
        assertThat(TaggedText.organisations("fr", "Tchad : résultats définitifs",
                "Au Tchad, le Conseil constitutionnel a proclamé jeudi les résultats définitifs du scrutin à"
                        + " N'Djamena."))
                .contains("Constitutional Council of Chad").doesNotContain("Constitutional Council of France");
        assertThat(TaggedText.organisations("fr", "Loi immigration",
                "Le Conseil constitutionnel a censuré jeudi une partie de la loi, a indiqué l'Élysée."))
                .contains("Constitutional Council of France");
    }

    @Test
    void aCourtOfAuditorsIsNamedAsTheLabelsDo() {
        assertThat(TaggedText.organisations("fr", "Finances publiques",
                "Au Sénégal, la Cour des comptes a publié jeudi un rapport sur la dette, a indiqué le gouvernement."))
                .contains("Court of Auditors of Senegal").doesNotContain("Court of Audit of Senegal");
    }

    @Test
    void aBareGendarmerieIsTheArticlesCountrysNotAlwaysFrances() {
        assertThat(TaggedText.organisations("fr", "Sénégal : dix arrestations",
                "Au Sénégal, la gendarmerie nationale a arrêté dix personnes à Thiès, selon un communiqué publié à"
                        + " Dakar."))
                .contains("National Gendarmerie of Senegal").doesNotContain("French National Gendarmerie");
        assertThat(TaggedText.organisations("fr", "Accident mortel",
                "La gendarmerie nationale a ouvert une enquête après l'accident survenu dimanche près de Lyon."))
                .contains("French National Gendarmerie");
    }

    @Test
    void englishBareElectoralCommissionAndCentralBankAreTheArticlesCountrys() {
        assertThat(TaggedText.organisations("en", "Vote count",
                "Ghana's opposition leader won the vote, the Electoral Commission said on Monday in Accra. Ghana's"
                        + " currency rose after the Central Bank cut rates."))
                .contains("Electoral Commission of Ghana");
        assertThat(TaggedText.organisations("en", "Rates",
                "Kenya's shilling rose after the Central Bank held rates, and Kenya's treasury welcomed the move."))
                .contains("Central Bank of Kenya");
        assertThat(TaggedText.organisations("en", "Rates",
                "The European Central Bank held rates in Frankfurt, and Kenya's shilling fell."))
                .doesNotContain("Central Bank of Kenya");
    }
}
