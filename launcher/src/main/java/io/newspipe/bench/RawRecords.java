package io.newspipe.bench;

import io.newspipe.avro.RawPage;
import io.newspipe.schemas.AvroSerde;
import io.newspipe.schemas.NewsSerdes;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Encodes bench pages as {@code news.raw-pages.v1} values, before any timing starts. Thread-safe. */
public final class RawRecords {
    /** A fixed fetch time keeps runs comparable (dedup retention is in event time). */
    public static final Instant FETCHED_AT = Instant.parse("2026-11-20T08:00:00Z");
    private static final AvroSerde<RawPage> SERDE = NewsSerdes.rawPage();

    private RawRecords() {
    }

    /** The page as the producer would publish it. */
    public static RawPage toRawPage(BenchPage page) {
        return RawPage.newBuilder()
                .setUrl(page.url())
                .setFetchedAt(FETCHED_AT)
                .setHttpStatus(200)
                .setContentType(page.contentType())
                .setHeaders(Map.of())
                .setBody(ByteBuffer.wrap(page.body()))
                .setSource("import")
                .setSite(null)
                .setCrawlMetadata(Map.of())
                .build();
    }

    /** The encoded record values, in order. */
    public static List<byte[]> encodeAll(List<BenchPage> pages) {
        return pages.stream().map(p -> SERDE.encode(toRawPage(p))).toList();
    }
}
