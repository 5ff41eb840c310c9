package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonSkeletonsTest {

    private static List<String> people(String language, String body) {
        return TaggedText.names(TaggedText.entities(language, "", body), EntityKind.PERSON);
    }

    @Test
    void persianSpellingsOfNamesListedOnlyInArabicAreFound() {
        // listed as "أندرو بيلي" and "رولان ليسكور": Persian writes no ي for the short vowels
        assertThat(people("fa", "اندرو بیلی، رئیس بانک انگلستان، روز پنجشنبه گفت نرخ بهره تغییر نمی‌کند."))
                .contains("Andrew Bailey");
        assertThat(people("fa", "رولان لسکور وزیر اقتصاد فرانسه روز دوشنبه بودجه سال آینده را معرفی کرد."))
                .contains("Roland Lescure");
        // Arabic "جوناثان باول": Persian writes p as پ and th as ت
        assertThat(people("fa", "جاناتان پاول مشاور امنیت ملی بریتانیا روز سه‌شنبه به منطقه سفر کرد."))
                .contains("Jonathan Powell");
    }

    @Test
    void arabicNewsWritingTheVowelsOfAForeignNameOtherwiseFindsItToo() {
        assertThat(people("ar", "وصل بدرو سانشز رئيس الحكومة الإسبانية إلى الرباط في زيارة رسمية تستمر يومين."))
                .contains("Pedro Sánchez");
    }

    @Test
    void theWordsOfArabAndIranianNamesKeepTheirVowels() {
        PersonSkeletons.Builder b = new PersonSkeletons.Builder();
        b.add(7, "أحمد نادري", "IR");
        b.add(8, "سيفان حسن", "NL");
        b.add(9, "سفيان الزهراني", "SA");
        b.add(10, "حسن نصر الله", "LB");
        PersonSkeletons skeletons = b.build();
        TokenizedText text = TokenizedText.of("التقى أحمد نادر وسفيان حسن بالوزير أمس في العاصمة");
        for (int i = 0; i < text.tokens().size(); i++) {
            assertThat(skeletons.match(text.text(), text.tokens(), i, "ar")).as("word %d", i).isNull();
        }
        TokenizedText foreign = TokenizedText.of("فازت سیفان حسن");
        assertThat(skeletons.match(foreign.text(), foreign.tokens(), 1, "fa")).isNotNull();
    }

    @Test
    void aCommaBetweenTwoWordsEndsTheName() {
        PersonSkeletons.Builder b = new PersonSkeletons.Builder();
        b.add(11, "آرسن ونگر", "FR");
        PersonSkeletons skeletons = b.build();
        TokenizedText joined = TokenizedText.of("گفت رسانه انفجار بزرگ بود");
        assertThat(skeletons.match(joined.text(), joined.tokens(), 1, "fa")).isNotNull();
        TokenizedText comma = TokenizedText.of("گفت رسانه، انفجار بزرگ بود");
        assertThat(skeletons.match(comma.text(), comma.tokens(), 1, "fa")).isNull();
        assertThat(people("fa", "به گزارش رسانه‌ها، انفجار به محموله‌ای از مواد شیمیایی مربوط بوده است."))
                .doesNotContain("Arsène Wenger");
        TokenizedText hyphen = TokenizedText.of("گفت رسانه-انفجار بزرگ بود");
        assertThat(skeletons.match(hyphen.text(), hyphen.tokens(), 1, "fa")).as("a hyphen joins").isNotNull();
    }

    @Test
    void aListedNameWithTheFathersNameInItIsFound() {
        assertThat(people("ar", "استقبل رئيس الجمهورية عبد اللطيف جمال رشيد وفداً من البرلمان الأوروبي في بغداد."))
                .contains("Abdul Latif Rashid");
        assertThat(people("ar", "استقبل رئيس الجمهورية عبد اللطيف رشيد وفداً من البرلمان الأوروبي في بغداد."))
                .contains("Abdul Latif Rashid");
    }

    @Test
    void aCommaOrAWordOfNoArabNameIsNoFathersName() {
        assertThat(people("ar", "حضر اللقاء عبد اللطيف، جمال رشيد وآخرون من أعضاء الوفد.")).doesNotContain(
                "Abdul Latif Rashid");
        assertThat(people("ar", "التقى عبد اللطيف ماكرونسكي رشيد في المعرض.")).doesNotContain("Abdul Latif Rashid");
    }

    @Test
    void aFinalOIsNoFinalA() {
        assertThat(people("ar", "وحل الإيطالي جورجو مالان ثالثاً في السباق بعد منافسة قوية.")).doesNotContain(
                "Giorgia Meloni");
        assertThat(people("ar", "التقت رئيسة الوزراء الإيطالية جورجيا ميلوني نظيرها في روما.")).contains(
                "Giorgia Meloni");
        assertThat(people("fa", "جورجا ملونی، نخست‌وزیر ایتالیا، روز شنبه به رم بازگشت.")).contains("Giorgia Meloni");
    }
}
