package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TaggedText.organisations;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Football federations, olympic committees, news agencies and chambers named by their country in Arabic and Persian. */
class NationalFederationsTest {
    @Test
    void footballFederationNeedsTheSportAfterTheCountry() {
        assertThat(organisations("ar", "مدرب جديد",
                "أعلن الاتحاد الهولندي لكرة القدم تعيين مدرب جديد للمنتخب الأول قبل التصفيات."))
                .contains("Royal Dutch Football Association");
        assertThat(organisations("ar", "بطولة التنس",
                "قال رئيس الاتحاد المصري للتنس إن البطولة تنطلق غدا في القاهرة بمشاركة واسعة."))
                .noneMatch(n -> n.contains("Football"));
        assertThat(organisations("fa", "سرمربی جدید",
                "فدراسیون فوتبال عربستان اعلام کرد که سرمربی جدید تیم ملی هفته آینده معرفی می‌شود."))
                .contains("Saudi Arabian Football Federation")
                .doesNotContain("Football Federation Islamic Republic of Iran");
    }

    @Test
    void olympicCommitteeOfTheCountryNotTheInternationalOne() {
        assertThat(organisations("ar", "الألعاب الآسيوية",
                "أكدت اللجنة الأولمبية الأردنية مشاركة عشرة رياضيين في الألعاب الآسيوية المقبلة."))
                .contains("Jordan Olympic Committee");
        assertThat(organisations("ar", "الألعاب الأولمبية",
                "قالت اللجنة الأولمبية الدولية إن الألعاب ستقام في موعدها رغم الظروف في الأردن."))
                .doesNotContain("Jordan Olympic Committee");
    }

    @Test
    void newsAgencyNamedByItsCountry() {
        assertThat(organisations("ar", "مغادرة",
                "وقالت وكالة الأنباء الفرنسية إن الرئيس غادر باريس متوجها إلى بروكسل صباح الاثنين."))
                .contains("Agence France-Presse");
        assertThat(organisations("fa", "سفر نخست وزیر",
                "به گزارش خبرگزاری رسمی عراق، نخست وزیر این کشور فردا به تهران سفر می‌کند."))
                .contains("Iraqi News Agency");
        // Russia's two agencies are of equal standing: no title is listed
        assertThat(organisations("ar", "تصريحات",
                "ونقلت وكالة الأنباء الروسية عن مصدر في الكرملين قوله إن اللقاء سيعقد قريبا."))
                .noneMatch(n -> n.contains("TASS") || n.contains("RIA") || n.contains("News Agency"));
    }

    @Test
    void chamberOfCommerceOnlyWithAListedTitle() {
        assertThat(organisations("ar", "الصادرات",
                "قالت غرفة تجارة وصناعة الكويت إن الصادرات غير النفطية ارتفعت خلال العام الماضي."))
                .contains("Kuwait Chamber of Commerce and Industry");
        assertThat(organisations("ar", "الصادرات",
                "قالت غرفة تجارة وصناعة الأردن إن الصادرات غير النفطية ارتفعت خلال العام الماضي."))
                .noneMatch(n -> n.contains("Chamber"));
    }

    @Test
    void electoralBodyUnderTheLongerHeadsWithItsListedTitle() {
        assertThat(organisations("fa", "نتایج انتخابات",
                "کمیسیون مرکزی انتخابات روسیه نتایج نهایی انتخابات ریاست جمهوری را امروز اعلام کرد."))
                .contains("Central Election Commission of Russia");
        assertThat(organisations("ar", "نتائج الانتخابات",
                "أعلنت لجنة الانتخابات المركزية في روسيا النتائج النهائية للانتخابات الرئاسية اليوم."))
                .contains("Central Election Commission of Russia");
        // a country without a listed title gets nothing
        assertThat(organisations("ar", "نتائج الانتخابات",
                "أعلنت لجنة الانتخابات المركزية في السويد النتائج النهائية للانتخابات التشريعية اليوم."))
                .noneMatch(n -> n.contains("Election"));
    }
}
