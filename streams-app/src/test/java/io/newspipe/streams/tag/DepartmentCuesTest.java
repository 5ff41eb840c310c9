package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TaggedText.linkedPlaces;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DepartmentCuesTest {

    private static boolean fit(String text, String name) {
        List<Token> tokens = TextTokenizer.tokens(text);
        int at = text.indexOf(name);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == at) {
                return DepartmentCues.fit(text, tokens, i, TextTokenizer.tokens(name).size());
            }
        }
        throw new IllegalArgumentException(name + " is no word of " + text);
    }

    @Test
    void bodyWordBeforeTheNameIsACue() {
        assertThat(fit("Le préfet du Var a fermé les plages.", "Var")).isTrue();
        assertThat(fit("Le département de la Somme est en vigilance orange.", "Somme")).isTrue();
        assertThat(fit("Le conseil départemental de l'Ain a voté le budget.", "Ain")).isTrue();
        assertThat(fit("Une députée du Gard a déposé un amendement.", "Gard")).isTrue();
        assertThat(fit("Le président de la Marne.", "Marne")).isFalse();
    }

    @Test
    void locationIsACueUnlessAnotherPlaceFollows() {
        assertThat(fit("Des orages sont attendus dans le Lot et en Dordogne.", "Lot")).isTrue();
        assertThat(fit("Les pompiers sont intervenus dans l'Aude.", "Aude")).isTrue();
        assertThat(fit("Un incendie en Creuse.", "Creuse")).isTrue();
        assertThat(fit("Les combats dans le Tarn du nord.", "Tarn")).isFalse();
        // Nord and Manche are also the north and the Channel
        assertThat(fit("Des attaques dans le Nord, près de la frontière.", "Nord")).isFalse();
        assertThat(fit("Un naufrage dans la Manche.", "Manche")).isFalse();
        assertThat(fit("Un corps repêché dans la Meuse à Liège.", "Meuse")).isFalse();
        assertThat(fit("Le département du Nord a voté.", "Nord")).isTrue();
        assertThat(fit("Les pompiers de la Meuse sont mobilisés.", "Meuse")).isTrue();
        assertThat(fit("Des chutes de neige dans les Ardennes.", "Ardennes")).isTrue();
    }

    @Test
    void parenthesesAfterATownAndEnglishDepartmentAreCues() {
        assertThat(fit("Un accident à Fréjus (Var) a fait deux morts.", "Var")).isTrue();
        assertThat(fit("Floods hit the Gard department on Monday.", "Gard")).isTrue();
        assertThat(fit("the department of Cher", "Cher")).isTrue();
        assertThat(fit("Un lot (Cher) de livres", "Cher")).isTrue();
        assertThat(fit("Cher ami, le lot est vendu.", "Cher")).isFalse();
    }

    @Test
    void cuedDepartementIsLinkedOnlyWithItsCue() {
        assertThat(linkedPlaces("fr", "Vigilance rouge dans le Var : les écoles fermées à Toulon.")).contains("Var");
        assertThat(linkedPlaces("fr", "Un incendie a détruit 500 hectares à Fréjus (Var).")).contains("Var");
        assertThat(linkedPlaces("fr", "Var et Lot sont deux mots ; Nord Stream a fui.")).doesNotContain("Var", "Lot", "Nord");
        assertThat(linkedPlaces("fr", "La Somme est versée en deux fois.")).doesNotContain("Somme");
    }

    @Test
    void viennaStaysViennaWithoutACue() {
        assertThat(linkedPlaces("fr", "Les négociations reprennent à Vienne, en Autriche.")).contains("Vienna")
                .doesNotContain("Vienne");
        assertThat(linkedPlaces("fr", "Une crue dans la Vienne a inondé Châtellerault.")).contains("Vienne")
                .doesNotContain("Vienna");
    }

    @Test
    void distinctiveDepartementsNeedNoCue() {
        assertThat(linkedPlaces("fr", "Les feux en Gironde et dans les Bouches-du-Rhône ; la Seine-Saint-Denis manifeste."))
                .contains("Gironde", "Bouches-du-Rhône", "Seine-Saint-Denis");
        assertThat(linkedPlaces("en", "Wildfires in Gironde and Haute-Garonne")).contains("Gironde", "Haute-Garonne");
    }
}
