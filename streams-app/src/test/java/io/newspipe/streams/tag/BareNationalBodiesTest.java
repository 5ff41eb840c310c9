package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BareNationalBodiesTest {
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
}
