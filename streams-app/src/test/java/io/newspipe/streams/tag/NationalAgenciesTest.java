package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TaggedText.organisations;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Arabic and Persian agencies named by what they do, reported under their country's listed title. */
class NationalAgenciesTest {
    @Test
    void statisticsOfficeTakesTheCountryAfterFi() {
        assertThat(organisations("ar", "التضخم يتباطأ",
                "أعلن الجهاز المركزي للإحصاء في الأردن أن معدل التضخم تراجع خلال الربع الثالث إلى اثنين في المئة."))
                .contains("Department of Statistics");
    }

    @Test
    void weatherServiceTakesTheArticlesMainCountryAndNoneWhenSeveralAreEven() {
        assertThat(organisations("ar", "أمطار غزيرة في قطر",
                "توقعت إدارة الأرصاد الجوية هطول أمطار رعدية على أغلب مناطق قطر، فيما يزور وفد من عمان الدوحة."
                        + " ودعت السلطات في قطر السائقين إلى الحذر."))
                .contains("Qatar Meteorology Department");
        assertThat(organisations("ar", "موجة حر",
                "حذرت هيئة الأرصاد الجوية من موجة حر تضرب الكويت والبحرين خلال الأيام المقبلة."))
                .noneMatch(n -> n.contains("Meteorolog"));
    }

    @Test
    void countryAdjectiveRightAfterTheHeadWhenItsTitleIsListed() {
        assertThat(organisations("ar", "تدريب على الإخلاء",
                "نفذ الدفاع المدني اللبناني تمريناً على إخلاء مبنى في بيروت صباح الأحد."))
                .contains("Lebanese Civil Defense");
        assertThat(organisations("ar", "الأسهم ترتفع",
                "ارتفع المؤشر الرئيسي للبورصة المصرية بنسبة واحد في المئة مع نهاية جلسة الخميس."))
                .contains("Egyptian Exchange");
        // a country without a listed title gets nothing
        assertThat(organisations("ar", "حرائق الغابات",
                "قال الدفاع المدني الجزائري إن فرقه أخمدت عشرات الحرائق في ولايات الشرق."))
                .noneMatch(n -> n.contains("Civil Defen"));
    }

    @Test
    void stockExchangeNeedsItsCountryWrittenNextToIt() {
        assertThat(organisations("ar", "تراجع الأسهم في الكويت",
                "تراجعت البورصة مع نهاية التعاملات وسط عمليات بيع واسعة في قطاع البنوك بالكويت."))
                .noneMatch(n -> n.contains("Boursa"));
        assertThat(organisations("ar", "تراجع الأسهم",
                "تراجعت بورصة الكويت مع نهاية التعاملات وسط عمليات بيع واسعة في قطاع البنوك."))
                .contains("Boursa Kuwait");
    }

    @Test
    void aFieldIsNotTheAgency() {
        assertThat(organisations("ar", "رحلات جديدة",
                "قال وزير الطيران المدني في السعودية إن المطارات ستستقبل رحلات إضافية هذا الصيف."))
                .doesNotContain("General Authority of Civil Aviation");
        assertThat(organisations("ar", "رحلات جديدة",
                "قالت الهيئة العامة للطيران المدني في السعودية إن المطارات ستستقبل رحلات إضافية هذا الصيف."))
                .contains("General Authority of Civil Aviation");
    }

    @Test
    void persianAgencyWithoutCountryIsIrans() {
        assertThat(organisations("fa", "پیش‌بینی بارش",
                "سازمان هواشناسی از بارش باران و وزش باد شدید در استان‌های شمالی از فردا خبر داد."))
                .contains("Iran Meteorological Organization");
    }

    @Test
    void armyNeedsItsCountryAdjective() {
        assertThat(organisations("ar", "انتشار عسكري",
                "أعلن الجيش اللبناني انتشار وحداته في القرى الحدودية جنوب لبنان، بالتنسيق مع قوات اليونيفيل."))
                .contains("Lebanese Armed Forces");
        assertThat(organisations("ar", "انتشار عسكري",
                "أعلن الجيش انتشار وحداته في القرى الحدودية جنوب لبنان، بالتنسيق مع قوات اليونيفيل."))
                .doesNotContain("Lebanese Armed Forces");
    }
}
