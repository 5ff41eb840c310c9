package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HintMemoTest {

    /** Texts that share a slot, or differ only in the id, or only between the sampled characters, keep their own hints. */
    @Test
    void givesEveryTextItsOwnHintWhateverWasAskedBefore() {
        List<String[]> asks = new ArrayList<>();
        for (String middle : List.of("share", "xxxxx", "story", "yyyyy", "aside", "nav-x")) {
            asks.add(new String[] {"ab-cd-f" + middle + "-ij-klmn-op-qrs", ""});
            asks.add(new String[] {"ab-cd-f" + middle + "-ij-klmn-op-qrs", "more"});
            asks.add(new String[] {"ab-cd-f" + middle + "-ij-klmn-op-qrs", "mors"});
        }
        for (int i = 0; i < 300; i++) {
            asks.add(new String[] {"c" + i + (i % 3 == 0 ? " related" : i % 3 == 1 ? " entry" : " x"), i % 2 == 0 ? "" : "s" + i});
        }
        asks.add(new String[] {"", "comments"});
        asks.add(new String[] {"", ""});
        asks.add(new String[] {"Sidebar", ""});
        HintMemo memo = new HintMemo();
        for (int round = 0; round < 3; round++) {
            for (String[] ask : asks) {
                assertThat(memo.hint(new String(ask[0]), new String(ask[1]))).as(ask[0] + " #" + ask[1])
                        .isEqualTo(BoilerplateCues.hint(ask[0], ask[1]));
            }
        }
    }
}
