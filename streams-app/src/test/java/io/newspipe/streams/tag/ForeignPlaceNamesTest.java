package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TaggedText.linked;
import static io.newspipe.streams.tag.TaggedText.linkedPlaces;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the linker reads names of places abroad: transliterations, metropolises and exonyms. */
class ForeignPlaceNamesTest {
    @Test
    void theArticleMakesATransliterationAWord() {
        assertThat(linkedPlaces("ar", "وجرفت السيول المنازل بعد أمطار غزيرة")).isEmpty();
        assertThat(linkedPlaces("ar", "غمرت المياه الشوارع وحذرت السلطات من السيول والفيضانات")).isEmpty();
        assertThat(linkedPlaces("ar", "وصل الرئيس الكوري الجنوبي إلى سيول بعد جولة")).containsExactly("Seoul");
    }

    @Test
    void aForeignMetropolisNeedsNoEvidenceInArabicScript() {
        assertThat(linkedPlaces("ar", "أقيم الحفل في لوس أنجلوس وسط حضور كبير")).containsExactly("Los Angeles");
        assertThat(linkedPlaces("ar", "انتقل الوفد إلى ريو دي جانيرو ثم إلى إسطنبول")).contains("Rio de Janeiro",
                "Istanbul");
        assertThat(linkedPlaces("fa", "این نمایشگاه در شیکاگو برگزار شد")).containsExactly("Chicago");
    }

    @Test
    void aShortMetropolisNameThatIsAlsoAWordStillNeedsEvidence() {
        assertThat(linkedPlaces("fa", "مردم در میدان اصلی شهر جمع شدند")).isEmpty();
    }

    @Test
    void aPlaceBearingTheNameAsItsOwnBeatsOneThatBearsItAsAnAlternate() {
        List<EntityTag> tags = linked("en", "An American director won the top prize in Venice, ahead of an Italian actor.");
        assertThat(tags).filteredOn(t -> t.type() == EntityKind.PLACE).extracting(EntityTag::id)
                .containsExactly("geonames:3164603");
    }

    @Test
    void aPopulousAreaNamedInSeveralWordsNeedsNoEvidence() {
        assertThat(linkedPlaces("en", "Heavy rain fell on Tamil Nadu and Uttar Pradesh on Sunday"))
                .contains("Tamil Nadu", "Uttar Pradesh");
        assertThat(linkedPlaces("fr", "Les transports en Île-de-France sont perturbés")).containsExactly("Île-de-France");
    }

    @Test
    void genericOrWaterAreaNamesStillNeedEvidence() {
        assertThat(linkedPlaces("en", "Prosecutors in the Southern District said the trial would start in May"))
                .isEmpty();
        assertThat(linkedPlaces("en", "Ships crossing the Red Sea were attacked on Monday")).isEmpty();
    }

    @Test
    void frenchAnamesTheCapitalAndAuOrEnTheCountry() {
        List<EntityTag> city = linked("fr", "Les ministres se sont réunis lundi à Luxembourg, puis à Koweït.");
        assertThat(city).extracting(EntityTag::id).contains("geonames:2960316", "geonames:285787")
                .doesNotContain("iso3166:LU", "iso3166:KW");
        List<EntityTag> country = linked("fr", "Le Luxembourg a voté; au Koweït la grève continue.");
        assertThat(country).extracting(EntityTag::id).contains("iso3166:LU", "iso3166:KW");
    }

    @Test
    void aBigCitysFrenchExonymNeedsNoEvidence() {
        assertThat(linkedPlaces("fr", "La délégation est arrivée mardi à Hambourg, puis à Bombay.")).contains("Hamburg",
                "Mumbai");
        assertThat(linkedPlaces("de", "Er war dabei, als es passierte. Dabei blieb es.")).isEmpty();
    }

    @Test
    void aShaddaWrittenInTheTextKeepsTheSenseSpelledWithIt() {
        List<EntityTag> tags = linked("ar", "خرج الآلاف إلى شوارع عمّان احتفالاً بالفوز");
        assertThat(tags).extracting(EntityTag::id).contains("geonames:250441").doesNotContain("iso3166:OM");
        assertThat(linked("ar", "زار الوزير سلطنة عمان أمس"))
                .extracting(EntityTag::id).contains("iso3166:OM");
    }

    @Test
    void beijingsShortPersianNameIsListedButShortWordsAreNotPlaces() {
        assertThat(linkedPlaces("fa", "هیئت روز سه‌شنبه به پکن رسید")).containsExactly("Beijing");
        assertThat(linkedPlaces("fa", "این کیف را خریدم و رم کامپیوتر را عوض کردم")).isEmpty();
    }
}
