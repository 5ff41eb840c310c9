package io.newspipe.producer.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.contracts.FolderPage;
import io.newspipe.contracts.PageFolder;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderPageSinkTest {
    @TempDir
    Path dir;

    @Test
    void writesAFolderThatPageFolderReadsBack() throws Exception {
        byte[] body = "<p>مرحبا</p>".getBytes(Charset.forName("windows-1256"));
        Instant at = Instant.parse("2026-11-29T04:00:00Z");
        try (FolderPageSink sink = new FolderPageSink(dir)) {
            sink.page("https://example.org/a", io.newspipe.avro.RawPage.newBuilder(KafkaPagePublisherTest.page("https://example.org/a", 0))
                    .setBody(ByteBuffer.wrap(body)).setContentType("text/html; charset=windows-1256")
                    .setFetchedAt(at).setHeaders(Map.of()).build());
            sink.deadLetter("https://example.org/b", RawPages.deadLetter("https://example.org/b", "fetch",
                    "timeout", "slow\tserver", null));
        }
        PageFolder folder = new PageFolder(dir);
        FolderPage p = folder.list().get(0);
        assertThat(p.url()).isEqualTo("https://example.org/a");
        assertThat(p.fetchedAt()).isEqualTo(at);
        assertThat(p.contentType()).isEqualTo("text/html; charset=windows-1256");
        assertThat(folder.read(p)).isEqualTo(body);
        assertThat(Files.readAllLines(dir.resolve(FolderPageSink.DEAD_LETTERS)))
                .contains("https://example.org/b\tfetch\ttimeout\tslow server");
    }
}
