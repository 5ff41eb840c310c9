package io.newspipe.schemas;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.SystemLimitException;
import org.apache.avro.io.Decoder;
import org.apache.avro.util.Utf8;

/**
 * Avro binary decoding straight from one byte array, read as Avro's {@code BinaryDecoder} reads it
 * (same varints, same length limits of {@link SystemLimitException}, an {@link EOFException} past the
 * end). Unlike the stream decoder behind Avro's message decoder it hands a {@code bytes} field out as
 * a view of its range of the message array (no copy at all): a raw page's body is most of its record. Not thread-safe: one instance per message.
 */
final class ArrayDecoder extends Decoder {
    private final byte[] buf;
    private final int limit;
    private int pos;
    private long collectionCount;

    ArrayDecoder(byte[] buf, int offset, int length) {
        this.buf = buf;
        this.pos = offset;
        this.limit = offset + length;
    }

    private void need(long n) throws EOFException {
        if (n < 0 || n > limit - pos) {
            throw new EOFException("needs " + n + " bytes, " + (limit - pos) + " left");
        }
    }

    @Override
    public void readNull() {
        // nothing is written for null
    }

    @Override
    public boolean readBoolean() throws IOException {
        need(1);
        return (buf[pos++] & 0xFF) == 1;
    }

    @Override
    public int readInt() throws IOException {
        int n = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            need(1);
            int b = buf[pos++] & 0xFF;
            n |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return (n >>> 1) ^ -(n & 1);
            }
        }
        throw new AvroRuntimeException("Invalid int encoding");
    }

    @Override
    public long readLong() throws IOException {
        long n = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            need(1);
            long b = buf[pos++] & 0xFF;
            n |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return (n >>> 1) ^ -(n & 1);
            }
        }
        throw new AvroRuntimeException("Invalid long encoding");
    }

    @Override
    public float readFloat() throws IOException {
        return Float.intBitsToFloat(littleEndian(4));
    }

    @Override
    public double readDouble() throws IOException {
        long low = littleEndian(4) & 0xFFFF_FFFFL;
        return Double.longBitsToDouble(low | (long) littleEndian(4) << 32);
    }

    private int littleEndian(int bytes) throws EOFException {
        need(bytes);
        int v = 0;
        for (int i = 0; i < bytes; i++) {
            v |= (buf[pos++] & 0xFF) << (8 * i);
        }
        return v;
    }

    @Override
    public Utf8 readString(Utf8 old) throws IOException {
        int length = SystemLimitException.checkMaxStringLength(readLong());
        need(length);
        Utf8 result = old != null ? old : new Utf8();
        result.setByteLength(length);
        System.arraycopy(buf, pos, result.getBytes(), 0, length);
        pos += length;
        return result;
    }

    @Override
    public String readString() throws IOException {
        int length = SystemLimitException.checkMaxStringLength(readLong());
        need(length);
        String s = length == 0 ? "" : new String(buf, pos, length, StandardCharsets.UTF_8);
        if (length >= Utf8Memo.MIN_CHARS) {
            // the dedup task decodes the candidate's body and encodes the same strings into the article
            Utf8Memo.get().keepDecoded(s, buf, pos, length);
        }
        pos += length;
        return s;
    }

    @Override
    public void skipString() throws IOException {
        skip(readLong());
    }

    /**
     * A view of the field's range of the message array, not a copy ({@code old} is never reused): a raw
     * page's body is most of its record, and the extractor reads it where it is. The view starts at
     * position 0 with a non-zero {@link ByteBuffer#arrayOffset()}; the message array must not be written to
     * afterwards (Kafka hands each record's value a fresh array that nothing writes to).
     */
    @Override
    public ByteBuffer readBytes(ByteBuffer old) throws IOException {
        int length = SystemLimitException.checkMaxBytesLength(readLong());
        need(length);
        ByteBuffer result = ByteBuffer.wrap(buf, pos, length).slice();
        pos += length;
        return result;
    }

    @Override
    public void skipBytes() throws IOException {
        skip(readLong());
    }

    @Override
    public void readFixed(byte[] bytes, int start, int length) throws IOException {
        need(length);
        System.arraycopy(buf, pos, bytes, start, length);
        pos += length;
    }

    @Override
    public void skipFixed(int length) throws IOException {
        skip(length);
    }

    private void skip(long length) throws EOFException {
        need(length);
        pos += (int) length;
    }

    @Override
    public int readEnum() throws IOException {
        return readInt();
    }

    @Override
    public long readArrayStart() throws IOException {
        collectionCount = SystemLimitException.checkMaxCollectionLength(readItemCount());
        return collectionCount;
    }

    @Override
    public long arrayNext() throws IOException {
        long count = readItemCount();
        collectionCount = SystemLimitException.checkMaxCollectionLength(collectionCount, count);
        return count;
    }

    @Override
    public long skipArray() throws IOException {
        return skipItems();
    }

    @Override
    public long readMapStart() throws IOException {
        return readArrayStart();
    }

    @Override
    public long mapNext() throws IOException {
        return arrayNext();
    }

    @Override
    public long skipMap() throws IOException {
        return skipItems();
    }

    @Override
    public int readIndex() throws IOException {
        return readInt();
    }

    /** A block's item count; a negative count is followed by the block's byte size, not needed here. */
    private long readItemCount() throws IOException {
        long count = readLong();
        if (count < 0) {
            readLong();
            count = -count;
        }
        return count;
    }

    /** Skips blocks that carry their byte size; returns the count of the first block without one. */
    private long skipItems() throws IOException {
        long count = readLong();
        while (count < 0) {
            skip(readLong());
            count = readLong();
        }
        return count;
    }
}
