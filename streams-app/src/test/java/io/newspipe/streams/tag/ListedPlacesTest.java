package io.newspipe.streams.tag;

import static io.newspipe.streams.tag.TaggedText.linkedPlaces;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListedPlacesTest {
    @Test
    void territoriesInEveryLanguage() {
        assertThat(linkedPlaces("en", "Settlers in the West Bank and shelling in Donbas and Darfur"))
                .contains("West Bank", "Donbas", "Darfur");
        assertThat(linkedPlaces("fr", "En Cisjordanie, en Crimée et au Haut-Karabakh")).contains("West Bank", "Crimea",
                "Nagorno-Karabakh");
        assertThat(linkedPlaces("ar", "اجتماع في إقليم كردستان بعد أحداث هضبة الجولان وشبه جزيرة القرم"))
                .contains("Kurdistan Region", "Golan Heights", "Crimea");
        assertThat(linkedPlaces("fa", "نشست در اقلیم کردستان و بحران کرانه باختری")).contains("Kurdistan Region",
                "West Bank");
    }

    @Test
    void holySitesAndLandmarks() {
        assertThat(linkedPlaces("en", "Worshippers at the Al-Aqsa Mosque and the Western Wall; tourists at the Eiffel Tower"))
                .contains("Al-Aqsa Mosque", "Western Wall", "Eiffel Tower");
        assertThat(linkedPlaces("ar", "ملايين الحجاج في المسجد الحرام وقرب الكعبة المشرفة وفي المسجد النبوي"))
                .contains("Masjid al-Haram", "Kaaba", "Al-Masjid an-Nabawi");
        assertThat(linkedPlaces("fa", "زائران در حرم امام رضا و حرم امام حسین")).contains("Imam Reza shrine",
                "Imam Husayn Shrine");
        assertThat(linkedPlaces("fr", "L'incendie de Notre-Dame de Paris et la visite du Taj Mahal"))
                .contains("Notre-Dame de Paris", "Taj Mahal");
    }

    @Test
    void namesAddedToGeonamesAreas() {
        assertThat(linkedPlaces("fa", "سیل در سیستان و بلوچستان خسارت زد")).contains("Sistan and Baluchestan");
        List<EntityTag> fr = TaggedText.linked("fr", "Des pluies dans la région de Tabouk");
        assertThat(fr).extracting(EntityTag::id).contains("geonames:101627");
        // the oblast word of a GeoNames name (خاركيف أوبلاست) is stripped, so a cue finds the bare name
        List<EntityTag> ar = TaggedText.linked("ar", "قصف روسي على مقاطعة خاركيف الأوكرانية");
        assertThat(ar).extracting(EntityTag::id).contains("geonames:706482");
    }

    @Test
    void everyRowIsWellFormedAndUnique() {
        Set<String> seen = new HashSet<>();
        EntityDictionaryLoader.readTsv(ListedPlaces.RESOURCE, false, c -> {
            assertThat(c).as(String.join("\t", c)).hasSize(4);
            assertThat(c[0]).matches("\\d*");
            assertThat(c[2]).matches("[A-Z]{2}");
            assertThat(seen.add(c[0].isEmpty() ? c[1] : c[0])).as("duplicate " + c[1]).isTrue();
        });
        assertThat(seen).hasSizeGreaterThan(300);
    }

    @Test
    void wordsAreNotPlaces() {
        assertThat(linkedPlaces("ar", "قال المسؤول إن الحديقة في وسط المدينة تحتاج إلى صور جديدة")).isEmpty();
        assertThat(linkedPlaces("fa", "بانک مرکزی از افزایش نرخ خبر داد و این سند را منتشر کرد")).isEmpty();
        assertThat(linkedPlaces("en", "A high dam and a green zone were discussed in the old city.")).isEmpty();
    }

    @Test
    void geographicFeaturesWithinOneCountry() {
        assertThat(linkedPlaces("en", "Clashes in the Nuba Mountains and on Mount Sinjar; pilgrims in the Hejaz"))
                .contains("Nuba Mountains", "Mount Sinjar", "Hejaz");
        assertThat(linkedPlaces("fr", "Les migrants de Lesbos et les pêcheurs des îles Kerkennah")).contains("Lesbos",
                "Kerkennah Islands");
        assertThat(linkedPlaces("ar", "قصف على جبال النوبة ونزوح من جبل سنجار وسهل نينوى")).contains("Nuba Mountains",
                "Mount Sinjar", "Nineveh Plains");
        assertThat(linkedPlaces("fa", "کوهنوردان در رشته‌کوه البرز و گردشگران در دشت لوت")).contains("Alborz Mountains",
                "Dasht-e Lut");
    }

    @Test
    void featureNamesThatAreWordsDoNotMatchAlone() {
        // نجد is also "we find", الجليل ends the name عبد الجليل, نقب is Persian for "tunnel"
        assertThat(linkedPlaces("ar", "لم نجد أي أثر، وقال عبد الجليل إن البحث مستمر")).isEmpty();
        assertThat(linkedPlaces("fa", "سارقان از یک نقب برای ورود به بانک استفاده کردند")).isEmpty();
        // water bodies are not loaded by default (places-optional.src.tsv)
        assertThat(linkedPlaces("en", "Migrants crossed the Mediterranean Sea and the Strait of Gibraltar")).isEmpty();
    }

    @Test
    void arabicNamesOfTownsGeoNamesListsWithoutAny() {
        assertThat(linkedPlaces("ar", "اشتباكات في هرجيسا وكيسمايو في الصومال")).contains("Hargeysa", "Kismayo");
        assertThat(linkedPlaces("ar", "وصل الوفد إلى تمارة والقصر الكبير في المغرب")).contains("Temara", "Ksar El Kebir");
        assertThat(linkedPlaces("ar", "معارك في الفاشر وسنار بالسودان")).contains("El Fasher", "Sennar"); // سنار: the state, ten times the city
    }

    @Test
    void arabicSpellingOfPersianNamesWithGaf() {
        assertThat(ListedPlaces.arabicForm("ننگرهار", "fa", "AF")).isEqualTo("ننغرهار");
        assertThat(ListedPlaces.arabicForm("ننگرهار", "fa", "PK")).isNull(); // only where Persian is written
        assertThat(ListedPlaces.arabicForm("کنر", "fa", "AF")).isNull();
        assertThat(linkedPlaces("ar", "قتل عشرة في ننغرهار وكونار ولوغار في أفغانستان")).contains("Nangarhar", "Kunar",
                "Logar");
    }

    @Test
    void iranianCitiesGeoNamesListsWithoutPopulation() {
        assertThat(linkedPlaces("fa", "باران شدید در کاشان و دزفول و جهرم")).contains("Kashan", "Dezful", "Jahrom");
        assertThat(linkedPlaces("fa", "اهالی محلات جنوبی شهر گفتند")).isEmpty(); // محلات "districts" is left out
    }

    @Test
    void aCuratedTownSpelledOtherwiseInGeoNamesIsTheGeoNamesTown() {
        // GeoNames spells them Bayt Lāhyā and Bayt Ḩānūn: one sense each, under the curated name and the GeoNames id
        List<EntityTag> tags = TaggedText.linked("ar", "غارات على بيت لاهيا وبيت حانون شمال قطاع غزة");
        assertThat(tags).extracting(EntityTag::id).contains("geonames:281145", "geonames:281146")
                .doesNotContain("newspipe:place:beit-lahia", "newspipe:place:beit-hanoun");
        assertThat(tags).extracting(EntityTag::name).contains("Beit Lahia", "Beit Hanoun");
        // a row that names its town only after a town word stays apart, so bare جنين ("foetus") still needs evidence
        assertThat(linkedPlaces("ar", "قال الأطباء في عمان إن الجنين بخير وإن جنين المرأة نجا")).doesNotContain(
                "Jenin", "Janin");
    }
}
