package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The headline of a retitled story (held-out set x16, session 16): when the metadata title (JSON-LD or
 * og:title) still carries the first headline, the visible heading wins if og:title or {@code <title>}
 * agrees with it.
 */
class TitleWitnessTest {
    private static final String HEADING = "Cop28 agrees historic deal to transition away from fossil fuels";
    private static final String STALE = "Cop28 talks go into overtime as countries spar over fossil fuel language";

    @Test
    void theDocumentTitleWitnessesForTheHeadingAgainstAStaleMetadataTitle() {
        String chosen = TitleChooser.chooseAmong(List.of(HEADING), STALE, STALE, HEADING + " | The National");

        assertThat(chosen).isEqualTo(HEADING);
    }

    @Test
    void ogTitleWitnessesForTheHeadingAgainstAStaleJsonLdHeadline() {
        String chosen = TitleChooser.chooseAmong(List.of(HEADING), "Deal reached on fossil fuels", HEADING, null);

        assertThat(chosen).isEqualTo(HEADING);
    }

    @Test
    void withNoWitnessAgreeingTheMetadataTitleStays() {
        String chosen = TitleChooser.chooseAmong(List.of("Climate"), STALE, STALE, "The National | Climate news");

        assertThat(chosen).isEqualTo(STALE);
    }

    @Test
    void aHeadingThatAgreesWithTheMetadataTitleIsChosenBeforeAnyWitness() {
        String other = "Cop28 deal reached in Dubai";
        String chosen = TitleChooser.chooseAmong(List.of(other, HEADING), other + " - Site", HEADING, HEADING);

        assertThat(chosen).isEqualTo(other);
    }
}
