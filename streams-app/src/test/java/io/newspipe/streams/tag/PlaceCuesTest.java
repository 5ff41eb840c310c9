package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TaggedText.linkedIds;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceCuesTest {
    private static final String IDLIB_GOVERNORATE = "geonames:169387";
    private static final String IDLIB_CITY = "geonames:169389";
    private static final String TABUK_REGION = "geonames:101627";
    private static final String TABUK_CITY = "geonames:101628";
    private static final String BUSHEHR_PROVINCE = "geonames:139816";
    private static final String BUSHEHR_CITY = "geonames:139817";

    @Test
    void withoutCueTheNameIsTheCity() {
        assertThat(linkedIds("en", "Shelling hit Idlib on Monday, Syrian activists said.")).contains(IDLIB_CITY)
                .doesNotContain(IDLIB_GOVERNORATE);
        assertThat(linkedIds("ar", "وصل الوفد إلى تبوك في السعودية")).contains(TABUK_CITY).doesNotContain(TABUK_REGION);
    }

    @Test
    void areaWordBesideTheNameChoosesTheArea() {
        assertThat(linkedIds("en", "Officials in the province of Idlib said the road was closed."))
                .contains(IDLIB_GOVERNORATE).doesNotContain(IDLIB_CITY);
        assertThat(linkedIds("fr", "Des frappes ont visé la province d'Idleb, en Syrie.")).contains(IDLIB_GOVERNORATE)
                .doesNotContain(IDLIB_CITY);
        assertThat(linkedIds("ar", "قتل ثلاثة مدنيين بمحافظة إدلب شمال غرب سوريا")).contains(IDLIB_GOVERNORATE)
                .doesNotContain(IDLIB_CITY);
        assertThat(linkedIds("ar", "أمطار غزيرة في منطقة تبوك شمال السعودية")).contains(TABUK_REGION);
        assertThat(linkedIds("fa", "زلزله‌ای استان بوشهر را لرزاند")).contains(BUSHEHR_PROVINCE)
                .doesNotContain(BUSHEHR_CITY);
    }

    @Test
    void cityWordChoosesTheCityAndIsNoPlaceItself() {
        List<String> ar = linkedIds("ar", "وقع الانفجار في مدينة تبوك بالسعودية");
        assertThat(ar).contains(TABUK_CITY).doesNotContain(TABUK_REGION);
        assertThat(ar).doesNotContain("geonames:109223"); // مدينة is "city", not Medina
        List<String> fa = linkedIds("fa", "زلزله در استان بوشهر و خسارت در شهر بوشهر");
        assertThat(fa).contains(BUSHEHR_PROVINCE, BUSHEHR_CITY);
        assertThat(linkedIds("en", "Fighting in Idlib province spread to the city of Idlib."))
                .contains(IDLIB_GOVERNORATE, IDLIB_CITY);
    }

    @Test
    void coordinatedNamesShareTheAreaCue() {
        List<String> expected = List.of(IDLIB_GOVERNORATE, "geonames:170015", "geonames:170062");
        assertThat(linkedIds("ar", "قصفت الطائرات محافظات إدلب وحماة وحلب")).containsAll(expected);
        assertThat(linkedIds("en", "Rebels shelled Idlib, Hama and Aleppo provinces overnight.")).containsAll(expected);
        assertThat(linkedIds("fa", "سیل در استان‌های ایلام و کرمانشاه خسارت زد")).contains("geonames:130801",
                "geonames:128222");
        assertThat(linkedIds("fr", "Des frappes dans les gouvernorats d'Idleb et de Hama, en Syrie."))
                .contains(IDLIB_GOVERNORATE, "geonames:170015");
        // a list with a designated first name: "محافظة إدلب وحماة" makes Hama the governorate too
        assertThat(linkedIds("ar", "اشتباكات في محافظة إدلب وحماة")).contains(IDLIB_GOVERNORATE, "geonames:170015");
    }

    @Test
    void oneAreaSenseAcrossTheArticle() {
        List<String> ids = TaggedText.linked("ar", "الكوليرا تنتشر في إدلب السورية",
                "سجلت محافظة إدلب مئات الإصابات خلال أسبوع.").stream().map(EntityTag::id).toList();
        assertThat(ids).contains(IDLIB_GOVERNORATE).doesNotContain(IDLIB_CITY);
    }

    @Test
    void nationalCapitalBeatsNamesakes() {
        assertThat(linkedIds("en", "Talks resumed in Washington on Tuesday.")).containsExactly("geonames:4140963");
        assertThat(linkedIds("ar", "وصل الرئيس إلى واشنطن أمس")).containsExactly("geonames:4140963");
        List<String> both = linkedIds("en", "Wildfires in Washington state worried officials in Washington.");
        assertThat(both).contains("geonames:5815135", "geonames:4140963");
        assertThat(linkedIds("en", "Clashes in Tripoli, Lebanon, left two dead.")).contains("geonames:266826");
    }

    @Test
    void townWordVouchesForAShortArabicNameOfAPlaceInContext() {
        // هيت (Hit, Iraq) is three letters: alone it could be a word, after بلدة it is the town
        assertThat(linkedIds("ar", "وصلت القوات إلى هيت غربي العراق")).doesNotContain("geonames:95788");
        assertThat(linkedIds("ar", "وصلت القوات إلى بلدة هيت غربي العراق")).contains("geonames:95788");
        assertThat(linkedIds("ar", "قال مسؤول في مدينة مأرب اليمنية إن")).contains("geonames:72968");
        // not in Persian, where شهر also opens sentences about a town's news
        assertThat(linkedIds("fa", "وصلت القوات إلى بلدة هيت غربي العراق")).doesNotContain("geonames:95788");
    }

    @Test
    void smallDistrictSeatsNeedATownWord() {
        // الجديدة is "the new" and also the seat of the Lebanese Matn district: only after a town word
        assertThat(linkedIds("ar", "أعلنت الحكومة اللبنانية الخطة الجديدة للكهرباء")).doesNotContain("geonames:279854");
        assertThat(linkedIds("ar", "قتل ثلاثة في قضاء الحويجة جنوب غربي كركوك في العراق")).contains("geonames:390188");
        assertThat(linkedIds("ar", "قتل ثلاثة في الحويجة جنوب غربي كركوك في العراق")).doesNotContain("geonames:390188");
    }

    @Test
    void governorsOfAListNameTheAreasOneGovernorLeavesTheCity() {
        // Yazd and Zanjan provinces, not their seat cities
        assertThat(linkedIds("fa", "استانداران یزد و زنجان برای روز چهارشنبه تعطیلی اعلام کردند."))
                .contains("geonames:111821", "geonames:111452").doesNotContain("geonames:111822", "geonames:111453");
        // one governor: an article about the city as often as about the governorate, so the city stays
        assertThat(linkedIds("ar", "قرر محافظ الإسكندرية تعطيل الدراسة في المدارس بعد الأمطار في مصر"))
                .contains("geonames:361058").doesNotContain("geonames:361059");
    }

    @Test
    void countrysideOfASeatNamesTheGovernorate() {
        assertThat(linkedIds("ar", "اشتباكات عنيفة في ريف حلب الشمالي بين فصائل مسلحة في سوريا"))
                .contains("geonames:170062").doesNotContain("geonames:170063");
        assertThat(linkedIds("ar", "قصف مدفعي على بلدات في ريف إدلب الجنوبي")).contains(IDLIB_GOVERNORATE)
                .doesNotContain(IDLIB_CITY);
    }

    @Test
    void municipalWordsVouchForATownWhoseNameIsAWord() {
        // جنين is also "foetus": bare it needs more, after بلدية it is the town
        assertThat(linkedIds("ar", "قال الطبيب إن جنين المريضة بحالة جيدة")).doesNotContain("geonames:283506");
        assertThat(linkedIds("ar", "قال رئيس بلدية جنين إن شبكات المياه دمرت")).contains("geonames:283506");
        assertThat(linkedIds("fa", "شهردار تبریز گفت آب شهر جیره‌بندی نمی‌شود")).contains("geonames:113646");
    }
}
