package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountriesInNamesTest {

    private static List<String> countries(String language, String title, String body) {
        return TaggedText.names(TaggedText.entities(language, title, body), EntityKind.COUNTRY);
    }

    @Test
    void anArabicDemonymInsideAListedBodyNamesItsCountryToo() {
        String body = "أصدرت محكمة أمن الدولة الأردنية، الثلاثاء، أحكاماً بالسجن على سبعة متهمين في قضية تهريب"
                + " كميات كبيرة من المخدرات عبر الحدود الشمالية.";
        assertThat(countries("ar", "أحكام بالسجن في قضية تهريب مخدرات", body)).containsExactly("Jordan");
        assertThat(TaggedText.organisations("ar", "أحكام بالسجن في قضية تهريب مخدرات", body))
                .contains("State Security Court");
    }

    @Test
    void theBodyItselfIsStillFoundWithItsCountry() {
        String body = "أعلن الجيش السوداني استعادة السيطرة على عدة أحياء بعد معارك عنيفة مع قوات الدعم السريع"
                + " استمرت ثلاثة أيام في الأحياء الشرقية.";
        List<EntityTag> tags = TaggedText.entities("ar", "معارك عنيفة في الأحياء الشرقية", body);
        assertThat(TaggedText.names(tags, EntityKind.ORGANIZATION)).contains("Sudanese Armed Forces");
        assertThat(TaggedText.names(tags, EntityKind.COUNTRY)).containsExactly("Sudan");
    }

    @Test
    void persianAndLatinBodiesKeepTheirCountryWordsAsPartOfTheName() {
        assertThat(countries("fa", "پرتاب ماهواره", "سازمان فضایی ایران اعلام کرد یک ماهواره سنجشی ساخت"
                + " متخصصان داخلی روز پنجشنبه با موفقیت در مدار قرار گرفت.")).isEmpty();
        assertThat(countries("en", "Satellite launched", "The Sudanese Armed Forces said on Saturday that they had"
                + " retaken several districts after three days of heavy fighting.")).isEmpty();
    }
}
