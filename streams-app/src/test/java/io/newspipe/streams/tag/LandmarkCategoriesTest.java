package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.LinkedPlaces.places;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Landmarks the labelled sets count as places, by category (places-extra.src.tsv). */
class LandmarkCategoriesTest {
    @Test
    void spaceLaunchSites() {
        assertThat(places("en", "The rocket lifted off from Baikonur Cosmodrome after a launch at Tanegashima Space Center"))
                .contains("Baikonur Cosmodrome", "Tanegashima Space Center");
        assertThat(places("fr", "Ariane 6 a décollé du Centre spatial guyanais")).contains("Guiana Space Centre");
    }

    @Test
    void prisonsMosquesAndSquares() {
        assertThat(places("fr", "Il a été écroué à la prison de Fleury-Mérogis puis place de la Bastille"))
                .contains("Fleury-Mérogis Prison", "Place de la Bastille");
        assertThat(places("ar", "أفرج عن أسرى من سجن عوفر ومعتقل سدي تيمان")).contains("Ofer Prison", "Sde Teiman");
        assertThat(places("en", "Worshippers filled Baitul Mukarram and the Sultan Qaboos Grand Mosque"))
                .contains("Baitul Mukarram", "Sultan Qaboos Grand Mosque");
    }

    @Test
    void borderCrossingsPortsVolcanoesAndHeritageSites() {
        assertThat(places("ar", "أعيد فتح معبر نصيب ومنفذ طريبيل وميناء رأس عيسى")).contains(
                "Nasib Border Crossing", "Trebil border crossing", "Ras Isa");
        assertThat(places("en", "Mount Merapi erupted again; tourists visited Chogha Zanbil"))
                .contains("Mount Merapi", "Chogha Zanbil");
    }
}
