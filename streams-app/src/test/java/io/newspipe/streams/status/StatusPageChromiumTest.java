package io.newspipe.streams.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newspipe.embedded.EmbeddedKafka;
import io.newspipe.streams.app.StreamsApp;
import io.newspipe.streams.config.StreamsAppConfig;
import io.newspipe.streams.config.TopicNames;
import io.newspipe.streams.ops.RawPageFeeder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens {@code /status} of a running streams app in Debian's headless Chromium: after the page's
 * script ran, the lag table has a row per partition, both charts have lines, the Arabic site name is
 * in a {@code dir="auto"} cell; a screenshot is saved as {@code target/status-page.png}. Skipped
 * only when Chromium is not installed ({@code apt-get install chromium}).
 */
class StatusPageChromiumTest {
    private static final Path SCREENSHOT = Path.of("target", "status-page.png").toAbsolutePath();

    @TempDir
    Path tmp;

    private static Optional<Path> chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : List.of("/usr/bin", "/usr/local/bin")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    @Test
    @Timeout(240)
    void statusPageShowsTheLagTableAndChartsWithArabicAndEnglishSites() throws Exception {
        Optional<Path> chromium = chromium();
        assumeTrue(chromium.isPresent(), "chromium is not installed (apt-get install chromium)");
        EmbeddedKafka kafka = EmbeddedKafka.shared();
        String suffix = "." + EmbeddedKafka.uniqueName("status");
        TopicNames topics = TopicNames.withSuffix(suffix);
        kafka.createTopics(2, topics.rawPages(), topics.articles(), topics.duplicates(), topics.deadLetters());
        StreamsAppConfig config = StreamsAppConfig.defaults().withBootstrapServers(kafka.bootstrapServers())
                .withApplicationId(EmbeddedKafka.uniqueName("newspipe-status")).withStateDir(tmp.resolve("state"))
                .withTopics(topics).withThreads(1).withHttpPort(0);
        try (StreamsApp app = StreamsApp.start(config);
             RawPageFeeder feeder = new RawPageFeeder(kafka, topics.rawPages(), 10)) {
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            String url = "http://127.0.0.1:" + app.httpPort() + "/status";
            JsonNode status = awaitStatusWithHistory(url + ".json");
            assertThat(status.path("partitions")).hasSize(2);

            String dom = runChromium(chromium.get(), "--dump-dom", url);
            assertThat(dom).contains("data-rendered=\"true\"");
            String lagTable = between(dom, "<table id=\"lag-table\">", "</table>");
            assertThat(lagTable.split("<tr>", -1)).as("header + one row per partition").hasSize(1 + 1 + 2);
            assertThat(lagTable).contains(topics.rawPages() + " / 0", topics.rawPages() + " / 1");
            assertThat(between(dom, "id=\"chart-lag\"", "</svg>")).contains("<polyline");
            assertThat(between(dom, "id=\"chart-throughput\"", "</svg>").split("<polyline", -1)).hasSize(3);
            String sites = between(dom, "<table id=\"site-table\">", "</table>");
            assertThat(sites).contains("<td class=\"name\" dir=\"auto\">" + RawPageFeeder.SITES[1] + "</td>")
                    .contains("<td class=\"name\" dir=\"auto\">" + RawPageFeeder.SITES[0] + "</td>");
            assertThat(dom).as("no fetch error shown").contains("<span id=\"error\"></span>");

            Files.deleteIfExists(SCREENSHOT);
            runChromium(chromium.get(), "--screenshot=" + SCREENSHOT, url);
            assertThat(SCREENSHOT).exists();
            byte[] png = Files.readAllBytes(SCREENSHOT);
            assertThat(png.length).isGreaterThan(10_000);
            assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        }
    }

    private static JsonNode awaitStatusWithHistory(String url) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            String body = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            last = new ObjectMapper().readTree(body);
            if (last.path("history").size() >= 3 && last.path("sites").size() >= 2
                    && last.path("partitions").size() > 0) {
                return last;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("status.json never had history, sites and partitions: " + last);
    }

    private String runChromium(Path chromium, String mode, String url) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--user-data-dir=" + tmp.resolve("chromium-profile"),
                "--window-size=1280,1100", "--virtual-time-budget=6000", mode, url));
        Path out = tmp.resolve("chromium-" + System.nanoTime() + ".out");
        Path err = tmp.resolve("chromium-" + System.nanoTime() + ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium timed out: " + Files.readString(err));
        }
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String between(String text, String start, String end) {
        int i = text.indexOf(start);
        assertThat(i).as("missing " + start).isGreaterThanOrEqualTo(0);
        int j = text.indexOf(end, i);
        assertThat(j).as("missing " + end + " after " + start).isGreaterThan(i);
        return text.substring(i, j);
    }
}
