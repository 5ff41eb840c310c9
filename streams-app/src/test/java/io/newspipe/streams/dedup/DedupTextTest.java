package io.newspipe.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DedupTextTest {
    @Test
    void foldsEachParagraphAndJoinsThemWithNewlines() {
        assertThat(DedupText.normalise("First, paragraph.\n\nSecond  one!\n")).isEqualTo("first paragraph\nsecond one");
    }

    @Test
    void dropsTimeStampsAndAdLinesButKeepsNewsSentencesWithNumbers() {
        String body = "Updated: 10:42 GMT, 3 March 2025\n\nThe toll rose to 22 on Wednesday, officials said.\n\n"
                + "Advertisement\n\nآخر تحديث: 12:30 بتوقيت غرينتش\n\nإعلان";
        assertThat(DedupText.normalise(body)).isEqualTo("the toll rose to 22 on wednesday officials said");
    }

    @Test
    void arabicOrthographicVariantsNormaliseToTheSameText() {
        String a = "أعلنت الحكومة إرسال مساعدات إلى المنطقة المتضررة.";
        String b = "اعلنت الحكومه ارسال مساعدات الى المنطقه المتضرره.";
        String c = "أعلنـت الحُكومةُ إرسالَ مساعدات إلی المنطقة المتضررة.";
        assertThat(DedupText.normalise(b)).isEqualTo(DedupText.normalise(a));
        assertThat(DedupText.normalise(c)).isEqualTo(DedupText.normalise(a));
    }

    @Test
    void splitsWords() {
        assertThat(DedupText.words("a bb\nccc")).isEqualTo(List.of("a", "bb", "ccc"));
        assertThat(DedupText.words("")).isEmpty();
    }
}
