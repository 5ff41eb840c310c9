package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TaggedText.linkedPlaces;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Landmarks the labelled sets count as places, by category (places-extra.src.tsv). */
class LandmarkCategoriesTest {
    @Test
    void spaceLaunchSites() {
        assertThat(linkedPlaces("en", "The rocket lifted off from Baikonur Cosmodrome after a launch at Tanegashima Space Center"))
                .contains("Baikonur Cosmodrome", "Tanegashima Space Center");
        assertThat(linkedPlaces("fr", "Ariane 6 a décollé du Centre spatial guyanais")).contains("Guiana Space Centre");
    }

    @Test
    void prisonsMosquesAndSquares() {
        assertThat(linkedPlaces("fr", "Il a été écroué à la prison de Fleury-Mérogis puis place de la Bastille"))
                .contains("Fleury-Mérogis Prison", "Place de la Bastille");
        assertThat(linkedPlaces("ar", "أفرج عن أسرى من سجن عوفر ومعتقل سدي تيمان")).contains("Ofer Prison", "Sde Teiman");
        assertThat(linkedPlaces("en", "Worshippers filled Baitul Mukarram and the Sultan Qaboos Grand Mosque"))
                .contains("Baitul Mukarram", "Sultan Qaboos Grand Mosque");
    }

    @Test
    void borderCrossingsPortsVolcanoesAndHeritageSites() {
        assertThat(linkedPlaces("ar", "أعيد فتح معبر نصيب ومنفذ طريبيل وميناء رأس عيسى")).contains(
                "Nasib Border Crossing", "Trebil border crossing", "Ras Isa");
        assertThat(linkedPlaces("en", "Mount Merapi erupted again; tourists visited Chogha Zanbil"))
                .contains("Mount Merapi", "Chogha Zanbil");
    }
}
