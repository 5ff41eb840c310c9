package io.newspipe.producer.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.producer.fetch.Validators;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlStateTest {
    @TempDir
    Path dir;

    @Test
    void survivesARestart() throws Exception {
        try (CrawlState s = CrawlState.open(dir)) {
            assertThat(s.markSeen("https://example.org/a")).isTrue();
            assertThat(s.markSeen("https://example.org/a")).isFalse();
            s.putValidators("https://example.org/rss.xml", new Validators("\"v1\"", "Fri, 20 Nov 2026 08:00:00 GMT"));
            s.putDiscovered("https://example.org/", List.of("https://example.org/rss.xml", "https://example.org/atom"));
        }
        try (CrawlState s = CrawlState.open(dir)) {
            assertThat(s.isSeen("https://example.org/a")).isTrue();
            assertThat(s.isSeen("https://example.org/b")).isFalse();
            assertThat(s.validators("https://example.org/rss.xml").etag()).hasValue("\"v1\"");
            assertThat(s.discovered("https://example.org/")).hasSize(2);
        }
    }

    @Test
    void compactsARepetitiveLog() throws Exception {
        try (CrawlState s = CrawlState.open(dir)) {
            for (int i = 0; i < 500; i++) {
                s.putValidators("https://example.org/rss.xml", new Validators("\"v" + i + "\"", null));
            }
        }
        assertThat(Files.readAllLines(dir.resolve(CrawlState.FILE))).hasSize(500);
        try (CrawlState s = CrawlState.open(dir)) {
            assertThat(s.validators("https://example.org/rss.xml").etag()).hasValue("\"v499\"");
        }
        assertThat(Files.readAllLines(dir.resolve(CrawlState.FILE))).hasSize(1);
    }

    @Test
    void inMemoryStateWritesNothing() {
        CrawlState s = CrawlState.inMemory();
        s.markSeen("https://example.org/a");
        s.flush();
        assertThat(s.isSeen("https://example.org/a")).isTrue();
        assertThat(dir).isEmptyDirectory();
    }
}
