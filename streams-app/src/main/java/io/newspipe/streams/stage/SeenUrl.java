package io.newspipe.streams.stage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * What the dedup state remembers of a canonical URL: its article id, current revision and the
 * normalised content hash of that revision.
 *
 * @param articleId the article id of the URL
 * @param revision the latest revision published
 * @param contentHash normalised content hash of that revision
 * @param eventTime when that revision was fetched (epoch millis), for retention
 */
public record SeenUrl(String articleId, int revision, String contentHash, long eventTime) {
    public SeenUrl {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(articleId);
            out.writeInt(revision);
            out.writeUTF(contentHash);
            out.writeLong(eventTime);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static SeenUrl fromBytes(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            return new SeenUrl(in.readUTF(), in.readInt(), in.readUTF(), in.readLong());
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt SeenUrl state", e);
        }
    }
}
