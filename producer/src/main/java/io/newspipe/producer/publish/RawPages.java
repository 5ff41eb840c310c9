package io.newspipe.producer.publish;

import io.newspipe.avro.DeadLetter;
import io.newspipe.avro.RawPage;
import io.newspipe.producer.fetch.FetchOutcome;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Builds the Avro records the producer publishes. Stateless and thread-safe. */
public final class RawPages {
    /** Headers describing the wire form (the body is stored decoded) or carrying secrets: not kept. */
    private static final Set<String> DROPPED = Set.of("content-encoding", "transfer-encoding", "content-length",
            "set-cookie", "connection", "keep-alive");

    private RawPages() {
    }

    /**
     * A raw page from a fetch.
     *
     * @param canonicalUrl the canonical form of the requested URL (the record key)
     * @param source how the URL was found: feed, sitemap, start_page, import
     */
    public static RawPage of(String canonicalUrl, FetchOutcome.Fetched f, String source, String site,
                             Map<String, String> crawlMetadata) {
        Map<String, String> headers = new TreeMap<>();
        f.headers().forEach((k, v) -> {
            if (!DROPPED.contains(k)) {
                headers.put(k, v);
            }
        });
        String finalUrl = f.finalUri().toString();
        return RawPage.newBuilder()
                .setUrl(canonicalUrl)
                .setFinalUrl(finalUrl.equals(canonicalUrl) ? null : finalUrl)
                .setFetchedAt(f.fetchedAt())
                .setHttpStatus(f.status())
                .setContentType(f.contentType())
                .setHeaders(headers)
                .setBody(ByteBuffer.wrap(f.body()))
                .setSource(source)
                .setSite(site)
                .setCrawlMetadata(new TreeMap<>(crawlMetadata))
                .build();
    }

    /** A dead letter for a page that could not be fetched or published. */
    public static DeadLetter deadLetter(String url, String stage, String reason, String detail, RawPage page) {
        return DeadLetter.newBuilder()
                .setUrl(url)
                .setStage(stage)
                .setReason(reason)
                .setDetail(detail)
                .setRawPage(page)
                .setFailedAt(Instant.now())
                .build();
    }

    /** A copy of {@code page} without its body, for dead letters of pages too large to carry. */
    public static RawPage withoutBody(RawPage page, String why) {
        Map<String, String> meta = new TreeMap<>(page.getCrawlMetadata());
        meta.put("body_bytes", Integer.toString(page.getBody().remaining()));
        meta.put("body_dropped", why);
        return RawPage.newBuilder(page).setBody(ByteBuffer.allocate(0)).setCrawlMetadata(meta).build();
    }
}
