package io.newspipe.streams.reliability;

import io.newspipe.avro.RawPage;
import io.newspipe.schemas.NewsSerdes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Builders of hostile raw pages for the bad-input tests. Stateless. */
final class BadPages {
    static final Instant FETCHED = Instant.parse("2026-01-05T06:00:00Z");

    private BadPages() {
    }

    /** The bundled real-looking article page. */
    static byte[] goodPage() {
        try (InputStream in = BadPages.class.getResourceAsStream("/pages/daily-harbor/port-strike.html")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A raw-pages record value (Avro) around {@code body}. */
    static byte[] record(String url, byte[] body, String contentType, Map<String, String> headers) {
        RawPage page = RawPage.newBuilder().setUrl(url).setFetchedAt(FETCHED).setHttpStatus(200)
                .setContentType(contentType).setHeaders(headers).setBody(ByteBuffer.wrap(body)).setSource("test")
                .setSite(null).setCrawlMetadata(Map.of()).build();
        return NewsSerdes.rawPage().encode(page);
    }

    static byte[] html(String url, byte[] body) {
        return record(url, body, "text/html; charset=utf-8", Map.of());
    }

    /** {@code depth} nested elements around an article's worth of text. */
    static byte[] deeplyNested(int depth) {
        StringBuilder sb = new StringBuilder(depth * 12 + 4_000).append("<html><body>");
        sb.append("<div>".repeat(depth));
        sb.append("<article>").append("<p>Deep nesting is a classic parser attack, and the stage must "
                + "survive it with a clear outcome in bounded time whatever the depth. </p>".repeat(6))
                .append("</article>");
        sb.append("</div>".repeat(depth)).append("</body></html>");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An article whose root element carries an attribute of {@code size} characters. */
    static byte[] hugeAttribute(int size) {
        String good = new String(goodPage(), StandardCharsets.UTF_8);
        return good.replaceFirst("<article", "<article data-blob=\"" + "a".repeat(size) + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The good page with a NUL byte after every {@code every} bytes. */
    static byte[] withNuls(int every) {
        byte[] good = goodPage();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < good.length; i++) {
            out.write(good[i]);
            if (i % every == 0) {
                out.write(0);
            }
        }
        return out.toByteArray();
    }

    /** The good page gzipped and cut in the middle, as a server that dropped the connection serves it. */
    static byte[] truncatedGzip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(goodPage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] all = out.toByteArray();
        return Arrays.copyOf(all, all.length / 2);
    }

    /** A page of about {@code bytes} bytes of real paragraphs inside one article. */
    static byte[] bigPage(int bytes) {
        // numbered paragraphs: identical ones would be collapsed by the extractor and the article stay small
        StringBuilder sb = new StringBuilder(bytes + 200).append("<html><head><title>Big</title></head><body><article>");
        for (int i = 0; sb.length() < bytes; i++) {
            sb.append("<p>Part ").append(i).append(": the council met again on Tuesday to discuss the harbor budget,")
                    .append(" item ").append(i * 7 + 3).append(", the strike and the bridge repairs that residents have")
                    .append(" waited for since the storm of last winter.</p>\n");
        }
        sb.append("</article></body></html>");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

}
