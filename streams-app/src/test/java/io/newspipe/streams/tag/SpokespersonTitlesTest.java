package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpokespersonTitlesTest {

    @Test
    void aBodyInsideASpokesmansTitleIsNoMention() {
        assertThat(TaggedText.organisations("fa", "",
                "اسماعیل بقائی، سخنگوی وزارت خارجه، روز دوشنبه گفت مذاکرات ادامه دارد."))
                .doesNotContain("Iranian Ministry of Foreign Affairs");
        assertThat(TaggedText.organisations("ar", "",
                "قال المتحدث باسم وزارة الخارجية المصرية إن الاتصالات مستمرة مع جميع الأطراف."))
                .doesNotContain("Egyptian Ministry of Foreign Affairs");
    }

    @Test
    void theSameBodyActingOnItsOwnIsStillAMention() {
        assertThat(TaggedText.organisations("fa", "",
                "وزارت خارجه ایران روز دوشنبه در بیانیه‌ای این حمله را محکوم کرد."))
                .contains("Iranian Ministry of Foreign Affairs");
        assertThat(TaggedText.organisations("fa", "", "سخنگوی وزارت خارجه ایران گفت وزارت خارجه ایران "
                + "در بیانیه‌ای این حمله را محکوم کرده است.")).contains("Iranian Ministry of Foreign Affairs");
        assertThat(TaggedText.organisations("ar", "",
                "أعلنت وزارة الخارجية المصرية في بيان أن الاتصالات مستمرة مع جميع الأطراف."))
                .contains("Egyptian Ministry of Foreign Affairs");
    }

    @Test
    void onlyTheWordRightBeforeTheNameCounts() {
        TokenizedText text = TokenizedText.of("سخنگوی دولت گفت وزارت خارجه");
        assertThat(SpokespersonTitles.opens(text.tokens(), 3, "fa")).isFalse();
        assertThat(SpokespersonTitles.opens(text.tokens(), 1, "fa")).isTrue();
        assertThat(SpokespersonTitles.opens(text.tokens(), 1, "en")).isFalse();
        assertThat(SpokespersonTitles.opens(text.tokens(), 0, "fa")).isFalse();
    }
}
