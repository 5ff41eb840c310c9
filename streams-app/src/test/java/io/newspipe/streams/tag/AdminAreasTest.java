package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdminAreasTest {
    private static final EntityLinker LINKER = new EntityLinker(TaggerResources.shared().dictionary(),
            TaggerSettings.defaults());

    private static List<String> ids(String language, String text) {
        return LINKER.link(List.of(TokenizedText.of(text)), language).stream().map(EntityTag::id).toList();
    }

    @Test
    void designatedNameIsTheAreaInEachScript() {
        assertThat(ids("ar", "أعلنت السلطات في محافظة البصرة حالة الطوارئ")).contains("geonames:89341")
                .doesNotContain("geonames:99532");
        assertThat(ids("fa", "بارش باران در استان فارس ادامه دارد")).contains("geonames:134766");
        assertThat(ids("en", "Flooding hit Sindh province on Monday")).contains("geonames:1164807");
    }

    @Test
    void bareNameSharedWithItsSeatCityStaysTheCity() {
        assertThat(ids("en", "Oil exports from Basra, Iraq's main port, rose in March")).contains("geonames:99532")
                .doesNotContain("geonames:89341");
    }

    @Test
    void bareAreaNameNeedsEvidenceFromTheArticle() {
        assertThat(ids("en", "Two ships were attacked in the Red Sea on Monday")).isEmpty();
        assertThat(ids("en", "Sudan moved ministries to the Red Sea state")).contains("iso3166:SD")
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
