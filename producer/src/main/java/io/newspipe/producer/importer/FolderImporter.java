package io.newspipe.producer.importer;

import io.newspipe.avro.RawPage;
import io.newspipe.contracts.FolderPage;
import io.newspipe.contracts.PageFolder;
import io.newspipe.producer.publish.PageSink;
import io.newspipe.producer.publish.RawPages;
import io.newspipe.producer.url.UrlCanonicalizer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns a folder of pages (CONTRACTS.md section 4) into raw pages, in {@code pages.tsv} order (key =
 * canonical URL, source {@code import}, status 200). A missing or unreadable body file, or a body above
 * the cap, is a dead letter and the import goes on; a line with a non-http URL is skipped. Not
 * thread-safe per call.
 */
public final class FolderImporter {
    private final PageSink sink;
    private final int maxBodyBytes;

    public FolderImporter(PageSink sink, int maxBodyBytes) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Imports every page of {@code folder}. */
    public ImportReport importFolder(Path folder) throws IOException {
        PageFolder pages = new PageFolder(Objects.requireNonNull(folder, "folder"));
        long records = 0;
        long published = 0;
        long dead = 0;
        Map<String, Long> skipped = new TreeMap<>();
        for (FolderPage p : pages.list()) {
            records++;
            Optional<String> canonical = UrlCanonicalizer.canonicalize(p.url());
            if (canonical.isEmpty()) {
                skipped.merge("bad_url", 1L, Long::sum);
                continue;
            }
            String key = canonical.get();
            byte[] body;
            try {
                body = pages.read(p);
            } catch (IOException e) {
                sink.deadLetter(key, RawPages.deadLetter(key, "fetch", "unreadable", p.file() + ": " + e, null));
                dead++;
                continue;
            }
            RawPage page = page(p, key, body);
            if (body.length > maxBodyBytes) {
                sink.deadLetter(key, RawPages.deadLetter(key, "fetch", "too_large",
                        "body " + body.length + " bytes > " + maxBodyBytes, RawPages.withoutBody(page, "too_large")));
                dead++;
                continue;
            }
            sink.page(key, page);
            published++;
        }
        return new ImportReport(records, published, dead, skipped);
    }

    private static RawPage page(FolderPage p, String key, byte[] body) {
        Map<String, String> headers = new TreeMap<>();
        if (p.contentType() != null) {
            headers.put("content-type", p.contentType());
        }
        return RawPage.newBuilder()
                .setUrl(key)
                .setFinalUrl(p.url().equals(key) ? null : p.url())
                .setFetchedAt(p.fetchedAt())
                .setHttpStatus(200)
                .setContentType(p.contentType())
                .setHeaders(headers)
                .setBody(ByteBuffer.wrap(body))
                .setSource("import")
                .setSite(null)
                .setCrawlMetadata(Map.of("folder_file", p.file().toString()))
                .build();
    }
}
