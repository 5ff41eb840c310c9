package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.streams.text.MatchingText;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SimpleFoldTest {
    @Property(tries = 5000)
    void latinWordsFoldAsMatchingTextFolds(@ForAll @StringLength(min = 1, max = 12) @CharRange(from = '0', to = 'z')
            @CharRange(from = '\u00A0', to = '\u0100') @Chars({'\u200c', '\u0301', 'İ', 'ı'}) String word) {
        assertSameFold(word);
    }

    @Property(tries = 5000)
    void arabicScriptWordsFoldAsMatchingTextFolds(@ForAll @StringLength(min = 1, max = 12)
            @CharRange(from = '\u0600', to = '\u06FF') @Chars({'\u200c', '\u200d', 'a', 'Z', '9'}) String word) {
        assertSameFold(word);
    }

    @Property(tries = 5000)
    void basicArabicAndPersianWordsFoldAsMatchingTextFolds(@ForAll @StringLength(min = 1, max = 10)
            @CharRange(from = '\u0621', to = '\u064A') @CharRange(from = '\u0660', to = '\u0669')
            @Chars({'\u200c', 'پ', 'چ', 'ژ', 'ک', 'گ', 'ی', '۱', '\u0653', '\u0654', '\u064e', '\u0640'}) String word) {
        assertSameFold(word);
    }

    @Test
    void commonWordsTakeTheFastPath() {
        assertThat(TextTokenizer.simpleFold("Élysée")).isEqualTo("élysée");
        assertThat(TextTokenizer.simpleFold("الأمم")).isEqualTo("الامم");
        assertThat(TextTokenizer.simpleFold("می\u200cگوید")).isEqualTo("ميكويد");
        assertThat(TextTokenizer.simpleFold("١٩٤٨")).isEqualTo("1948");
        assertThat(TextTokenizer.simpleFold("ªb")).isNull();
        assertThat(TextTokenizer.simpleFold("ا\u0653")).isNull();
    }

    private static void assertSameFold(String word) {
        String simple = TextTokenizer.simpleFold(word);
        if (simple != null) {
            assertThat(simple).as(word).isEqualTo(MatchingText.fold(word));
        }
        assertThat(TextTokenizer.foldWord(word)).as(word).isEqualTo(MatchingText.fold(word));
    }
}
