package io.newspipe.streams.stage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * What the dedup state remembers of a normalised content hash: the first article that had it.
 *
 * @param articleId id of the first article with this content
 * @param url its URL
 * @param eventTime when it was fetched (epoch millis), for retention
 */
public record SeenContent(String articleId, String url, long eventTime) {
    public SeenContent {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(url, "url");
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + url.length());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(articleId);
            out.writeUTF(url);
            out.writeLong(eventTime);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static SeenContent fromBytes(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            return new SeenContent(in.readUTF(), in.readUTF(), in.readLong());
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt SeenContent state", e);
        }
    }
}
