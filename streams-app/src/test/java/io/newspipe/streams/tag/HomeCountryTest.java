package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TaggedText.entities;
import static io.newspipe.streams.tag.TaggedText.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** French text's home-country prior, overseas departments, and given names that are also country names. */
class HomeCountryTest {
    @Test
    void frenchTownsCountWithoutFranceNamed() {
        List<EntityTag> tags = entities("fr", "Ouverture d'un procès très attendu",
                "Le procès de l'ancien comptable s'est ouvert lundi devant le tribunal de Carpentras. Les audiences"
                        + " doivent durer trois semaines, puis l'affaire sera rejugée à Draguignan au printemps.");
        assertThat(names(tags, EntityKind.PLACE)).contains("Carpentras", "Draguignan");
    }

    @Test
    void homeTownsNeedFrenchText() {
        List<EntityTag> tags = entities("en", "Trial opens",
                "The trial of the former accountant opened on Monday before the court in Carpentras, lawyers said.");
        assertThat(names(tags, EntityKind.PLACE)).doesNotContain("Carpentras");
    }

    @Test
    void homeTownsWinNoTiesAgainstForeignCapitals() {
        List<EntityTag> tags = entities("fr", "Sommet européen",
                "Les ministres des Finances se sont réunis mardi à Vienne pour discuter du budget commun.");
        assertThat(names(tags, EntityKind.PLACE)).contains("Vienna");
    }

    @Test
    void overseasDepartmentsAndGuyane() {
        List<EntityTag> tags = entities("fr", "Lancement d'une fusée",
                "La fusée doit décoller jeudi depuis Kourou, en Guyane, si la météo le permet, a indiqué l'agence.");
        assertThat(names(tags, EntityKind.PLACE)).contains("Kourou");
        assertThat(names(tags, EntityKind.COUNTRY)).contains("French Guiana").doesNotContain("Guyana");
    }

    @Test
    void givenNameBeforeSurnameIsAPersonNotACountry() {
        List<EntityTag> tags = entities("fr", "Un verdict attendu à Avignon",
                "Le tribunal a entendu lundi Dominique Lefranc, accusé d'escroquerie, ainsi que son ex-épouse,"
                        + " Sandrine Morel. Selon la défense, Dominique Lefranc conteste les faits.");
        assertThat(names(tags, EntityKind.COUNTRY)).doesNotContain("Dominica");
        assertThat(names(tags, EntityKind.PERSON)).contains("Dominique Lefranc", "Sandrine Morel");
    }

    @Test
    void theCountryDominiqueStaysACountry() {
        List<EntityTag> tags = entities("fr", "Cyclone dans les Caraïbes",
                "Le cyclone a frappé la Dominique mardi. La Dominique et la Guadeloupe ont ouvert des abris.");
        assertThat(names(tags, EntityKind.COUNTRY)).contains("Dominica");
    }

    @Test
    void athleteAfterASportCue() {
        List<EntityTag> tags = entities("fr", "Tour de France",
                "Le coureur Valentin Madouas a remporté l'étape, devant la cycliste Évita Muzic et le nageur"
                        + " Léon Marchand venu en spectateur.");
        assertThat(names(tags, EntityKind.PERSON)).contains("Valentin Madouas", "Évita Muzic");
    }

    @Test
    void departementsByTheirFrenchNames() {
        List<EntityTag> tags = entities("fr", "Intempéries dans le Sud",
                "Des pluies diluviennes ont frappé le Gard et l'Hérault dans la nuit, et la préfecture des"
                        + " Bouches-du-Rhône a placé le département en vigilance orange.");
        assertThat(names(tags, EntityKind.PLACE)).contains("Gard", "Hérault", "Bouches-du-Rhône");
    }

    @Test
    void departementNamesThatAreWordsAreNotListed() {
        List<EntityTag> tags = entities("fr", "Football",
                "L'arbitre a consulté la VAR avant de siffler. Le Nord du pays attend la décision, a dit un lot"
                        + " de supporters.");
        assertThat(names(tags, EntityKind.PLACE)).doesNotContain("Var", "Nord", "Lot");
    }

    @Test
    void givenNamesThatArePlacesStayPlacesWhereNoSurnameFollows() {
        assertThat(names(entities("en", "Shelling in Syria", "Shelling hit villages in Hama Governorate on Monday,"
                + " the monitor said."), EntityKind.PLACE)).contains("Hama");
        assertThat(names(entities("fr", "Économie", "Le Premier ministre de Maurice a été reçu mardi à l'Élysée,"
                + " a indiqué son bureau."), EntityKind.COUNTRY)).contains("Mauritius");
        List<EntityTag> tags = entities("fr", "Économie", "Le publicitaire Maurice Lévy a été reçu mardi par les"
                + " actionnaires, a indiqué son bureau.");
        assertThat(names(tags, EntityKind.COUNTRY)).doesNotContain("Mauritius");
        assertThat(names(tags, EntityKind.PERSON)).contains("Maurice Lévy");
    }

    @Test
    void compoundGivenNamesOpenAPersonName() {
        List<EntityTag> tags = entities("fr", "Conseil municipal",
                "La séance a été ouverte par Marie-Pierre Lagrange, qui a salué le travail des services.");
        assertThat(names(tags, EntityKind.PERSON)).contains("Marie-Pierre Lagrange");
    }

    @Test
    void anAgeAfterTheNameMakesAPerson() {
        List<EntityTag> fr = entities("fr", "Faits divers",
                "Hubertine Quesnoy, 117 ans, est morte jeudi dans sa maison de retraite, selon sa famille.");
        assertThat(names(fr, EntityKind.PERSON)).contains("Hubertine Quesnoy");
        List<EntityTag> en = entities("en", "Court news",
                "Okonkwo Baptiste, 44, was charged on Friday with fraud by the state prosecutor.");
        assertThat(names(en, EntityKind.PERSON)).contains("Okonkwo Baptiste");
        List<EntityTag> none = entities("fr", "Football", "Le Stade Brestois, 2 buts à zéro, a gagné dimanche.");
        assertThat(names(none, EntityKind.PERSON)).isEmpty();
    }
}
