package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TaggedText.linked;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {
    private static Optional<EntityTag> find(List<EntityTag> tags, String name) {
        return tags.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    @Test
    void arabicClitics_demonyms_andMentionCounts() {
        List<EntityTag> tags = linked("ar", "وصل الوفد الأميركي إلى بغداد. وقال مسؤول في بغداد إن العراقيين "
                + "والعراق يرحبون، وأكد أن للعراق مصلحة في الحوار مع الولايات المتحدة.");
        EntityTag iraq = find(tags, "Iraq").orElseThrow();
        assertThat(iraq.id()).isEqualTo("iso3166:IQ");
        assertThat(iraq.countryCode()).isEqualTo("IQ");
        assertThat(iraq.count()).isEqualTo(3);
        assertThat(iraq.mentions()).containsExactly("العراقيين", "والعراق", "للعراق");
        EntityTag baghdad = find(tags, "Baghdad").orElseThrow();
        assertThat(baghdad.id()).isEqualTo("geonames:98182");
        assertThat(baghdad.type()).isEqualTo(EntityKind.PLACE);
        assertThat(baghdad.count()).isEqualTo(2);
        assertThat(find(tags, "United States").orElseThrow().mentions()).containsExactly("الأميركي",
                "الولايات المتحدة");
    }

    @Test
    void armedGroupInEveryLanguage() {
        for (String text : List.of("Fighters of the Islamic State attacked", "هاجم عناصر داعش القرية",
                "أعلن تنظيم الدولة مسؤوليته", "L'État islamique a revendiqué l'attaque", "ISIS claimed it",
                "نیروهای داعش حمله کردند")) {
            assertThat(linked(null, text)).as(text).extracting(EntityTag::name).contains("Islamic State");
        }
    }

    @Test
    void peopleByFullNameAndSurname() {
        List<EntityTag> tags = linked("ar", "استقبل محمد شياع السوداني الوفد. وقال السوداني إن الحوار مستمر.");
        EntityTag sudani = find(tags, "Mohammed Shia al-Sudani").orElseThrow();
        assertThat(sudani.type()).isEqualTo(EntityKind.PERSON);
        assertThat(sudani.count()).isEqualTo(2);
        assertThat(find(tags, "Sudan")).isEmpty();
    }

    @Test
    void latinNamesAreCaseSensitive() {
        assertThat(linked("en", "It was a nice day and the turkey was ready.")).isEmpty();
        assertThat(linked("en", "Leaders met in Nice, France, on Monday.")).extracting(EntityTag::name)
                .contains("Nice", "France");
        assertThat(linked("en", "Who said so? Officials of the WHO did.")).extracting(EntityTag::name)
                .containsExactly("World Health Organization");
        assertThat(linked("en", "WHAT WHO SAID ABOUT THE US")).isEmpty();
    }

    @Test
    void ambiguousNamesNeedEvidence() {
        assertThat(linked("en", "Michael Jordan scored 40 points.")).isEmpty();
        assertThat(linked("en", "Chad Smith played the drums.")).isEmpty();
        assertThat(linked("en", "Jordan said its forces in Amman were on alert."))
                .extracting(EntityTag::name).contains("Jordan", "Amman");
    }

    @Test
    void countryContextPicksTheSense() {
        EntityTag lebanon = find(linked("en", "Clashes in Tripoli, Lebanon, left two dead."), "Tripoli").orElseThrow();
        assertThat(lebanon.countryCode()).isEqualTo("LB");
        EntityTag libya = find(linked("en", "Libya's government in Tripoli said talks continue."), "Tripoli")
                .orElseThrow();
        assertThat(libya.countryCode()).isEqualTo("LY");
    }

    @Test
    void aNameWrittenTwiceIsNoEvidenceForItself() {
        // the big Libyan Tripoli is the country context of each mention; two mentions must not vouch for each other
        EntityTag tripoli = find(linked("ar", "توقيف شبكة في طرابلس شمال لبنان. وقالت قوى الأمن إن الشبكة استخدمت"
                + " مرفأ طرابلس لتهريب الحبوب."), "Tripoli").orElseThrow();
        assertThat(tripoli.countryCode()).isEqualTo("LB");
        assertThat(tripoli.count()).isEqualTo(2);
        EntityTag libya = find(linked("en", "Gunfire was heard in Tripoli overnight. Residents of Tripoli stayed home."),
                "Tripoli").orElseThrow();
        assertThat(libya.countryCode()).isEqualTo("LY");
    }

    @Test
    void smallPlacesNeedTheirCountry() {
        assertThat(linked("ar", "تحدث إلى مسؤولين في تكريت")).extracting(EntityTag::name).isEmpty();
        assertThat(linked("ar", "تحدث إلى مسؤولين في تكريت شمالي العراق")).extracting(EntityTag::name)
                .contains("Iraq", "Tikrit");
    }

    @Test
    void placeInsideALongerNameIsNotThePlace() {
        assertThat(linked("en", "The final was won by Paris Saint-Germain after a long and difficult evening for the "
                + "visitors."))
                .extracting(EntityTag::name).doesNotContain("Paris");
    }

    @Test
    void languageBoundNames() {
        // مراکش is Morocco in Persian and Marrakesh in Arabic.
        assertThat(linked("fa", "سفر به مراکش")).extracting(EntityTag::name).containsExactly("Morocco");
        assertThat(linked("ar", "زلزال في المغرب قرب مراكش")).extracting(EntityTag::name)
                .containsExactly("Morocco", "Marrakesh");
    }

    @Test
    void curatedEntriesCarryWikidataOrNamespacedProjectIds() {
        List<EntityTag> tags = linked("en", "The Taliban and the Houthis, the UN Security Council and OPEC+ said.");
        assertThat(find(tags, "Taliban").orElseThrow().id()).isEqualTo("newspipe:organization:taliban");
        assertThat(find(tags, "Houthis").orElseThrow().id()).isEqualTo("wikidata:Q3042087");
        assertThat(find(tags, "United Nations Security Council").orElseThrow().id()).isEqualTo("wikidata:Q37470");
        assertThat(EntityDictionaryLoader.localId(EntityKind.ORGANIZATION, "OPEC+"))
                .isEqualTo("newspipe:organization:opec-plus");
        assertThat(EntityDictionaryLoader.localId(EntityKind.PERSON, "Ismaïl Omar Guelleh"))
                .isEqualTo("newspipe:person:ismail-omar-guelleh");
    }
}
