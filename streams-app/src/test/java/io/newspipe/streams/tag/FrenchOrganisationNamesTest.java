package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrenchOrganisationNamesTest {
    private static EntityTag organisation(String body, String name) {
        return TaggedText.entities("fr", "Actualité", body).stream()
                .filter(t -> t.type() == EntityKind.ORGANIZATION && t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void adjectivesAreReadBackwardsBeforeTheEnglishHead() {
        EntityTag c = organisation("Les résultats provisoires ont été publiés jeudi soir par la Commission électorale"
                + " nationale indépendante (CERI) à Kinshasa. Selon la CERI, la participation dépasse 40 %.",
                "Independent National Electoral Commission");
        assertThat(c.id()).isNull();
        assertThat(c.mentions()).contains("Commission électorale nationale indépendante", "CERI");
        assertThat(c.count()).isEqualTo(3);
    }

    @Test
    void adjectivesAreOrderedByKindAsEnglishOrdersThem() {
        organisation("Le Comité international paralympique a suspendu mardi la fédération nationale, a-t-on appris"
                + " de source proche du dossier.", "International Paralympic Committee");
    }

    @Test
    void aCountrysAdjectiveAfterTheNameLeavesItAlone() {
        assertThat(TaggedText.organisations("fr", "Élections",
                "Le Parti travailliste norvégien a remporté lundi les élections législatives, selon les résultats"
                        + " publiés par la commission électorale."))
                .noneMatch(n -> n.contains("Labour Party") || n.contains("Norwegian"));
    }

    @Test
    void aNameThatGoesOnOrSaysNoParticularBodyIsLeftAlone() {
        assertThat(TaggedText.organisations("fr", "Grève",
                "La Fédération générale des cheminots appelle à la grève, et le Conseil national se réunit lundi."
                        + " La Haute Autorité indépendante ne s'est pas prononcée."))
                .noneMatch(n -> n.contains("Federation") || n.equals("National Council") || n.contains("Authority"));
    }
}
