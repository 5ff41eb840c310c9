package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** First-level regions under the names news uses for them in each language (place-names.tsv). */
class RegionNamesTest {
    private static List<String> ids(String language, String text) {
        return TaggedText.linked(language, text).stream()
                .filter(t -> t.type() == EntityKind.PLACE).map(EntityTag::id).toList();
    }

    @Test
    void frenchRegionsUnderTheirCurrentNames() {
        assertThat(ids("fr", "Alertes orange en Centre-Val de Loire et en Occitanie"))
                .contains("geonames:3027939", "geonames:11071623");
    }

    @Test
    void spanishCommunitiesInFrenchArabicAndPersian() {
        assertThat(ids("fr", "Les pluies ont frappé la Communauté valencienne et les îles Canaries"))
                .contains("geonames:2593113", "geonames:2593110");
        assertThat(ids("ar", "أمطار غزيرة في إقليم الباسك")).contains("geonames:3336903");
        assertThat(ids("fa", "انتخابات در کاتالونیا و جامعه والنسیا")).contains("geonames:3336901", "geonames:2593113");
    }

    @Test
    void pakistaniProvincesInPersianWithoutTheWordSenseOfSind() {
        assertThat(ids("fa", "سیل در ایالت سند و خیبر پختونخوا")).contains("geonames:1164807",
                "geonames:1168873");
        assertThat(ids("fa", "این سند را وزارت منتشر کرد")).isEmpty();
    }

    @Test
    void theDariPluralOfProvinceCuesTheProvincesItLists() {
        assertThat(ids("fa", "حملات هوایی به ولایت‌های قندهار و پکتیکا غیرنظامیان را هدف گرفت"))
                .contains("geonames:1138335", "geonames:1131256").doesNotContain("geonames:1138336");
    }
    @Test
    void turkishProvincesAndSeatsUnderTodaysArabicAndPersianSpellings() {
        assertThat(ids("ar", "زار الرئيس التركي ولاية هاتاي ومدينة أنطاكيا")).contains("geonames:312394",
                "geonames:323779");
        assertThat(ids("ar", "ضرب الزلزال مدينتي كهرمان مرعش وملاطية في جنوب تركيا")).contains("geonames:310859", "geonames:304922");
        // Persian ملاطیه: the province or its seat, both listed now under that name
        assertThat(ids("fa", "زلزله در آنتاکیا و ملاطیه در جنوب ترکیه")).contains("geonames:323779")
                .containsAnyOf("geonames:304922", "geonames:304919");
    }

    @Test
    void aProvinceNamedAsItsSeatIsTheSeatUnlessItsHeadWordSaysProvince() {
        assertThat(ids("ar", "وصل الوزير إلى غازي عنتاب في جنوب تركيا")).contains("geonames:314830")
                .doesNotContain("geonames:314829");
        assertThat(ids("ar", "تضررت قرى في ولاية كهرمان مرعش بجنوب تركيا")).contains("geonames:310858");
    }

    @Test
    void centralAsianRegionsInPersian() {
        assertThat(ids("fa", "درگیری در استان سغد تاجیکستان و ولایت باتکن قرقیزستان"))
                .contains("geonames:1221092", "geonames:1463580");
        assertThat(ids("fa", "سیل در ولایت ختلان و شهر کولاب در جنوب تاجیکستان")).contains("geonames:1347488", "geonames:1221194");
    }
}
