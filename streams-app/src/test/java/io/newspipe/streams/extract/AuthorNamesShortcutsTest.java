package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The regex-free shortcuts of {@link AuthorNames} answer as the regexes they stand in for. */
class AuthorNamesShortcutsTest {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /** Name pieces, lead-ins in every case and script, separators, and the letters Unicode case-folds onto ASCII. */
    private static final List<String> PIECES = List.of("Jane", "Doe", "by", "By", "BY", "par", "Written", "written by",
            "author", "Auteur", "from", "photos", "and", "AND", "et", "y", "e", "und", "with", "و", "بقلم", "كتب",
            "نویسنده", "به قلم", "الكاتب", " ", "  ", "\t", "\n", "\u000b", ",", "،", ";", "&", "|", "/", "-", "–", "—",
            ":", ".", "..", "|", " . ", "\u000c", "\r\n", "\u00a0", "\u2003", "ى", "ة", "ـ", "١", "ſ", "K", "İ", "ı", "Å", "x", "", "Ève");

    @Property(tries = 3000)
    void sameAsTheRegexes(@ForAll long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(8); i > 0; i--) {
            sb.append(PIECES.get(r.nextInt(PIECES.size())));
            if (r.nextBoolean()) {
                sb.append(' ');
            }
        }
        String s = sb.toString();
        assertThat(AuthorNames.withoutLeadIn(s)).as(s).isEqualTo(AuthorNames.LEAD_IN.matcher(s).replaceFirst(""));
        String key = SPACES.matcher(MonthNames.fold(s).replace('.', ' ').replace('|', ' '))
                .replaceAll(" ").strip().toLowerCase(java.util.Locale.ROOT);
        assertThat(AuthorNames.key(s)).as(s).isEqualTo(key);
        if (!AuthorNames.maySplit(s)) {
            assertThat(AuthorNames.SPLIT.split(s)).as(s).containsExactly(s);
        }
    }

    @Test
    void shortcutsTakeOnlyTheSafeCases() {
        assertThat(AuthorNames.withoutLeadIn("Jane Doe")).isEqualTo("Jane Doe");
        assertThat(AuthorNames.withoutLeadIn("By Jane Doe")).isEqualTo("Jane Doe");
        assertThat(AuthorNames.withoutLeadIn("ſtory by Jane")).isEqualTo("Jane"); // long s folds onto "s"
        assertThat(AuthorNames.maySplit("Jane Doe")).isFalse();
        assertThat(AuthorNames.maySplit("Jane and Bo")).isTrue();
        assertThat(AuthorNames.maySplit("Jane,Bo")).isTrue();
    }
}
