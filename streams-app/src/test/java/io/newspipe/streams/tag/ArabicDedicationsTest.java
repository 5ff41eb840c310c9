package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicDedicationsTest {
    private static boolean dedication(String text, String name) {
        List<Token> tokens = TextTokenizer.tokens(text);
        int at = text.indexOf(name);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == at) {
                return ArabicDedications.dedication(text, tokens, i);
            }
        }
        throw new IllegalArgumentException(name + " is no word of " + text);
    }

    @Test
    void nameInAConstructAfterAPlaceWordIsADedication() {
        assertThat(dedication("هبطت الطائرة في مطار رفيق الحريري الدولي.", "رفيق")).isTrue();
        assertThat(dedication("نقل الجرحى إلى مستشفى الملك فهد.", "الملك")).isTrue();
        assertThat(dedication("نقل الجرحى إلى بمستشفى الملك فهد.", "الملك")).isTrue();
        assertThat(dedication("پرواز در فرودگاه امام خمینی نشست.", "امام")).isTrue();
        assertThat(dedication("کشتی در بندر شهید رجایی پهلو گرفت.", "رجایی")).isTrue();
    }

    @Test
    void articleOrPunctuationEndsTheConstruct() {
        assertThat(dedication("نقل إلى المستشفى رفيق الحريري بعد الانفجار.", "رفيق")).isFalse();
        assertThat(dedication("وصل إلى المطار، رفيق الحريري ثم غادر.", "رفيق")).isFalse();
        assertThat(dedication("قال رفيق الحريري إن الوضع صعب.", "رفيق")).isFalse();
    }

    @Test
    void taggerFindsNoPersonInAnAirportOrAShrineOfAName() {
        assertThat(TaggedText.names(TaggedText.entities("ar", "إغلاق مطار بيروت",
                "أغلقت السلطات مطار رفيق الحريري الدولي في بيروت بعد الغارة."), EntityKind.PERSON))
                .doesNotContain("Rafic Hariri");
        assertThat(TaggedText.names(TaggedText.entities("fa", "تأخیر پروازها",
                "پروازهای فرودگاه امام خمینی به دلیل مه با تأخیر انجام شد."), EntityKind.PERSON))
                .doesNotContain("Ruhollah Khomeini");
        assertThat(TaggedText.names(TaggedText.entities("ar", "ذكرى اغتيال الحريري",
                "أحيا أنصار رفيق الحريري ذكرى اغتياله في بيروت."), EntityKind.PERSON))
                .contains("Rafic Hariri");
    }
}
