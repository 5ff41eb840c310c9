package io.newspipe.streams.tag;

import java.util.HashMap;
import java.util.Map;

/**
 * English adjectives of countries by ISO 3166-1 alpha-2 code, for organisation names rendered in English
 * the way the labelled sets write them ("Moroccan Ministry of Interior"). Only the usual, unambiguous
 * adjectives are listed; a country without one here gets no adjective (its bodies are then named
 * "... of Country" or not at all). Immutable and thread-safe.
 */
final class EnglishDemonyms {
    private static final String TABLE = "AF Afghan|AL Albanian|DZ Algerian|AO Angolan|AR Argentine|AM Armenian"
            + "|AU Australian|AT Austrian|AZ Azerbaijani|BH Bahraini|BD Bangladeshi|BY Belarusian|BE Belgian"
            + "|BJ Beninese|BO Bolivian|BA Bosnian|BR Brazilian|BG Bulgarian|BF Burkinabe|BI Burundian"
            + "|KH Cambodian|CM Cameroonian|CA Canadian|TD Chadian|CL Chilean|CN Chinese|CO Colombian"
            + "|CG Congolese|CD Congolese|HR Croatian|CU Cuban|CY Cypriot|CZ Czech|DK Danish|DJ Djiboutian"
            + "|EC Ecuadorian|EG Egyptian|ER Eritrean|EE Estonian|ET Ethiopian|FI Finnish|FR French|GA Gabonese"
            + "|GE Georgian|DE German|GH Ghanaian|GR Greek|GT Guatemalan|GN Guinean|HT Haitian|HU Hungarian"
            + "|IN Indian|ID Indonesian|IR Iranian|IQ Iraqi|IE Irish|IL Israeli|IT Italian|CI Ivorian|JP Japanese"
            + "|JO Jordanian|KZ Kazakh|KE Kenyan|KW Kuwaiti|KG Kyrgyz|LV Latvian|LB Lebanese|LY Libyan"
            + "|LT Lithuanian|MG Malagasy|MY Malaysian|ML Malian|MR Mauritanian|MX Mexican|MD Moldovan"
            + "|MN Mongolian|MA Moroccan|MZ Mozambican|MM Myanmar|NP Nepalese|NL Dutch|NZ New Zealand"
            + "|NE Nigerien|NG Nigerian|KP North Korean|NO Norwegian|OM Omani|PK Pakistani|PS Palestinian"
            + "|PE Peruvian|PH Philippine|PL Polish|PT Portuguese|QA Qatari|RO Romanian|RU Russian|RW Rwandan"
            + "|SA Saudi|SN Senegalese|RS Serbian|SL Sierra Leonean|SG Singaporean|SK Slovak|SI Slovenian"
            + "|SO Somali|ZA South African|KR South Korean|SS South Sudanese|ES Spanish|LK Sri Lankan"
            + "|SD Sudanese|SE Swedish|CH Swiss|SY Syrian|TW Taiwanese|TJ Tajik|TZ Tanzanian|TH Thai|TG Togolese"
            + "|TN Tunisian|TR Turkish|TM Turkmen|UG Ugandan|UA Ukrainian|AE Emirati|GB British|US US"
            + "|UY Uruguayan|UZ Uzbek|VE Venezuelan|VN Vietnamese|YE Yemeni|ZM Zambian|ZW Zimbabwean";
    private static final Map<String, String> BY_CODE = load();

    private EnglishDemonyms() {
    }

    /** The English adjective of the country with ISO code {@code code}, or null when none is listed. */
    static String of(String code) {
        return code == null ? null : BY_CODE.get(code);
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        for (String entry : TABLE.split("\\|")) {
            int space = entry.indexOf(' ');
            out.put(entry.substring(0, space), entry.substring(space + 1));
        }
        return Map.copyOf(out);
    }
}
