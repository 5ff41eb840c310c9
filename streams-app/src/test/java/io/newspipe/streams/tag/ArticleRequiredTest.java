package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A one-word Arabic-script organisation name written with the article counts only where the text has it. */
class ArticleRequiredTest {
    @Test
    void commonNounWithoutTheArticleIsNoOrganisation() {
        assertThat(TaggedText.entities("ar", null, "وقال مسؤول إن قاعدة عسكرية تعرضت للقصف ليلا في شمال البلاد."))
                .extracting(EntityTag::name).doesNotContain("al-Qaeda");
        assertThat(TaggedText.entities("ar", null, "وصل مئات الزوار إلى جزيرة قبرص يوم الاثنين."))
                .extracting(EntityTag::name).doesNotContain("Al Jazeera");
        assertThat(TaggedText.entities("fa", null, "گردشگران زیادی به این جزیره در جنوب رفتند و هوا گرم بود."))
                .extracting(EntityTag::name).doesNotContain("Al Jazeera");
    }

    @Test
    void nameWithItsArticleIsStillFound() {
        assertThat(TaggedText.entities("ar", null, "وقال تنظيم القاعدة في بيان إن عناصره انسحبوا، وفق الجزيرة."))
                .extracting(EntityTag::name).contains("al-Qaeda", "Al Jazeera");
        assertThat(TaggedText.entities("fa", null, "شبکه الجزیره گزارش داد که خبرنگارش در غزه زخمی شد."))
                .extracting(EntityTag::name).contains("Al Jazeera");
    }

    @Test
    void aNameThatFoldsOntoACommonWordCountsOnlyInFull() {
        // "إلبيت" folds to "البيت" (the house): Elbit Systems is named only by its full Arabic name
        assertThat(TaggedText.entities("ar", null, "عاد الجنود إلى البيت بعد انتهاء خدمتهم في إسرائيل."))
                .extracting(EntityTag::name).doesNotContain("Elbit Systems");
        assertThat(TaggedText.entities("ar", null, "وقعت شركة إلبيت سيستمز الإسرائيلية عقدا جديدا مع إسرائيل."))
                .extracting(EntityTag::name).contains("Elbit Systems");
    }
}
