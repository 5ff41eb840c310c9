package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TaggedText.linkedIds;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExemplarCitiesTest {
    @Test
    void persianNamesOfTimeZoneCitiesLinkTheirGeoNamesCity() {
        assertThat(linkedIds("fa", "نشست وزیران ترکیه در استانبول برگزار شد")).contains("geonames:745044");
        assertThat(linkedIds("fa", "هیئتی از جمهوری آذربایجان به باکو بازگشت")).contains("iso3166:AZ", "geonames:587084");
    }

    @Test
    void persianRepublicLongFormsHaveTheirShortForm() {
        assertThat(EntityDictionaryLoader.withoutRepublic("fa", "جمهوری آذربایجان")).isEqualTo("آذربایجان");
        assertThat(EntityDictionaryLoader.withoutRepublic("fa", "جمهوری چک")).isNull();
        assertThat(EntityDictionaryLoader.withoutRepublic("ar", "جمهوری آذربایجان")).isNull();
        assertThat(linkedIds("fa", "آذربایجان و ارمنستان گفت‌وگو کردند")).contains("iso3166:AZ");
    }
}
