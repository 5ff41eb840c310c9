package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TaggedText.organisations;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule-named bodies beyond ministries and courts: services, parliaments, national societies; whole names only. */
class CountryBodiesTest {
    private static EntityTag place(String name, String country) {
        return new EntityTag(EntityKind.PLACE, name, null, country, List.of(name), 1);
    }

    @Test
    void airForcesAndNaviesInEveryLanguageTakeTheirOwnNames() {
        assertThat(organisations("en", "Jets scrambled",
                "The Indian Air Force said two of its jets intercepted a drone near the border on Sunday."))
                .contains("Indian Air Force");
        assertThat(organisations("ar", "اعتراض طائرة مسيرة",
                "قالت القوات الجوية الهندية إن مقاتلتين اعترضتا طائرة مسيرة قرب الحدود يوم الأحد."))
                .contains("Indian Air Force");
        assertThat(organisations("fa", "رزمایش دریایی",
                "نیروی دریایی پاکستان روز یکشنبه یک رزمایش بزرگ در دریای عرب برگزار کرد."))
                .contains("Pakistan Navy");
        assertThat(organisations("fr", "Exercice naval",
                "La marine indienne a mené dimanche un exercice de grande ampleur au large de Bombay."))
                .contains("Indian Navy");
    }

    @Test
    void theArabicAdjectiveMaritimeIsNotTheNavy() {
        assertThat(organisations("ar", "نزاع حدودي",
                "اتهمت القاهرة سفينة أجنبية بانتهاك الحدود البحرية المصرية قرب سواحل سيناء."))
                .noneMatch(n -> n.contains("Navy"));
        assertThat(organisations("ar", "مناورات",
                "أعلنت البحرية المصرية عن مناورات مشتركة في البحر المتوسط الأسبوع المقبل."))
                .contains("Egyptian Navy");
    }

    @Test
    void aCountrysArmyIsNotNamedByRule() {
        assertThat(organisations("fr", "Combats dans le centre",
                "L'armée malienne affirme avoir repoussé une attaque contre un poste dans le centre du pays."))
                .noneMatch(n -> n.contains("Army") || n.contains("Armed Forces"));
    }

    @Test
    void parliamentsAreNamedAfterTheirCountryOrByTheirOwnName() {
        assertThat(organisations("en", "Budget vote",
                "Morocco's parliament approved the budget on Tuesday after a long debate over fuel subsidies."))
                .contains("Parliament of Morocco");
        assertThat(organisations("ar", "تصويت على الموازنة",
                "صوّت البرلمان العراقي يوم الثلاثاء على قانون الموازنة بعد جدل طويل."))
                .contains("Iraqi Council of Representatives");
    }

    @Test
    void aNationalRedCrescentSocietyIsNotTheMovement() {
        List<String> orgs = organisations("ar", "إغاثة المتضررين من السيول",
                "أرسل الهلال الأحمر الليبي فرقا لإغاثة المتضررين من السيول في شرق البلاد يوم الاثنين.");
        assertThat(orgs).contains("Libyan Red Crescent").doesNotContain("Red Crescent");
        assertThat(organisations("en", "Aid convoy",
                "An aid convoy organised by the Red Crescent reached the town on Monday, officials said."))
                .contains("Red Crescent");
    }

    @Test
    void aMinistryWhosePortfolioGoesOnIsNamedWholeOrNotAtAll() {
        assertThat(organisations("ar", "منح دراسية",
                "أعلنت وزارة التعليم العالي والبحث العلمي والابتكار العمانية عن منح دراسية جديدة للطلاب."))
                .contains("Omani Ministry of Higher Education, Research and Innovation");
        assertThat(organisations("ar", "منح دراسية",
                "أعلنت وزارة التعليم العالي والبحث العلمي والتكنولوجيا الليبية عن منح دراسية جديدة."))
                .noneMatch(n -> n.contains("Ministry"));
        assertThat(organisations("en", "Scholarships",
                "Tunisia's Ministry of Higher Education, Scientific Research and Technology announced new grants."))
                .noneMatch(n -> n.contains("Ministry of Higher Education"));
        assertThat(organisations("fr", "Bourses",
                "Le ministère tunisien de l'Enseignement supérieur et de la Recherche scientifique et de"
                        + " l'Innovation annonce de nouvelles bourses."))
                .noneMatch(n -> n.contains("Ministry"));
    }

    @Test
    void ministriesGoByTheirCountrysOwnNames() {
        assertThat(organisations("fr", "Visite à Londres",
                "Le ministère britannique de l'Intérieur a annoncé un durcissement des règles sur les visas."))
                .contains("Home Office");
        assertThat(organisations("fa", "واکسیناسیون",
                "وزارت بهداشت اعلام کرد که واکسیناسیون از هفته آینده در همه استان‌ها آغاز می‌شود."))
                .contains("Ministry of Health and Medical Education");
        assertThat(organisations("fa", "نشست خبری",
                "وزارت کشور روز دوشنبه در نشست خبری جدول زمانی انتخابات را اعلام کرد."))
                .contains("Iranian Ministry of Interior");
    }

    @Test
    void universitiesFollowHowEachCountryNamesThem() {
        assertThat(RenderedOrganisations.university(place("Mansoura", "EG"))).isEqualTo("Mansoura University");
        assertThat(RenderedOrganisations.university(place("Herat", "AF"))).isEqualTo("Herat University");
        assertThat(RenderedOrganisations.university(place("Mosul", "IQ"))).isEqualTo("University of Mosul");
        assertThat(RenderedOrganisations.university(place("Shiraz", "IR"))).isEqualTo("Shiraz University");
        assertThat(organisations("ar", "مؤتمر علمي",
                "استضافت جامعة بغداد مؤتمرا علميا حول المياه بمشاركة باحثين من عدة دول."))
                .contains("University of Baghdad");
    }

    @Test
    void courtsOfAuditAndSupremeConstitutionalCourts() {
        assertThat(organisations("fr", "Finances publiques",
                "La Cour des comptes a publié mercredi un rapport sévère sur la dette et les dépenses de l'État."))
                .contains("Court of Audit of France");
        assertThat(organisations("ar", "حكم قضائي",
                "قضت المحكمة الدستورية العليا في مصر بعدم دستورية مادة في قانون الإيجارات القديمة."))
                .contains("Supreme Constitutional Court of Egypt");
    }

    @Test
    void anUpperHouseIsNotTheWholeParliament() {
        assertThat(organisations("ar", "قانون الانتخاب",
                "أقر مجلس الأعيان الأردني مشروع قانون الانتخاب بعد أن أقره مجلس النواب في عمان."))
                .contains("Senate of Jordan").doesNotContain("Parliament of Jordan");
    }

    @Test
    void aFederalSupremeCourtOnlyInTheFederationsWhoseHighestCourtGoesByTheName() {
        assertThat(organisations("ar", "المصادقة على النتائج",
                "صادقت المحكمة الاتحادية العليا على نتائج الانتخابات البرلمانية في العراق، وقالت إن العراق أنجز"
                        + " الاستحقاق في موعده."))
                .contains("Federal Supreme Court of Iraq");
        assertThat(organisations("ar", "محاكمة في الولايات المتحدة",
                "مثل المتهم أمام المحكمة الاتحادية في نيويورك، وقالت الولايات المتحدة إن الولايات المتحدة ستطلب"
                        + " عقوبة مشددة."))
                .noneMatch(n -> n.startsWith("Federal Supreme Court"));
    }
}
