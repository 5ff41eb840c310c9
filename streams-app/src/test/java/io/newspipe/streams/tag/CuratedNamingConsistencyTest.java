package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One naming rule for curated and rule-rendered organisations: every form of a curated organisation is
 * rendered through {@link RenderedOrganisations}, and when the rules name the whole form, the name they give
 * must be the curated one (as reported, without Wikipedia's disambiguation). Otherwise the same body would be
 * reported under two names depending on whether the curated form or a variant of it was written.
 */
class CuratedNamingConsistencyTest {
    private static final int MAX_PLACE_WORDS = 4;

    @Test
    void everyCuratedOrganisationFormRendersToItsCuratedName() {
        List<String> disagreements = new ArrayList<>();
        for (String file : List.of("orgs-people.tsv", "orgs-extra.tsv")) {
            EntityDictionaryLoader.readTsv(file, false, row -> {
                if (row[0].equals("ORGANIZATION")) {
                    check(row, disagreements);
                }
            });
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void theCheckSeesADisagreement() {
        List<String> disagreements = new ArrayList<>();
        check(new String[] {"ORGANIZATION", "", "Parliament of Kuwait", "KW", "Kuwaiti National Assembly"},
                disagreements);
        assertThat(disagreements).containsExactly("Parliament of Kuwait <- 'Kuwaiti National Assembly' (en) renders"
                + " as National Assembly of Kuwait");
    }

    private static void check(String[] row, List<String> disagreements) {
        String reported = reported(row[2]);
        List<String> forms = new ArrayList<>(List.of(row[4].split("\\|")));
        forms.add(row[2]);
        for (String form : forms) {
            String written = form.startsWith("fa:") || form.startsWith("ar:") ? form.substring(3) : form;
            for (String language : languages(written)) {
                String rendered = renderedWhole(written, language);
                if (rendered != null && !rendered.equalsIgnoreCase(reported)) {
                    disagreements.add(row[2] + " <- '" + written + "' (" + language + ") renders as " + rendered);
                }
            }
        }
    }

    /** The name the rules give the whole of {@code form}, or null when they name none or only part of it. */
    private static String renderedWhole(String form, String language) {
        TokenizedText text = TokenizedText.of(form);
        List<EntityKind[]> marks = new ArrayList<>();
        marks.add(new EntityKind[text.tokens().size()]);
        List<EntityTag> found = RenderedOrganisations.find(List.of(text), marks, language, places(text, language))
                .rendered();
        for (EntityTag tag : found) {
            if (tag.mentions().contains(NameRecognizer.written(text, 0, text.tokens().size()))) {
                return tag.name();
            }
        }
        return null;
    }

    /**
     * The countries and places named inside a form: linked from its shorter spans, since the form as a whole
     * links to the organisation itself.
     */
    private static List<EntityTag> places(TokenizedText text, String language) {
        Map<String, EntityTag> out = new LinkedHashMap<>();
        int n = text.tokens().size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j <= Math.min(n, i + MAX_PLACE_WORDS); j++) {
                if (i == 0 && j == n) {
                    continue;
                }
                for (EntityTag tag : TaggedText.linked(language, NameRecognizer.written(text, i, j))) {
                    if (tag.type() == EntityKind.COUNTRY || tag.type() == EntityKind.PLACE) {
                        out.merge(tag.name(), tag, (a, b) -> merge(a, b));
                    }
                }
            }
        }
        return List.copyOf(out.values());
    }

    private static EntityTag merge(EntityTag a, EntityTag b) {
        List<String> mentions = new ArrayList<>(a.mentions());
        b.mentions().stream().filter(m -> !mentions.contains(m)).forEach(mentions::add);
        return new EntityTag(a.type(), a.name(), a.id(), a.countryCode(), List.copyOf(mentions), mentions.size());
    }

    private static List<String> languages(String form) {
        boolean arabicScript = form.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
        return arabicScript ? List.of("ar", "fa") : List.of("en", "fr");
    }

    private static String reported(String canonical) {
        int p = canonical.indexOf(" (");
        return (p > 0 ? canonical.substring(0, p) : canonical).strip().toLowerCase(Locale.ROOT);
    }
}
