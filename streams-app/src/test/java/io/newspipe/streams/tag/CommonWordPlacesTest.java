package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Everyday Arabic and Persian words equal to a place's or demonym's form, in an article about that country. */
class CommonWordPlacesTest {
    @Test
    void arabicEverydayWordsAreNoTowns() {
        assertThat(TaggedText.names(TaggedText.entities("ar", null,
                "قالت الهند إنها أول دولة آسيوية تطلق المشروع هذه السنة بكلفة مليار يورو."), EntityKind.PLACE))
                .isEmpty();
        assertThat(TaggedText.names(TaggedText.entities("ar", null,
                "قال مسؤول إيراني إن الأسعار ارتفعت خلال سنة واحدة وإن آلاف الأسر باتت بلا دخل."), EntityKind.PLACE))
                .isEmpty();
        assertThat(TaggedText.names(TaggedText.entities("ar", null,
                "قالت وكالة رسمية في الجزائر إن جامعة حكومية في وهران وقعت اتفاقاً بقيمة مليون دينار مع شركة تركية."),
                EntityKind.PLACE)).containsExactly("Oran");
    }

    @Test
    void neighbourhoodSugarGovernanceIslandAndAgencyAreNoTowns() {
        assertThat(TaggedText.names(TaggedText.entities("ar", null,
                "قال مسؤول عراقي إن سكان الحي طالبوا بالكهرباء، وقال مسؤول باكستاني إن أسعار السكر ارتفعت."),
                EntityKind.PLACE)).isEmpty();
        assertThat(TaggedText.names(TaggedText.entities("ar", null,
                "دعا وزير مصري إلى الحكم الرشيد، وقال مسؤول جزائري إن الجزيرة العربية تشهد موجة حر."),
                EntityKind.PLACE)).isEmpty();
        assertThat(TaggedText.names(TaggedText.entities("ar", null,
                "قالت وكالة فرنسية إن الرئيس الفرنسي سيزور المنطقة."), EntityKind.PLACE)).isEmpty();
    }

    @Test
    void aTownWordStillMakesTheStateOrTown() {
        assertThat(TaggedText.names(TaggedText.entities("ar", null,
                "قال مسؤولون سودانيون إن مسلحين هاجموا قرى في ولاية الجزيرة وسط السودان."), EntityKind.PLACE))
                .contains("Al Jazirah");
        assertThat(TaggedText.names(TaggedText.entities("ar", null,
                "وصل وفد مصري إلى مدينة رشيد على ساحل البحر المتوسط."), EntityKind.PLACE)).contains("Rosetta");
    }

    @Test
    void aShelterIsNoIslandButTheIslandIsFound() {
        assertThat(TaggedText.names(TaggedText.entities("ar", null,
                "قالت السلطات الأمريكية إن مئات العائلات باتت بلا مأوى بعد الحريق."), EntityKind.PLACE))
                .doesNotContain("Maui");
        assertThat(TaggedText.names(TaggedText.entities("ar", null,
                "اجتاحت حرائق غابات جزيرة ماوي في هاواي الأمريكية."), EntityKind.PLACE)).contains("Maui");
    }

    @Test
    void nightAndSafeNeedAPlaceWord() {
        assertThat(TaggedText.names(TaggedText.entities("ar", null,
                "قال الجيش الفرنسي إن الجنود عادوا سالمين بعد ليل طويل من المعارك."), EntityKind.PLACE)).isEmpty();
        assertThat(TaggedText.names(TaggedText.entities("ar", null,
                "افتتح الرئيس الفرنسي مصنعاً جديداً في مدينة ليل شمال فرنسا."), EntityKind.PLACE)).contains("Lille");
    }

    @Test
    void persianWordsAreNoArabicDemonymsOrTowns() {
        assertThat(TaggedText.entities("fa", null,
                "مذاکرات ایران و سودان به کندی پیش می‌رود و منابع آبی دو کشور کاهش یافته است.").stream()
                .map(EntityTag::name)).doesNotContain("Canada", "El Obeid");
        assertThat(TaggedText.entities("fa", null, "سفیر کانادا و یک دیپلمات کانادایی در تهران دیدار کردند.")
                .stream().map(EntityTag::name)).contains("Canada");
        assertThat(TaggedText.entities("ar", null, "قال رئيس الوزراء الكندي إن بلاده سترسل مساعدات.")
                .stream().map(EntityTag::name)).contains("Canada");
    }
}
