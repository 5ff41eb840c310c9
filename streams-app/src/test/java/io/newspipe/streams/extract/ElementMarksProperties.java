package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The one-pass class/id reading must find exactly what lower-casing the value and searching it finds. */
class ElementMarksProperties {
    @Property(tries = 5000)
    void equalsLowerCaseSearchOnCueLetters(@ForAll @StringLength(max = 24) @Chars({'b', 'y', 'l', 'i', 'n', 'e', 'a',
            'u', 't', 'h', 'o', 'r', 'w', 'd', 'm', 'p', 's', 'B', 'Y', 'L', 'I', 'N', 'E', 'A', 'U', 'T', 'H', 'O', 'R',
            'W', 'D', 'M', 'P', 'S', '-', ' ', '\u0130', '\u0131', '\u212A', '\u017F', '\u03A3', 'é'}) String value,
            @ForAll @IntRange(min = 0, max = 3) int wanted) {
        assertThat(ElementMarks.of(value, wanted)).isEqualTo(reference(value, wanted));
    }

    @Property(tries = 2000)
    void equalsLowerCaseSearchOnAnyText(@ForAll String value) {
        assertThat(ElementMarks.of(value, 3)).isEqualTo(reference(value, 3));
    }

    @Property(tries = 2000)
    void equalsLowerCaseSearchAroundWords(@ForAll @CharRange(from = 'A', to = 'z') @StringLength(max = 6) String before,
            @ForAll("words") String word, @ForAll @CharRange(from = 'A', to = 'z') @StringLength(max = 6) String after) {
        String value = before + word + after;
        assertThat(ElementMarks.of(value, 3)).isEqualTo(reference(value, 3));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> words() {
        return net.jqwik.api.Arbitraries.of("byline", "AUTHOR", "Writer", "daTe", "TIME", "Publish", "posTed", "META",
                "bylin", "autho", "PUBLİSH", "wrİter", "posted");
    }

    @Test
    void readsTypicalClassNames() {
        assertThat(ElementMarks.of("article-Byline__Author", 3)).isEqualTo(ElementMarks.BYLINE | ElementMarks.DATE);
        assertThat(ElementMarks.of("entry-meta", 3)).isEqualTo(ElementMarks.DATE);
        assertThat(ElementMarks.of("entry-meta", ElementMarks.BYLINE)).isZero();
        assertThat(ElementMarks.of("PostAuthor", 3)).isEqualTo(ElementMarks.BYLINE);
        assertThat(ElementMarks.of("story-body", 3)).isZero();
    }

    private static int reference(String value, int wanted) {
        String v = value.toLowerCase(Locale.ROOT);
        int found = 0;
        if ((wanted & ElementMarks.BYLINE) != 0 && (v.contains("byline") || v.contains("author") || v.contains("writer"))) {
            found |= ElementMarks.BYLINE;
        }
        if ((wanted & ElementMarks.DATE) != 0 && (v.contains("date") || v.contains("time") || v.contains("publish")
                || v.contains("posted") || v.contains("byline") || v.contains("meta"))) {
            found |= ElementMarks.DATE;
        }
        return found;
    }
}
