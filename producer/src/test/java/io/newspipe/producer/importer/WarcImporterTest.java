package io.newspipe.producer.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.avro.DeadLetter;
import io.newspipe.avro.RawPage;
import io.newspipe.producer.publish.CountingSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcImporterTest {
    private static final Instant WHEN = Instant.parse("2026-11-28T12:00:00Z");
    private static final byte[] ENGLISH = "<html><head><title>Budget</title></head><body><p>Parliament passed the budget.</p></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] ARABIC = "<html><body><p>افتتاح معرض بغداد الدولي للكتاب</p></body></html>"
            .getBytes(Charset.forName("windows-1256"));

    @TempDir
    Path dir;

    @Test
    void responseRecordsWithHtmlBecomeRawPages() throws IOException {
        Path warc = dir.resolve("CC-NEWS-20261128120000-00001.warc.gz");
        try (WarcWriter w = new WarcWriter(warc)) {
            w.write(new WarcRequest.Builder(URI.create("https://news.example/a.html")).date(WHEN)
                    .body(new HttpRequest.Builder("GET", "/a.html").addHeader("Host", "news.example").build()).build());
            w.write(response("https://news.example/a.html?utm_source=x", 200, "text/html; charset=utf-8", ENGLISH));
            w.write(response("https://news.example/ar.html", 200, "text/html", gzip(ARABIC), "Content-Encoding", "gzip"));
            w.write(response("https://news.example/chunked.html", 200, "text/html",
                    "6\r\n<p>hi!\r\n4\r\n</p>\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                    "Transfer-Encoding", "chunked"));
            w.write(response("https://news.example/old", 301, "text/html", new byte[0], "Location", "/new"));
            w.write(response("https://news.example/logo.png", 200, "image/png", new byte[] {1, 2, 3}));
            w.write(response("https://news.example/huge.html", 200, "text/html", new byte[5000]));
        }
        CountingSink sink = new CountingSink(true);

        ImportReport report = ImportCommand.warc(List.of(warc), sink, 4096);

        assertThat(sink.kept()).extracting(RawPage::getUrl).containsExactly("https://news.example/a.html",
                "https://news.example/ar.html", "https://news.example/chunked.html");
        RawPage english = sink.kept().get(0);
        assertThat(bytes(english.getBody())).isEqualTo(ENGLISH);
        assertThat(english.getFinalUrl()).isEqualTo("https://news.example/a.html?utm_source=x");
        assertThat(english.getFetchedAt()).isEqualTo(WHEN);
        assertThat(english.getSource()).isEqualTo("import");
        // jwarc writes the media type it was given in its own spelling; the importer keeps it as archived
        assertThat(english.getContentType()).isEqualTo("text/html;charset=utf-8");
        assertThat(english.getCrawlMetadata()).containsEntry("warc_file", warc.getFileName().toString());
        assertThat(bytes(sink.kept().get(1).getBody())).isEqualTo(ARABIC);
        assertThat(sink.kept().get(1).getHeaders()).doesNotContainKey("content-encoding");
        assertThat(new String(bytes(sink.kept().get(2).getBody()), StandardCharsets.US_ASCII)).isEqualTo("<p>hi!</p>");
        assertThat(sink.deadLetters()).extracting(DeadLetter::getReason).containsExactly("too_large");
        assertThat(report.records()).isEqualTo(7);
        assertThat(report.pages()).isEqualTo(3);
        assertThat(report.skipped()).containsEntry("request", 1L).containsEntry("status_301", 1L)
                .containsEntry("content_type", 1L);
    }

    private static WarcResponse response(String url, int status, String type, byte[] body, String... headers)
            throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved")
                .addHeader("Content-Type", type);
        for (int i = 0; i < headers.length; i += 2) {
            http.addHeader(headers[i], headers[i + 1]);
        }
        http.addHeader("Content-Length", Integer.toString(body.length));
        return new WarcResponse.Builder(URI.create(url)).date(WHEN)
                .body(http.body(MediaType.parse(type), body).build()).build();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(ByteBuffer b) {
        ByteBuffer d = b.duplicate();
        byte[] out = new byte[d.remaining()];
        d.get(out);
        return out;
    }
}
