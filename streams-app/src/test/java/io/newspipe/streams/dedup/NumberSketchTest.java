package io.newspipe.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class NumberSketchTest {
    @Test
    void readsDigitsOfEveryScriptAndDropsThousandsSeparators() {
        assertThat(NumberSketch.numbers("1,200 dead, 1 200 hurt, ١٢٠٠ homes, ۱۲۰۰ cars, 1.200 km"))
                .containsExactly("1200");
        assertThat(NumberSketch.numbers("up 2.5% to 84.10")).containsExactlyInAnyOrder("25", "8410");
        assertThat(NumberSketch.numbers("3 of 45 on 12/10/2026 at 4:46")).containsExactlyInAnyOrder("3", "45",
                "12102026", "446");
        assertThat(NumberSketch.numbers("no figures here")).isEmpty();
    }

    @Test
    void briefsWithOtherFiguresDisagreeCopiesAgree() {
        NumberSketch monday = NumberSketch.of("Brent rose 1.2% to $84.10; WTI at $80.05; gold 2,310 an ounce.");
        NumberSketch tuesday = NumberSketch.of("Brent fell 0.7% to $83.52; WTI at $79.40; gold 2,298 an ounce.");
        NumberSketch copy = NumberSketch.of("(Reuters) Brent rose 1.2% to $84.10 while WTI stood at $80.05; gold 2,310.");
        assertThat(monday.agreesWith(tuesday)).isFalse();
        assertThat(monday.agreesWith(copy)).isTrue();
        assertThat(copy.agreesWith(monday)).isTrue();
    }

    @Test
    void fewNumbersAreNoEvidence() {
        assertThat(NumberSketch.of("in 2024 and 2025").agreesWith(NumberSketch.of("in 1999 and 2000"))).isTrue();
        assertThat(NumberSketch.EMPTY.agreesWith(NumberSketch.of("1 2 3 4 5"))).isTrue();
    }

    @Test
    void compactFormRoundTrips() {
        for (String text : new String[] {"", "7 8 9", "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21"}) {
            NumberSketch sketch = NumberSketch.of(text);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            sketch.writeTo(out);
            assertThat(out.size()).isEqualTo(sketch.encodedSize()).isLessThanOrEqualTo(17);
            assertThat(NumberSketch.readFrom(ByteBuffer.wrap(out.toByteArray()))).isEqualTo(sketch);
        }
    }
}
