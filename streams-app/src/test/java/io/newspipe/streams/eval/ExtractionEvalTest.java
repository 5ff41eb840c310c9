package io.newspipe.streams.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvalTest {

    @Test
    void scoresAFolderAgainstItsGroundTruth(@TempDir Path folder) throws IOException {
        try (InputStream in = Objects.requireNonNull(
                getClass().getResourceAsStream("/pages/daily-courier/port-strike.html"))) {
            Files.write(folder.resolve("port.html"), in.readAllBytes());
        }
        Files.writeString(folder.resolve("pages.tsv"), "# url\tfile\tfetched_at\n"
                + "https://courier.example/business/port-strike\tport.html\t2024-10-04T18:10:00Z\n",
                StandardCharsets.UTF_8);
        String truth = "Tens of thousands of dockworkers along the East and Gulf coasts returned to work on Friday "
                + "after their union reached a tentative agreement with port operators, ending a three-day strike "
                + "that had snarled shipping at three dozen ports.";
        new ObjectMapper().writeValue(folder.resolve("ground-truth.json").toFile(), Map.of("port",
                Map.of("articleBody", truth, "url", "https://courier.example/business/port-strike")));

        ExtractionReport report = ExtractionEval.evaluate(folder, null, 1, false);

        assertThat(report.pages()).isEqualTo(1);
        assertThat(report.articles()).isEqualTo(1);
        assertThat(report.recall()).isEqualTo(1.0);
        // the prediction has five more paragraphs than this one-paragraph truth: precision must show it
        assertThat(report.precision()).isBetween(0.05, 0.3);
        assertThat(report.titlePages()).isEqualTo(1);
        assertThat(report.titlesExact()).isEqualTo(1);
        assertThat(report.format(5)).contains("precision").contains("F1").contains("pages/second");
    }

    /** Quality gate on the shared development set (not a timing test). */
    @Test
    void developmentSetKeepsF1AboveTheGate() throws IOException {
        Path shared = Path.of(System.getProperty("newspipe.shared", "../shared"));
        Path aeb = shared.resolve("data/aeb");
        assumeTrue(Files.isRegularFile(aeb.resolve("pages.tsv")), "no development set at " + aeb);

        ExtractionReport report = ExtractionEval.evaluate(aeb, null, 1, false);

        assertThat(report.pages()).isEqualTo(181);
        assertThat(report.f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.articles()).isGreaterThanOrEqualTo(178);
    }
}
