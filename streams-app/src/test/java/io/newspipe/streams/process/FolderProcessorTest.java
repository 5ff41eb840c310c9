package io.newspipe.streams.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newspipe.streams.config.StreamsAppConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderProcessorTest {
    private static final Path AEB = Path.of(System.getProperty("newspipe.shared", "../shared"), "data", "aeb");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyPageOfTheDevelopmentSetYieldsExactlyOneRecord(@TempDir Path tmp) throws IOException {
        Path folder = tmp.resolve("aeb");
        Files.createDirectories(folder);
        List<String> lines = new ArrayList<>();
        lines.add("# url\tfile\tfetched_at");
        int pages = 0;
        for (String line : Files.readAllLines(AEB.resolve("pages.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t");
            lines.add(cols[0] + "\t" + AEB.resolve(cols[1]).toAbsolutePath() + "\t2020-01-01T00:00:00Z");
            pages++;
        }
        Files.write(folder.resolve("pages.tsv"), lines, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out.jsonl");

        ProcessSummary summary = new FolderProcessor(StreamsAppConfig.defaults()).run(folder, out);

        List<String> records = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(records).hasSize(pages);
        assertThat(summary.pagesIn()).isEqualTo(pages);
        assertThat(summary.balanced()).isTrue();
        for (String record : records) {
            JsonNode node = json.readTree(record);
            assertThat(Set.of("article", "duplicate", "dead_letter")).contains(node.get("kind").asText());
            if (node.get("kind").asText().equals("article")) {
                assertThat(node.get("id").asText()).hasSize(32);
                assertThat(node.get("body_text").asText()).isNotBlank();
                assertThat(node.has("fetched_at")).isTrue();
            }
        }
        assertThat(summary.articles()).isGreaterThan(pages * 8 / 10);
    }

    @Test
    void theSameFolderGivesTheSameOutput(@TempDir Path tmp) throws IOException {
        Path folder = tmp.resolve("small");
        Files.createDirectories(folder.resolve("html"));
        Files.copy(Path.of(getClass().getResource("/pages/daily-harbor/port-strike.html").getPath()),
                folder.resolve("html/a.html"));
        Files.writeString(folder.resolve("pages.tsv"), String.join("\n",
                "https://dailyharbor.example/a\thtml/a.html\t2024-03-05T10:00:00Z\ttext/html; charset=utf-8",
                "https://dailyharbor.example/a\thtml/a.html\t2024-03-05T11:00:00Z",
                "https://copy.example/a\thtml/a.html\t2024-03-05T12:00:00Z", ""));
        Path first = tmp.resolve("1.jsonl");
        Path second = tmp.resolve("2.jsonl");

        new FolderProcessor(StreamsAppConfig.defaults()).run(folder, first);
        new FolderProcessor(StreamsAppConfig.defaults()).run(folder, second);

        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
        assertThat(Files.readAllLines(first)).hasSize(3);
    }

    @Test
    void anUnreadablePageFileIsADeadLetterAndTheRunGoesOn(@TempDir Path tmp) throws IOException {
        Path folder = tmp.resolve("broken");
        Files.createDirectories(folder.resolve("html"));
        Files.copy(Path.of(getClass().getResource("/pages/daily-harbor/port-strike.html").getPath()),
                folder.resolve("html/a.html"));
        Files.write(folder.resolve("html/b.html.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2});
        Files.writeString(folder.resolve("pages.tsv"), String.join("\n",
                "https://gone.example/missing\thtml/missing.html\t2024-03-05T10:00:00Z",
                "https://gone.example/truncated\thtml/b.html.gz\t2024-03-05T10:00:00Z",
                "https://dailyharbor.example/a\thtml/a.html\t2024-03-05T11:00:00Z", ""));
        Path out = tmp.resolve("out.jsonl");

        ProcessSummary summary = new FolderProcessor(StreamsAppConfig.defaults()).run(folder, out);

        assertThat(summary.pagesIn()).isEqualTo(3);
        assertThat(summary.deadLetters()).isEqualTo(2);
        assertThat(summary.articles()).isEqualTo(1);
        assertThat(Files.readAllLines(out)).hasSize(3).first().asString().contains("\"reason\":\"unreadable\"");
    }
}
