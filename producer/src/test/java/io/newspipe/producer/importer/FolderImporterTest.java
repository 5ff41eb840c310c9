package io.newspipe.producer.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.avro.DeadLetter;
import io.newspipe.avro.RawPage;
import io.newspipe.producer.publish.CountingSink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderImporterTest {
    @TempDir
    Path dir;

    @Test
    void importsTheContractFolderFormat() throws Exception {
        Files.createDirectories(dir.resolve("html"));
        Files.write(dir.resolve("html/1.html"), "<p>one</p>".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("html/3.html"), new byte[3000]);
        Files.writeString(dir.resolve("pages.tsv"), """
                # url\tfile\tfetched_at\tcontent_type
                https://Example.org/one.html#x\thtml/1.html\t2026-11-28T10:00:00Z\ttext/html; charset=windows-1256
                https://example.org/two.html\thtml/missing.html\t2026-11-28T10:01:00Z
                mailto:someone@example.org\thtml/1.html\t2026-11-28T10:02:00Z
                https://example.org/three.html\thtml/3.html\t2026-11-28T10:03:00Z
                """, StandardCharsets.UTF_8);
        CountingSink sink = new CountingSink(true);

        ImportReport report = ImportCommand.folder(dir, sink, 1000);

        assertThat(sink.kept()).singleElement().satisfies(p -> {
            assertThat(p.getUrl()).isEqualTo("https://example.org/one.html");
            assertThat(p.getContentType()).isEqualTo("text/html; charset=windows-1256");
            assertThat(p.getFetchedAt()).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
            assertThat(p.getSource()).isEqualTo("import");
        });
        assertThat(sink.deadLetters()).extracting(DeadLetter::getReason).containsExactly("unreadable", "too_large");
        assertThat(report.records()).isEqualTo(4);
        assertThat(report.skipped()).containsEntry("bad_url", 1L);
        assertThat(sink.kept()).extracting(RawPage::getHttpStatus).containsOnly(200);
    }
}
