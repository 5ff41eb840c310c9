package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemonymsTest {
    @Test
    void arabicNisbaOfOneWordNames() {
        assertThat(Demonyms.arabic("السنغال")).isEqualTo("سنغالي*");
        assertThat(Demonyms.arabic("كينيا")).isEqualTo("كيني*");
        assertThat(Demonyms.arabic("سورية")).isEqualTo("سوري*");
        assertThat(Demonyms.arabic("أمريكا")).isEqualTo("أمريكي*");
        assertThat(Demonyms.arabic("مالي")).isNull();
        assertThat(Demonyms.arabic("كوريا الجنوبية")).isNull();
    }

    @Test
    void persianAdjectiveOfOneWordNames() {
        assertThat(Demonyms.persian("سنگال")).isEqualTo("سنگالی");
        assertThat(Demonyms.persian("کانادا")).isEqualTo("کانادایی");
        assertThat(Demonyms.persian("ترکیه")).isNull();
    }

    @Test
    void demonymsLinkTheirCountryAndPersianTextKeepsLeadingLetters() {
        EntityLinker linker = new EntityLinker(TaggerResources.shared().dictionary(), TaggerSettings.defaults());
        assertThat(linker.link(List.of(TokenizedText.of("استقبل الرئيس وفداً كينياً رفيعاً")), "ar"))
                .extracting(EntityTag::id).contains("iso3166:KE");
        assertThat(linker.link(List.of(TokenizedText.of("گرد و غبار از کانون‌های بیابانی می‌آید")), "fa"))
                .extracting(EntityTag::id).doesNotContain("iso3166:JP");
    }
}
