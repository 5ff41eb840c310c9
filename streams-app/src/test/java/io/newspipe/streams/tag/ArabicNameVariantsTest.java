package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Joined and split compounds and the Persian family name without its article, for curated people. */
class ArabicNameVariantsTest {
    @Test
    void compoundsAreJoinedAndSplit() {
        assertThat(ArabicNameVariants.of("بدر عبد العاطي")).contains("بدر عبدالعاطي");
        assertThat(ArabicNameVariants.of("أحمد أبو الغيط")).contains("أحمد أبوالغيط");
        assertThat(ArabicNameVariants.of("عبدالفتاح السيسي")).contains("عبد الفتاح السيسي");
    }

    @Test
    void persianDropsTheArticleOfTheFamilyNameOnly() {
        assertThat(ArabicNameVariants.of("مقتدى الصدر")).contains("fa:مقتدى صدر");
        assertThat(ArabicNameVariants.of("بشار الأسد")).contains("fa:بشار أسد");
        // a compound's article, an ordinal, a one-word name and a Latin name keep theirs
        assertThat(ArabicNameVariants.of("عبد الرحيم دقلو")).noneMatch(v -> v.contains("عبد رحيم"));
        assertThat(ArabicNameVariants.of("الملك عبد الله الثاني")).noneMatch(v -> v.endsWith(" ثاني"));
        assertThat(ArabicNameVariants.of("أبو القاسم الخوئي")).noneMatch(v -> v.contains("أبو قاسم"));
        assertThat(ArabicNameVariants.of("السوداني")).isEmpty();
        assertThat(ArabicNameVariants.of("Bashar al-Assad")).isEmpty();
        assertThat(ArabicNameVariants.of("ar:مقتدى الصدر")).isEmpty();
    }

    @Test
    void anOrganisationsArabicNameIsJoinedForPersianOnly() {
        assertThat(ArabicNameVariants.persianJoined("جيش العدل")).isEqualTo("fa:جيش\u200cالعدل");
        assertThat(ArabicNameVariants.persianJoined("جبهة العمل الإسلامي")).isNull();
        assertThat(ArabicNameVariants.persianJoined("حزب مردم")).isNull();
        assertThat(ArabicNameVariants.persianJoined("ar:جيش العدل")).isNull();
        assertThat(ArabicNameVariants.persianJoined("Jaish al-Adl")).isNull();
        assertThat(TaggedText.organisations("fa", "",
                "گروه جیش‌العدل مسئولیت حمله به پاسگاه مرزی در سراوان را بر عهده گرفت.")).contains("Jaish ul-Adl");
    }

    @Test
    void taggerFindsThePersianSpellings() {
        assertThat(TaggedText.names(TaggedText.entities("fa", "دیدار در بغداد",
                "مقتدی صدر و بدر عبدالعاطی در بغداد با یکدیگر دیدار و درباره تحولات منطقه گفتگو کردند."), EntityKind.PERSON))
                .contains("Muqtada al-Sadr", "Badr Abdelatty");
    }
}
