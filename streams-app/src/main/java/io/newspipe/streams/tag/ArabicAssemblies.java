package io.newspipe.streams.tag;

import java.util.List;
import java.util.Map;

/**
 * National assemblies named in Arabic, for {@link ArabicScriptBodies}: "مجلس الأمة" (National Assembly;
 * Algeria's is the Council of the Nation), "مجلس الشيوخ" (Senate), "مجلس الشورى" (Shura Council), "مجلس
 * النواب" (House of Representatives; Iraq's is the Council of Representatives), "مجلس الشعب" (Syria's People's
 * Assembly), named "X of Country", or
 * "Iraqi Council of Representatives" as English writes it. The country is the adjective right after the
 * name ("مجلس الأمة الكويتي"), else the article's only country; none, no name. The United States' chambers
 * are left out (English names them "US Senate", not by this pattern). Stateless.
 */
final class ArabicAssemblies {
    private static final Map<String, String> BODIES = Map.of(TextTokenizer.foldWord("الأمة"), "National Assembly",
            TextTokenizer.foldWord("الشيوخ"), "Senate", TextTokenizer.foldWord("الشورى"), "Shura Council",
            TextTokenizer.foldWord("النواب"), "House of Representatives",
            TextTokenizer.foldWord("الشعب"), "People's Assembly");

    private ArabicAssemblies() {
    }

    /** The assembly named from word {@code i} ("مجلس", possibly behind proclitics), or null. */
    static RenderedOrganisations.Hit at(List<Token> tokens, int i, LinkedMentions linked) {
        String body = i + 1 < tokens.size() ? BODIES.get(tokens.get(i + 1).folded()) : null;
        if (body == null) {
            return null;
        }
        int end = i + 2;
        LinkedMentions.Match adjective = end < tokens.size() ? linked.at(tokens, end, EntityKind.COUNTRY) : null;
        EntityTag country = adjective != null ? adjective.tag() : linked.soleCountry();
        end += adjective != null ? adjective.words() : 0;
        if (country == null || "US".equals(country.countryCode())) {
            return null;
        }
        String code = country.countryCode();
        String name;
        if (body.equals("People's Assembly") && !"SY".equals(code)) {
            return null; // Syria's parliament; "مجلس الشعب" of another country is no body of that name today
        } else if (body.equals("National Assembly") && "DZ".equals(code)) {
            name = RenderedOrganisations.ofCountry("Council of the Nation", country);
        } else if (body.equals("House of Representatives") && "IQ".equals(code)) {
            name = "Iraqi Council of Representatives";
        } else {
            name = RenderedOrganisations.ofCountry(body, country);
        }
        return new RenderedOrganisations.Hit(name, i, end);
    }
}
