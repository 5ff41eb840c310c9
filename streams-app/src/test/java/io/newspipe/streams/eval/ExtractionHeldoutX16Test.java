package io.newspipe.streams.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Quality gate on the held-out extraction set x16 (16 pages: 8 Arabic, 3 Persian, 3 French, 2 English;
 * {@code src/test/resources/extraction-heldout/x16/README.md}). Scored blind at F1 0.9643 (session 16,
 * before any rule for it); the session's rules reached F1 0.9779. The gate is that figure less 0.008, so
 * that a change losing about one page's worth of text on the set fails here. Not a timing test.
 */
class ExtractionHeldoutX16Test {
    private static final double REACHED_F1 = 0.9779;
    private static final double MARGIN = 0.008;

    @Test
    void heldOutSetKeepsF1AboveTheGate() throws IOException, URISyntaxException {
        Path folder = Path.of(Objects.requireNonNull(getClass().getResource("/extraction-heldout/x16/pages.tsv"),
                "x16 set missing").toURI()).getParent();

        ExtractionReport report = ExtractionEval.evaluate(folder, null, 1, false);

        assertThat(report.pages()).isEqualTo(16);
        assertThat(report.articles()).isEqualTo(16);
        assertThat(report.f1()).isGreaterThanOrEqualTo(REACHED_F1 - MARGIN);
    }
}
