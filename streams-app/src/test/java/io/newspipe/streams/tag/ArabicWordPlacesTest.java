package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicWordPlacesTest {
    @Test
    void adjectivesAndNounsOfASentenceAreNoTowns() {
        assertThat(TaggedText.names(TaggedText.entities("ar", null,
                "أطلقت الحكومة المغربية مشاريع جديدة، وقالت إن الإجراءات الجديدة ستطبق في الرباط."),
                EntityKind.PLACE)).containsExactly("Rabat");
        assertThat(TaggedText.names(TaggedText.entities("ar", null,
                "ناقش البرلمان المصري المشروع المطروح للنقاش في القاهرة."), EntityKind.PLACE))
                .containsExactly("Cairo");
        assertThat(TaggedText.names(TaggedText.entities("ar", null,
                "قال وزير أردني إن العقبة الأساسية هي التمويل وإن المياه الزرقاء ملوثة في عمان."), EntityKind.PLACE))
                .doesNotContain("Aqaba", "Zarqa");
        assertThat(TaggedText.names(TaggedText.entities("ar", null,
                "قال مسؤول عراقي في بغداد إن الوضع القائم لن يستمر وإن العمارة الحديثة تنتشر."), EntityKind.PLACE))
                .containsExactly("Baghdad");
    }

    @Test
    void numbersAndAdjectivesOfEveryArabCountry() {
        assertThat(TaggedText.names(TaggedText.entities("ar", null,
                "قال مسؤول ليبي في طرابلس إن الخمس سنوات الماضية كانت صعبة وإن الجو جميل."), EntityKind.PLACE))
                .doesNotContain("Al Khums", "Al Jumayl");
    }

    @Test
    void aNounWithTheArticleBeforeTheWordIsNoTownWord() {
        assertThat(TaggedText.names(TaggedText.entities("ar", null,
                "أعلنت الحكومة الليبية في طرابلس أن المنطقة البيضاء آمنة."), EntityKind.PLACE))
                .doesNotContain("Al Bayda'");
    }

    @Test
    void aTownWordOrAPrepositionOfPlaceMakesTheTown() {
        assertThat(TaggedText.names(TaggedText.entities("ar", null,
                "وصل الرئيس الأردني إلى مدينة العقبة لافتتاح مشروع."), EntityKind.PLACE)).contains("Aqaba");
        assertThat(TaggedText.names(TaggedText.entities("ar", null,
                "قصفت طائرات إسرائيلية مواقع في صور جنوب لبنان."), EntityKind.PLACE)).contains("Tyre");
        assertThat(TaggedText.names(TaggedText.entities("ar", null,
                "أعلن الأردن خطة لتوسيع ميناء العقبة وربطه بالسكك الحديدية."), EntityKind.PLACE)).contains("Aqaba");
    }

    @Test
    void theDualOfProvinceIsNoPerson() {
        assertThat(TaggedText.people("ar", null, "ضرب زلزال ولايتي ملاطية وأديامان شرق تركيا."))
                .doesNotContain("Ali Akbar Velayati");
        assertThat(TaggedText.people("fa", null, "علی‌اکبر ولایتی مشاور رهبر ایران گفت ولایتی در سفر است."))
                .contains("Ali Akbar Velayati");
    }
}
