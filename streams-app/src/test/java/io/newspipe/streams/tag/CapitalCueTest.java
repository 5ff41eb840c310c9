package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CapitalCueTest {
    private static List<String> places(String language, String body) {
        return TaggedText.names(TaggedText.entities(language, "", body), EntityKind.PLACE);
    }

    private static List<String> countries(String language, String body) {
        return TaggedText.names(TaggedText.entities(language, "", body), EntityKind.COUNTRY);
    }

    @Test
    void arabicCapitalInAppositionNamesTheCity() {
        assertThat(places("ar", "احتفل أنصار الرئيس في وسط العاصمة تونس مساء الاثنين.")).contains("Tunis");
        assertThat(places("ar", "عقد المؤتمر بالجزائر العاصمة يوم السبت بحضور الوزراء.")).contains("Algiers");
        assertThat(places("ar", "وصل الوفد إلى العاصمة الكويت مساء الأحد.")).contains("Kuwait City");
    }

    @Test
    void capitalOfACountryOrWithAnAdjectiveNamesTheCountry() {
        assertThat(countries("ar", "تقع عاصمة تونس على ساحل البحر المتوسط.")).contains("Tunisia");
        assertThat(countries("ar", "زار رئيس تونس العاصمة الجزائرية أمس.")).contains("Tunisia");
        assertThat(countries("ar", "قال وزير الخارجية إن تونس ترفض القرار.")).contains("Tunisia");
    }

    @Test
    void frenchAStillNamesTheCity() {
        assertThat(places("fr", "Le sommet s'est tenu à Luxembourg la semaine dernière.")).contains("Luxembourg");
    }
}
