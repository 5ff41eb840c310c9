package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExemplarCitiesTest {
    private static final EntityLinker LINKER = new EntityLinker(TaggerResources.shared().dictionary(),
            TaggerSettings.defaults());

    private static List<String> ids(String language, String text) {
        return LINKER.link(List.of(TokenizedText.of(text)), language).stream().map(EntityTag::id).toList();
    }

    @Test
    void persianNamesOfTimeZoneCitiesLinkTheirGeoNamesCity() {
        assertThat(ids("fa", "نشست وزیران ترکیه در استانبول برگزار شد")).contains("geonames:745044");
        assertThat(ids("fa", "هیئتی از جمهوری آذربایجان به باکو بازگشت")).contains("iso3166:AZ", "geonames:587084");
    }

    @Test
    void persianRepublicLongFormsHaveTheirShortForm() {
        assertThat(EntityDictionaryLoader.withoutRepublic("fa", "جمهوری آذربایجان")).isEqualTo("آذربایجان");
        assertThat(EntityDictionaryLoader.withoutRepublic("fa", "جمهوری چک")).isNull();
        assertThat(EntityDictionaryLoader.withoutRepublic("ar", "جمهوری آذربایجان")).isNull();
        assertThat(ids("fa", "آذربایجان و ارمنستان گفت‌وگو کردند")).contains("iso3166:AZ");
    }
}
