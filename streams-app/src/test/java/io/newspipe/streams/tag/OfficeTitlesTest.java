package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficeTitlesTest {
    @Test
    void gardeDesSceauxIsTheMinisterNotTheTown() {
        assertThat(TaggedText.names(TaggedText.entities("fr", "Le garde des Sceaux défend sa réforme",
                "Le garde des Sceaux a présenté mercredi son projet de loi en Conseil des ministres."),
                EntityKind.PLACE)).doesNotContain("Sceaux");
        assertThat(TaggedText.names(TaggedText.entities("fr", "Incendie à Sceaux",
                "Un incendie s'est déclaré dans un immeuble de Sceaux, dans les Hauts-de-Seine, près de Paris."),
                EntityKind.PLACE)).contains("Sceaux");
    }
}
