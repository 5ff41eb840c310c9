package io.newspipe.streams.stage;

import io.newspipe.avro.Article;
import io.newspipe.schemas.AvroSerde;
import io.newspipe.schemas.NewsSerdes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Bytes of a {@code dedup-waiting} value: the pages waiting for one article's decision. A page whose
 * candidate bytes are known is kept as those bytes plus the content hash and fingerprint dedup set (no
 * second Avro encoding of the whole page); any other page as its Avro encoding. Layout: page count (4),
 * then per page a kind byte: 1 = content hash and fingerprint (each a length (4, -1 for null) and UTF-8)
 * then the candidate's bytes (length-prefixed); 0 = the article's bytes (length-prefixed). Not
 * thread-safe (the Avro serde's buffers): one per task.
 */
public final class WaitingPageCodec {
    private static final byte ARTICLE = 0;
    private static final byte CANDIDATE = 1;
    private final AvroSerde<Article> articles = NewsSerdes.article();

    /** The value bytes of {@code pages}. */
    public byte[] encode(List<WaitingPage> pages) {
        Objects.requireNonNull(pages, "pages");
        List<byte[]> parts = new ArrayList<>(3 * pages.size());
        int size = 4;
        for (WaitingPage page : pages) {
            if (page.candidateBytes() != null) {
                parts.add(utf8(page.article().getContentHash()));
                parts.add(utf8(page.article().getFingerprint()));
                parts.add(page.candidateBytes());
            } else {
                parts.add(articles.encode(page.article()));
            }
            size += 1;
        }
        for (byte[] part : parts) {
            size += 4 + (part == null ? 0 : part.length);
        }
        ByteBuffer out = ByteBuffer.allocate(size).putInt(pages.size());
        int next = 0;
        for (WaitingPage page : pages) {
            int count = page.candidateBytes() != null ? 3 : 1;
            out.put(count == 3 ? CANDIDATE : ARTICLE);
            for (int i = 0; i < count; i++) {
                byte[] part = parts.get(next++);
                out.putInt(part == null ? -1 : part.length);
                if (part != null) {
                    out.put(part);
                }
            }
        }
        return out.array();
    }

    /** The pages {@link #encode} wrote, each with its candidate bytes when it was kept as those. */
    public List<WaitingPage> decode(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(Objects.requireNonNull(bytes, "bytes"));
        int n = in.getInt();
        List<WaitingPage> pages = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (in.get() == CANDIDATE) {
                String contentHash = string(in);
                String fingerprint = string(in);
                byte[] candidate = part(in);
                pages.add(new WaitingPage(WaitingPage.restore(articles.decode(candidate), contentHash, fingerprint),
                        candidate));
            } else {
                pages.add(new WaitingPage(articles.decode(part(in)), null));
            }
        }
        return pages;
    }

    private static byte[] utf8(CharSequence text) {
        return text == null ? null : text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String string(ByteBuffer in) {
        byte[] bytes = part(in);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] part(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.get(bytes);
        return bytes;
    }
}
