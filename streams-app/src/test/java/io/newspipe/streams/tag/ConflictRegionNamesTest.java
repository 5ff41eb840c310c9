package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TaggedText.linked;
import static io.newspipe.streams.tag.TaggedText.linkedPlaces;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Places and people of the news regions in Arabic and Persian text (places9): a curated place puts its country in
 * context, towns and camps of conflict news by category, and Persian forms of listed leaders.
 */
class ConflictRegionNamesTest {
    @Test
    void curatedPlaceNamesItsCountryForTheTownsBesideIt() {
        // no فلسطين in the text: the Gaza Strip alone vouches for its towns
        assertThat(linkedPlaces("ar", "قصف إسرائيلي على رفح وخان يونس وجباليا في قطاع غزة"))
                .contains("Gaza", "Rafah", "Khan Yunis", "Jabalya");
        // without any place of the country in the text the towns still need it
        assertThat(linkedPlaces("ar", "قصف إسرائيلي على رفح وخان يونس")).doesNotContain("Khan Yunis");
    }

    @Test
    void townsAndCampsOfConflictNewsByRegion() {
        assertThat(linkedPlaces("ar", "غارات على عيتا الشعب وكفركلا وحاصبيا في جنوب لبنان"))
                .contains("Aita al-Shaab", "Kfar Kila", "Hasbaya");
        assertThat(linkedPlaces("ar", "نزوح من المواصي وحي الشجاعية في غزة")).contains("Al-Mawasi", "Shuja'iyya");
        assertThat(linkedPlaces("ar", "قوات الدعم السريع تهاجم بابنوسة وهجليج في السودان")).contains("Babanusa", "Heglig");
        assertThat(linkedPlaces("fa", "حمله شهرک‌نشینان به ترمسعیا و حواره در کرانه باختری")).contains("Turmus Ayya", "Huwara");
    }

    @Test
    void townWordOnlyWhereTheNameIsAWord() {
        // الحدث is "the event", حولا a village only after بلدة
        assertThat(linkedPlaces("ar", "تابعت القناة الحدث في بيروت")).doesNotContain("Hadath");
    }

    @Test
    void tentsAreNotThePoet() {
        List<String> people = linked("ar", "نصب النازحون الخيام في المواصي وأحرقت خيام النازحين").stream()
                .filter(t -> t.type() == EntityKind.PERSON).map(EntityTag::name).toList();
        assertThat(people).doesNotContain("Omar Khayyam");
    }

    @Test
    void persianFormsOfListedLeaders() {
        List<String> people = linked("fa", "پتری اورپو نخست وزیر فنلاند و ایراکلی کوباخیدزه و بولا تینوبو دیدار کردند")
                .stream().filter(t -> t.type() == EntityKind.PERSON).map(EntityTag::name).toList();
        assertThat(people).contains("Petteri Orpo", "Irakli Kobakhidze", "Bola Tinubu");
    }
}
