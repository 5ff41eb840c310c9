package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The one-pass name checks must answer exactly as the patterns they stand for. */
class AuthorNamesProperties {
    @Property(tries = 5000)
    void notANameIsThePatternsFind(@ForAll @StringLength(max = 16) @Chars({'a', 'B', 'w', 'W', 'c', 'o', 'm', 'O',
        'M', 'r', 'g', 'n', 'e', 't', 'h', 'p', 's', 'S', ':', '.', ' ', '_', '1', '@', '(', '#', '=', '\u0661', '\u06F5',
        'é', '\u0301', 'ب'}) String s) {
        assertThat(AuthorNames.notAName(s)).as(s).isEqualTo(AuthorNames.NOT_A_NAME.matcher(s).find());
        assertThat(AuthorNames.urlLike(s)).as(s).isEqualTo(AuthorNames.URL_LIKE.matcher(s).find());
    }

    @Property(tries = 2000)
    void notANameIsThePatternsFindOnAnyText(@ForAll String s) {
        assertThat(AuthorNames.notAName(s)).isEqualTo(AuthorNames.NOT_A_NAME.matcher(s).find());
        assertThat(AuthorNames.urlLike(s)).isEqualTo(AuthorNames.URL_LIKE.matcher(s).find());
    }

    @Property(tries = 3000)
    void siteWordsAreTheSplitsPieces(@ForAll @StringLength(max = 24) @Chars({'t', 'h', 'e', 'T', 'H', 'E', 'x', ' ', '-',
        '\t', '\n', '.', '|', '\u00A0', 'أ', 'ة'}) String site) {
        Set<String> expected = new HashSet<>();
        for (String w : AuthorNames.key(site).split("[\\s\\-]+")) {
            if (!w.equals("the") && !w.isEmpty()) {
                expected.add(w);
            }
        }
        assertThat(AuthorNames.siteWords(site)).isEqualTo(expected);
    }
}
