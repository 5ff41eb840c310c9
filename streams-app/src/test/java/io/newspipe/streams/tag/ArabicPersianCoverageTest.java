package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TaggedText.organisations;
import static io.newspipe.streams.tag.TaggedText.people;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Arabic and Persian coverage of the curated lists (people-extra 30-34, the arfa6 block of orgs-extra): names
 * found in either script's spelling (ی/ي and ک/ك folded, Persian compound given names joined or split, clitics
 * before a name), reported by their English canonical name, and the ordinary words the lists leave out on purpose
 * staying unlinked.
 */
class ArabicPersianCoverageTest {
    @Test
    void iranianMinistersInPersianAndArabicSpellings() {
        assertThat(people("fa", "وزیر نفت در عسلویه",
                "محسن پاک‌نژاد، وزیر نفت، روز دوشنبه از پالایشگاه ستاره خلیج فارس بازدید کرد. جواد اوجی، وزیر پیشین"
                        + " نفت، نیز در این مراسم حضور داشت."))
                .contains("Mohsen Paknejad", "Javad Owji");
        assertThat(people("ar", "زنكنه يحذر من تراجع صادرات النفط الإيراني",
                "قال وزير النفط الإيراني الأسبق بيجن زنكنه إن العقوبات خفضت الصادرات، فيما أكد وزير الصحة محمد رضا"
                        + " ظفرقندي أن المستشفيات تعاني نقصا في الأدوية."))
                .contains("Bijan Namdar Zanganeh", "Mohammad-Reza Zafarghandi");
    }

    @Test
    void persianCompoundGivenNamesMatchJoinedAndSplit() {
        assertThat(people("fa", "رئیس کل بانک مرکزی",
                "محمدرضا فرزین، رئیس کل بانک مرکزی، گفت نرخ تورم در ماه‌های آینده کاهش می‌یابد."))
                .contains("Mohammad Reza Farzin");
        assertThat(people("fa", "رئیس کل بانک مرکزی",
                "محمد رضا فرزین، رئیس کل بانک مرکزی، گفت نرخ تورم در ماه‌های آینده کاهش می‌یابد."))
                .contains("Mohammad Reza Farzin");
    }

    @Test
    void arabMinistersMilitiaLeadersAndAfghanOfficials() {
        assertThat(people("ar", "وزير النفط العراقي يزور البصرة",
                "وصل وزير النفط حيان عبد الغني إلى البصرة، حيث التقى المحافظ أسعد العيداني لبحث مشاريع الغاز."))
                .contains("Hayan Abdul Ghani", "Asaad al-Eidani");
        assertThat(people("fa", "سفر معاون نخست‌وزیر طالبان به تهران",
                "عبدالسلام حنفی، معاون نخست‌وزیر طالبان، برای گفت‌وگو درباره آب هیرمند وارد تهران شد."))
                .contains("Abdul Salam Hanafi");
    }

    @Test
    void organisationsWithCliticsAndTheirOwnNames() {
        assertThat(organisations("ar", "مطارات دبي تسجل رقما قياسيا",
                "استقبل مطار دبي الدولي 45 مليون مسافر في النصف الأول، وقال الرئيس التنفيذي لمطارات دبي إن الهند"
                        + " بقيت أكبر سوق. وأعلنت مؤسسة كهرباء لبنان زيادة ساعات التغذية."))
                .contains("Dubai Airports Company", "Électricité du Liban");
        assertThat(organisations("fa", "انتقاد روزنامه فرهیختگان از دولت",
                "روزنامه فرهیختگان در سرمقاله امروز خود از سیاست‌های ارزی دولت انتقاد کرد و خبرگزاری ایکنا نیز"
                        + " گزارشی درباره آن منتشر کرد."))
                .contains("Farhikhtegan", "International Quran News Agency");
    }

    @Test
    void provincialDirectoratesNameTheirNationalOrganisation() {
        assertThat(organisations("fa", "هشدار هواشناسی برای هرمزگان",
                "مدیرکل هواشناسی استان هرمزگان از وزش باد شدید خبر داد و اداره کل مدیریت بحران استان از مردم خواست"
                        + " از تردد در ساحل خودداری کنند. مدیرکل بنادر و دریانوردی استان نیز گفت تردد شناورها متوقف شد."))
                .contains("Iran Meteorological Organization", "National Disaster Management Organization",
                        "Ports and Maritime Organization");
    }

    @Test
    void ordinaryWordsLeftOutStayUnlinked() {
        assertThat(organisations("ar", "ناقلات النفط تعود إلى الموانئ",
                "عادت ناقلات النفط إلى الموانئ بعد تحسن الطقس، وقالت وكالة محلية إن ممتلكات المواطنين لم تتضرر.")
                ).doesNotContain("Nakilat", "Saudi Ports Authority", "Mumtalakat Holding Company");
        List<String> persian = organisations("fa", "چراغ‌ها روشن ماند",
                "چراغ‌های خیابان تا صبح روشن ماند و یک هوادار تیم با ابتکار خود بنری در ورزشگاه نصب کرد.");
        assertThat(persian).doesNotContain("Roshn", "Havadar S.C.");
        assertThat(people("fa", "چراغ‌ها روشن ماند",
                "چراغ‌های خیابان تا صبح روشن ماند و یک هوادار تیم با ابتکار خود بنری در ورزشگاه نصب کرد."))
                .doesNotContain("Masoumeh Ebtekar");
    }
}
