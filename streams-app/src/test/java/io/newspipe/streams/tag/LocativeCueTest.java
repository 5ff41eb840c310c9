package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LocativeCueTest {
    @Test
    void financialIsNotMali() {
        List<EntityTag> ar = TaggedText.entities("ar", null,
                "قدمت الحكومة دعما ماليا وقالت وزارة المالية إن العجز المالي تراجع هذا العام في الأردن.");
        assertThat(ar).extracting(EntityTag::name).doesNotContain("Mali").noneMatch(n -> n.startsWith("Malian"));
        List<EntityTag> fa = TaggedText.entities("fa", null,
                "دادگاهی در استانبول شهردار را به اتهام فساد مالی روانه زندان کرد و بحران مالی ادامه دارد.");
        assertThat(fa).extracting(EntityTag::name).doesNotContain("Mali");
    }

    @Test
    void preposedPlaceWordVouchesForMali() {
        assertThat(TaggedText.names(TaggedText.entities("ar", null,
                "وتناول اللقاء أوضاع اللاجئين القادمين من مالي ومشاريع الطاقة."), EntityKind.COUNTRY))
                .containsExactly("Mali");
        assertThat(TaggedText.names(TaggedText.entities("ar", null, "وقتل جنديان بمالي أمس في هجوم."),
                EntityKind.COUNTRY)).containsExactly("Mali");
        assertThat(TaggedText.names(TaggedText.entities("fa", null, "سربازان فرانسوی از مالی خارج شدند."),
                EntityKind.COUNTRY)).contains("Mali");
    }

    @Test
    void sameCountryNameVouchesForTheAdjective() {
        assertThat(TaggedText.names(TaggedText.entities("ar", null,
                "وقال الجيش المالي إن المسلحين هاجموا قاعدة قرب باماكو."), EntityKind.COUNTRY)).containsExactly("Mali");
    }

    @Test
    void floodsAreNotSeoul() {
        List<EntityTag> ar = TaggedText.entities("ar", null, "ضربت السيول والأمطار الغزيرة مناطق واسعة في اليمن.");
        assertThat(ar).extracting(EntityTag::name).doesNotContain("Seoul");
        List<EntityTag> korea = TaggedText.entities("ar", null, "قال رئيس كوريا الجنوبية في سيول إن المحادثات مستمرة.");
        assertThat(korea).extracting(EntityTag::name).contains("Seoul");
    }
}
