package io.newspipe.producer.importer;

import io.newspipe.avro.RawPage;
import io.newspipe.producer.publish.PageSink;
import io.newspipe.producer.publish.RawPages;
import io.newspipe.producer.url.UrlCanonicalizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Turns WARC files (CC-NEWS style, gzipped or not) into raw pages: every {@code response} record with an
 * HTTP 2xx HTML payload becomes a page (body with transfer and content encodings removed, otherwise as
 * archived; key = canonical target URI; source {@code import}). Other records are counted as skipped;
 * payloads above the body cap become dead letters {@code fetch/too_large}; an unreadable record is a dead
 * letter {@code fetch/unreadable} and the import goes on. Stateless; not thread-safe per call.
 */
public final class WarcImporter {
    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");

    private final PageSink sink;
    private final int maxBodyBytes;

    public WarcImporter(PageSink sink, int maxBodyBytes) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Imports the files in order. */
    public ImportReport importFiles(List<Path> files) throws IOException {
        Counts counts = new Counts();
        for (Path file : files) {
            try (WarcReader reader = new WarcReader(file)) {
                reader.setLenient(true);
                for (WarcRecord record : reader) {
                    counts.records++;
                    if (record instanceof WarcResponse response) {
                        handle(file, response, counts);
                    } else {
                        counts.skip(record.type());
                    }
                }
            }
        }
        return counts.report();
    }

    private void handle(Path file, WarcResponse record, Counts counts) {
        Optional<String> canonical = UrlCanonicalizer.canonicalize(record.target());
        if (canonical.isEmpty()) {
            counts.skip("bad_url");
            return;
        }
        try {
            if (!record.contentType().base().toString().startsWith("application/http")) {
                counts.skip("not_http");
                return;
            }
            HttpResponse http = record.http();
            String type = http.headers().first("Content-Type").orElse(null);
            String skipped = skipReason(http, type);
            if (skipped != null) {
                counts.skip(skipped);
                return;
            }
            publish(file, record, http, canonical.get(), type, counts);
        } catch (IOException | RuntimeException e) {
            sink.deadLetter(canonical.get(), RawPages.deadLetter(canonical.get(), "fetch", "unreadable",
                    file.getFileName() + ": " + e, null));
            counts.deadLetters++;
        }
    }

    /** Why an HTTP response is no page to import (status, then media type), or null when it is one. */
    private static String skipReason(HttpResponse http, String contentType) {
        String media = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (http.status() < 200 || http.status() > 299) {
            return "status_" + http.status();
        }
        return HTML.contains(media) ? null : "content_type";
    }

    /** Sends the response's page to the sink, or a {@code fetch/too_large} dead letter above the body cap. */
    private void publish(Path file, WarcResponse record, HttpResponse http, String canonical, String type,
                         Counts counts) throws IOException {
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes(maxBodyBytes + 1);
        }
        RawPage page = page(file, record, http, canonical, type, body);
        if (body.length > maxBodyBytes) {
            sink.deadLetter(canonical, RawPages.deadLetter(canonical, "fetch", "too_large",
                    "WARC payload above " + maxBodyBytes + " bytes", RawPages.withoutBody(page, "too_large")));
            counts.deadLetters++;
            return;
        }
        sink.page(canonical, page);
        counts.pages++;
    }

    private static RawPage page(Path file, WarcResponse record, HttpResponse http, String canonical, String type,
                                byte[] body) throws IOException {
        Map<String, String> headers = new TreeMap<>();
        http.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(", ", v)));
        headers.keySet().removeAll(Set.of("content-encoding", "transfer-encoding", "content-length", "set-cookie"));
        Map<String, String> meta = new TreeMap<>();
        meta.put("warc_file", file.getFileName().toString());
        meta.put("warc_record_id", record.id().toString());
        record.ipAddress().ifPresent(ip -> meta.put("ip_address", ip.getHostAddress()));
        String target = record.target();
        return RawPage.newBuilder()
                .setUrl(canonical)
                .setFinalUrl(target.equals(canonical) ? null : target)
                .setFetchedAt(record.date())
                .setHttpStatus(http.status())
                .setContentType(type)
                .setHeaders(headers)
                .setBody(ByteBuffer.wrap(body))
                .setSource("import")
                .setSite(null)
                .setCrawlMetadata(meta)
                .build();
    }

    private static final class Counts {
        long records;
        long pages;
        long deadLetters;
        final Map<String, Long> skipped = new TreeMap<>();

        void skip(String why) {
            skipped.merge(why, 1L, Long::sum);
        }

        ImportReport report() {
            return new ImportReport(records, pages, deadLetters, skipped);
        }
    }
}
