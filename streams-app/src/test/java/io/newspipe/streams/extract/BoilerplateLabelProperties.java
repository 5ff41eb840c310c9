package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.streams.text.MatchingText;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The label's shortcuts (shape pre-check, first-character gate) must not change any verdict. */
class BoilerplateLabelProperties {
    @Property(tries = 4000)
    void labelsAsTheFullChecksDo(@ForAll("texts") String text) throws Exception {
        assertThat(BoilerplateCues.label(text)).isEqualTo(reference(text));
    }

    @Property(tries = 2000)
    void labelsAnyTextAsTheFullChecksDo(@ForAll String text) throws Exception {
        assertThat(BoilerplateCues.label(text)).isEqualTo(reference(text));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("Related", "RELATED ARTICLES", "Most read", "Tags", "Share this", "Source", "SOURCES",
                        "Fuente", "Quelle", "Источник", "المصدر", "مصدر", "منبع", "Read more", "كلمات دلالية",
                        "İstanbul", "Σ", "İ", "Read also", "Advertisement", "Comments"),
                Arbitraries.of(":", " :", " ", "  ", "-", "\u00A0", "s", "x", "ا", "\u0130"),
                Arbitraries.strings().ofMaxLength(4));
        return piece.list().ofMaxSize(4).map(parts -> String.join("", parts));
    }

    /** What {@link BoilerplateCues#label} did before its shortcuts, over the same lists. */
    @SuppressWarnings("unchecked")
    private static BoilerplateCues.Label reference(String text) throws Exception {
        if (text.length() > 200) {
            return BoilerplateCues.Label.NONE;
        }
        String folded = MatchingText.fold(text.length() > 80 ? text.substring(0, 80) : text);
        if (text.length() <= 40 && ((Set<String>) field("SECTION_FOLDED")).contains(folded)) {
            return BoilerplateCues.Label.SECTION;
        }
        for (String cue : (List<String>) field("INLINE_FOLDED")) {
            if (folded.startsWith(cue) && (folded.length() == cue.length() || folded.charAt(cue.length()) == ' ')) {
                return BoilerplateCues.Label.INLINE;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String cue : (List<String>) field("COLON_LABELS")) {
            if (lower.startsWith(cue) && lower.substring(cue.length()).stripLeading().startsWith(":")) {
                return BoilerplateCues.Label.INLINE;
            }
        }
        return BoilerplateCues.Label.NONE;
    }

    private static Object field(String name) throws Exception {
        Field f = BoilerplateCues.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(null);
    }
}
