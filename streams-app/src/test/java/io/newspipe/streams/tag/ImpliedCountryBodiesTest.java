package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TaggedText.organisations;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bodies Arabic and Persian news names without their country, which is the article's own. */
class ImpliedCountryBodiesTest {
    @Test
    void persianSocietyIsTheNationalRedCrescentTheBareNameTheMovement() {
        assertThat(organisations("fa", "امدادرسانی به سیل‌زدگان",
                "جمعیت هلال احمر اعلام کرد ده‌ها تیم امدادی به مناطق سیل‌زده در شمال کشور اعزام شده‌اند."))
                .contains("Iranian Red Crescent Society").doesNotContain("Red Crescent");
        assertThat(organisations("fa", "امدادرسانی به سیل‌زدگان",
                "تیم‌های امدادی هلال احمر به مناطق سیل‌زده در شمال کشور اعزام شده‌اند."))
                .contains("Red Crescent").doesNotContain("Iranian Red Crescent Society");
    }

    @Test
    void arabicSocietyTakesTheMainCountry() {
        assertThat(organisations("ar", "قافلة مساعدات إلى غزة",
                "أرسلت جمعية الهلال الأحمر قافلة مساعدات من مصر إلى غزة، وقالت إن مصر سترسل قوافل أخرى."))
                .contains("Egyptian Red Crescent");
    }

    @Test
    void persianCentralBankWithoutCountryIsIransUnlessAnotherCountryIsMain() {
        assertThat(organisations("fa", "نرخ ارز",
                "رئیس کل بانک مرکزی گفت ذخایر ارزی کشور برای تأمین کالاهای اساسی کافی است."))
                .contains("Central Bank of Iran");
        assertThat(organisations("fa", "نرخ بهره در ترکیه",
                "بانک مرکزی نرخ بهره را در ترکیه افزایش داد و لیر ترکیه تقویت شد."))
                .doesNotContain("Central Bank of Iran");
    }

    @Test
    void persianMajlisNeedsAParliamentCue() {
        assertThat(organisations("fa", "بودجه سال آینده",
                "نمایندگان مجلس روز سه‌شنبه کلیات لایحه بودجه سال آینده را تصویب کردند."))
                .contains("Islamic Consultative Assembly");
        assertThat(organisations("fa", "درگذشت شاعر",
                "مجلس ترحیم این شاعر روز جمعه در تهران برگزار می‌شود."))
                .doesNotContain("Islamic Consultative Assembly");
    }

    @Test
    void constitutionalCouncilOnlyWhereTheBodyGoesByThatName() {
        assertThat(organisations("ar", "طعن في قانون الانتخاب",
                "قبل المجلس الدستوري الطعن في قانون الانتخاب الذي أقره البرلمان في لبنان الشهر الماضي."))
                .contains("Constitutional Council of Lebanon");
        assertThat(organisations("ar", "طعن في قانون الانتخاب",
                "قبل المجلس الدستوري الطعن في قانون الانتخاب الذي أقره البرلمان في العراق الشهر الماضي."))
                .noneMatch(n -> n.startsWith("Constitutional Council"));
    }

    @Test
    void arabicCourtTakesTheCountryAfterFi() {
        assertThat(organisations("ar", "نتائج نهائية",
                "أعلنت المحكمة الدستورية في الكويت رفض الطعون المقدمة من المرشحين الخاسرين."))
                .contains("Constitutional Court of Kuwait");
    }

    @Test
    void anAuditCourtOfTheFrenchModelTakesItsCountry() {
        assertThat(organisations("ar", "تقرير عن المالية العامة",
                "نشر ديوان المحاسبة تقريرا عن إنفاق الوزارات في لبنان، وقال إن لبنان يحتاج إلى إصلاح."))
                .contains("Court of Auditors of Lebanon");
        assertThat(organisations("ar", "تقرير عن المالية العامة",
                "أصدر مجلس المحاسبة الجزائري تقريره السنوي، فيما انتقدت المعارضة في تونس تقريرا مماثلا."))
                .contains("Court of Auditors of Algeria");
        assertThat(organisations("ar", "تقرير عن المالية العامة",
                "نشر المجلس الأعلى للحسابات في المغرب تقريره السنوي حول تدبير المالية العمومية."))
                .contains("Court of Accounts of Morocco");
    }

    @Test
    void anAuditCourtElsewhereGoesByAnotherNameAndIsNotNamed() {
        assertThat(organisations("ar", "تقرير عن المالية العامة",
                "نشر ديوان المحاسبة تقريرا عن إنفاق الوزارات في الكويت، وقال إن الكويت تحتاج إلى إصلاح."))
                .noneMatch(n -> n.startsWith("Court of Auditors"));
    }

    @Test
    void aBareArabicParliamentIsTheMainCountrysUnderItsOwnTitle() {
        assertThat(organisations("ar", "إقرار الموازنة",
                "صوت البرلمان على قانون الموازنة العامة في العراق بعد جلسة طويلة، وقال نواب إن العراق يحتاج إليها."))
                .contains("Iraqi Council of Representatives");
        assertThat(organisations("ar", "قانون المالية",
                "صادق البرلمان على مشروع قانون المالية في المغرب، وقال وزير المالية إن المغرب سيخفض العجز."))
                .contains("Parliament of Morocco");
    }

    @Test
    void aBareArabicParliamentWithAnAdjectiveOrNoMainCountryIsNotNamed() {
        assertThat(organisations("ar", "قرار أوروبي",
                "صوت البرلمان الأوروبي على قرار بشأن الهجرة، وقال مسؤولون في المغرب إن المغرب يرحب بالقرار."))
                .doesNotContain("Parliament of Morocco");
        assertThat(organisations("ar", "محادثات",
                "ناقش البرلمان اتفاقا بين مصر والأردن وسوريا والعراق حول المياه."))
                .noneMatch(n -> n.startsWith("Parliament of"));
    }
}
