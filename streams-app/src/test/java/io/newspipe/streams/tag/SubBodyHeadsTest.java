package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubBodyHeadsTest {
    @Test
    void parentInsideASubBodysNameIsNoMention() {
        assertThat(TaggedText.entities("ar", null,
                "وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن المساعدات توقفت في السودان."))
                .extracting(EntityTag::name).doesNotContain("United Nations");
        assertThat(TaggedText.entities("fa", null,
                "دفتر سازمان ملل متحد در کابل اعلام کرد کمک‌ها به ولایت‌های شمالی رسیده است."))
                .extracting(EntityTag::name).doesNotContain("United Nations");
    }

    @Test
    void parentActingOnItsOwnIsKept() {
        assertThat(TaggedText.entities("ar", null, "وقالت الأمم المتحدة إن المساعدات توقفت في السودان."))
                .extracting(EntityTag::name).contains("United Nations");
        assertThat(TaggedText.entities("fa", null, "سازمان ملل متحد اعلام کرد کمک‌ها به کابل رسیده است."))
                .extracting(EntityTag::name).contains("United Nations");
    }

    @Test
    void newsAgencyAfterTheWordAgencyIsKept() {
        assertThat(TaggedText.entities("fa", null, "به گزارش آژانس رویترز، حمله به شهر حلب در شمال سوریه ادامه داشت."))
                .extracting(EntityTag::name).contains("Reuters");
    }
}
