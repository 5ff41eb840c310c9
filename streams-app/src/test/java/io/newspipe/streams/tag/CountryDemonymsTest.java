package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Countries found through the demonyms and short names of {@code countries-extra.tsv}, in every name
 * language, and kept apart where two countries' forms look alike (Niger/Nigeria, the Guineas, the Congos,
 * the Koreas); some forms left out on purpose must not link.
 */
class CountryDemonymsTest {
    /** A sentence, the countries it must yield and those it must not. */
    record Case(String language, String text, Set<String> expected, Set<String> forbidden) {
        @Override
        public String toString() {
            return language + ": " + text;
        }
    }

    private static Case of(String language, String text, String expected, String forbidden) {
        return new Case(language, text, codes(expected), codes(forbidden));
    }

    private static Set<String> codes(String spaced) {
        return spaced.isBlank() ? Set.of() : Set.of(spaced.split(" "));
    }

    static Stream<Case> sentences() {
        return Stream.of(
                of("en", "The Senegalese president met Kenyan police chiefs.", "SN KE", ""),
                of("en", "The Malian junta expelled the ambassador.", "ML", ""),
                of("en", "Emirati officials and Ivorian diplomats met on Monday.", "AE CI", ""),
                of("en", "Burkinabe soldiers were killed in an ambush.", "BF", ""),
                of("en", "Filipino workers were evacuated by a Philippine navy ship.", "PH", ""),
                of("en", "Dutch and Swiss banks froze the assets.", "NL CH", ""),
                of("en", "Nigerien troops held talks with Nigerian police.", "NE NG", ""),
                of("en", "Equatorial Guinean and Bissau-Guinean delegates arrived.", "GQ GW", "GN"),
                of("en", "Papua New Guinean officials said the quake killed dozens.", "PG", "GN"),
                of("en", "Congolese rebels advanced; the Republic of Congo closed its border.", "CD CG", ""),
                of("en", "Fighting in the Democratic Republic of Congo displaced thousands.", "CD", "CG"),
                of("en", "South Sudanese refugees crossed the border.", "SS", "SD"),
                of("en", "Militants in the Niger Delta attacked a pipeline.", "NG", "NE"),
                of("en", "The Georgian president spoke in Tbilisi.", "GE", ""),
                of("en", "Northern Irish politicians met on Monday.", "GB", "IE"),
                of("en", "The Democratic People's Republic of Korea fired a missile.", "KP", "KR"),
                of("en", "Argentine and Chilean ministers met Peruvian and Bolivian counterparts.", "AR CL PE BO", ""),
                of("fr", "Le président sénégalais a reçu son homologue ivoirienne.", "SN CI", ""),
                of("fr", "Des soldats burkinabè et nigériens ont été tués.", "BF NE", "NG"),
                of("fr", "Une entreprise nigériane a signé le contrat.", "NG", "NE"),
                of("fr", "Les autorités guinéennes et équato-guinéennes ont signé un accord.", "GN GQ", ""),
                of("fr", "Le ministre bissau-guinéen est arrivé.", "GW", "GN"),
                of("fr", "Les Émirats ont annoncé que les forces émiraties se retiraient.", "AE", ""),
                of("fr", "La Centrafrique accuse des rebelles centrafricains.", "CF", ""),
                of("fr", "Le premier ministre néo-zélandais et le président sud-africain.", "NZ ZA", ""),
                of("ar", "قال الرئيس النيجيري إن القوات النيجرية انسحبت.", "NG NE", ""),
                of("ar", "وصل وفد إماراتي إلى كوت ديفوار.", "AE CI", ""),
                of("ar", "أعلنت الحكومة الكونغولية حالة الطوارئ.", "CD", ""),
                of("ar", "التقى الرئيس الكوري الجنوبي نظيره الكوري الشمالي.", "KR KP", ""),
                of("ar", "قال مسؤول نمساوي إن المجر سترفض الاتفاق.", "AT HU", ""),
                of("ar", "تعاني جمهورية الكونغو الديمقراطية من النزاع.", "CD", "CG"),
                of("ar", "زار الرئيس روسيا البيضاء.", "BY", "RU"),
                of("fa", "رئیس‌جمهور کره‌ی جنوبی به ژاپن رفت.", "KR JP", ""),
                of("fa", "نیروهای اتیوپیایی و سومالیایی درگیر شدند.", "ET SO", ""),
                of("fa", "معترضان در هنگ‌کنگ تجمع کردند.", "HK", ""),
                of("fa", "نیجریه و غنا توافق‌نامه‌ای امضا کردند.", "NG GH", "NE"),
                of("ar", "قالت السلطات النيجرية إن الهجوم وقع قرب الحدود.", "NE", "NG"),
                // forms left out on purpose, or needing evidence
                of("en", "The Georgian era houses of the town were restored.", "", "GE"),
                of("en", "Flights on Emirates were delayed.", "", "AE"),
                of("ar", "تابع المراقبون مجريات الأحداث.", "", "HU"),
                of("ar", "انتشرت المناطق الصحراوية في الجنوب الأفريقي.", "", "EH ZA"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void findsTheRightCountries(Case c) {
        List<String> found = TaggedText.linked(c.language(), c.text()).stream()
                .filter(t -> t.type() == EntityKind.COUNTRY).map(EntityTag::countryCode).toList();
        assertThat(c.expected()).as("found %s", found).allMatch(found::contains);
        assertThat(c.forbidden()).as("found %s", found).noneMatch(found::contains);
    }
}
