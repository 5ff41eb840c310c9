package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TaggedText.linkedIds;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdminAreasTest {
    @Test
    void designatedNameIsTheAreaInEachScript() {
        assertThat(linkedIds("ar", "أعلنت السلطات في محافظة البصرة حالة الطوارئ")).contains("geonames:89341")
                .doesNotContain("geonames:99532");
        assertThat(linkedIds("fa", "بارش باران در استان فارس ادامه دارد")).contains("geonames:134766");
        assertThat(linkedIds("en", "Flooding hit Sindh province on Monday")).contains("geonames:1164807");
    }

    @Test
    void bareNameSharedWithItsSeatCityStaysTheCity() {
        assertThat(linkedIds("en", "Oil exports from Basra, Iraq's main port, rose in March")).contains("geonames:99532")
                .doesNotContain("geonames:89341");
    }

    @Test
    void bareAreaNameNeedsEvidenceFromTheArticle() {
        assertThat(linkedIds("en", "Two ships were attacked in the Red Sea on Monday")).isEmpty();
        assertThat(linkedIds("en", "Sudan moved ministries to the Red Sea state")).contains("iso3166:SD")
                .contains("geonames:408646");
    }

    @Test
    void persianSpellingsOfArabicNames() {
        assertThat(AdminAreas.persianForm("هراة", "AF")).isEqualTo("هرات");
        assertThat(AdminAreas.persianForm("هرمزغان", "IR")).isEqualTo("هرمزگان");
        assertThat(AdminAreas.persianForm("غزة", "PS")).isEqualTo("غزت");
        assertThat(AdminAreas.persianForm("بغداد", "IQ")).isNull();
        assertThat(AdminAreas.designated(TextTokenizer.tokens("محافظة ديالى"))).isTrue();
        assertThat(AdminAreas.designated(TextTokenizer.tokens("ديالى"))).isFalse();
    }
}
