package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SurnameEndingsTest {
    @Test
    void surnamesInAsAndOsAreNoPlurals() {
        assertThat(SurnameEndings.surnameInS("vargas")).isTrue();
        assertThat(SurnameEndings.surnameInS("santos")).isTrue();
        assertThat(SurnameEndings.surnameInS("studios")).isFalse();
        assertThat(SurnameEndings.surnameInS("ports")).isFalse();
    }

    @Test
    void unknownPersonWithSuchASurnameIsFoundByItsApposition() {
        List<EntityTag> tags = TaggedText.entities("en", null, "The title now passes to Korala Benvindo Vargas, a "
                + "102-year-old retired teacher. The events took place in the evening and were confirmed by sources.");
        assertThat(TaggedText.names(tags, EntityKind.PERSON)).contains("Korala Benvindo Vargas");
    }

    @Test
    void companyPluralBeforeSaidStaysOut() {
        List<EntityTag> tags = TaggedText.entities("en", null, "Eastgate Ports said on Monday that volumes had "
                + "fallen for a third month in a row, as shipping lines avoided the strait.");
        assertThat(TaggedText.names(tags, EntityKind.PERSON)).isEmpty();
    }
}
