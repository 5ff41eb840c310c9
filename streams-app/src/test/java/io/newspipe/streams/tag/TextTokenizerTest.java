package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.streams.text.MatchingText;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TextTokenizerTest {
    private static List<String> folded(String text) {
        return TextTokenizer.tokens(text).stream().map(Token::folded).toList();
    }

    @Test
    void splitsOnHyphensApostrophesAndDots() {
        assertThat(folded("Mohammed Shia' al-Sudani met U.S. envoys.")).containsExactly("mohammed", "shia", "al",
                "sudani", "met", "u", "s", "envoys");
    }

    @Test
    void keepsPlusAndPersianZeroWidthJoiner() {
        assertThat(folded("OPEC+ cuts")).containsExactly("opec+", "cuts");
        assertThat(folded("خامنه‌ای گفت")).containsExactly("خامنهاي", "كفت");
    }

    @Test
    void marksSentenceStartsScriptAndOffsets() {
        List<Token> tokens = TextTokenizer.tokens("Nice day. Nice is sunny في بغداد");
        assertThat(tokens.get(0).sentenceStart()).isTrue();
        assertThat(tokens.get(1).sentenceStart()).isFalse();
        assertThat(tokens.get(2).sentenceStart()).isTrue();
        Token baghdad = tokens.get(tokens.size() - 1);
        assertThat(baghdad.arabicScript()).isTrue();
        assertThat("Nice day. Nice is sunny في بغداد".substring(baghdad.start(), baghdad.end())).isEqualTo("بغداد");
        assertThat(TextTokenizer.tokens("NATO").get(0).allCaps()).isTrue();
    }

    @Property
    void asciiFastPathFoldsLikeMatchingText(@ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 20)
            String word) {
        assertThat(TextTokenizer.foldWord(word)).isEqualTo(MatchingText.fold(word));
    }

    @Property(tries = 2000)
    void latinOneAndArabicFastPathFoldsLikeMatchingText(@ForAll @StringLength(min = 1, max = 12)
            @CharRange(from = 'a', to = 'z') @CharRange(from = 'A', to = 'Z') @CharRange(from = '\u00C0', to = '\u00FF')
            @CharRange(from = '\u0621', to = '\u064A') @CharRange(from = '\u0660', to = '\u0669')
            @Chars({'\u06cc', '\u06a9', '\u06af', '\u067e', '\u200c', '\u06f5'}) String word) {
        String simple = TextTokenizer.simpleFold(word);
        if (simple != null) {
            assertThat(simple).isEqualTo(MatchingText.fold(word));
        }
    }

    @Property(tries = 2000)
    void everyWordIsFoldedAsFoldWordFoldsItAndMarkedArabicByItsLetters(@ForAll @StringLength(max = 60)
            @CharRange(from = ' ', to = '~') @CharRange(from = '\u00C0', to = '\u0101')
            @Chars({'\u0628', '\u0627', '\u0623', '\u06cc', '\u200c', '\u0301', '\n', '\u0416', '\u0640'}) String text) {
        for (Token t : TextTokenizer.tokens(text)) {
            boolean plus = t.surface().endsWith("+");
            String word = plus ? t.surface().substring(0, t.surface().length() - 1) : t.surface();
            String folded = plus ? TextTokenizer.foldWord(word) + "+" : TextTokenizer.foldWord(word);
            assertThat(t.folded()).isEqualTo(folded.replace(" ", ""));
            assertThat(t.arabicScript()).isEqualTo(word.chars().anyMatch(c -> TextTokenizer.isArabicLetter((char) c)));
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.surface());
        }
    }
}
