package io.newspipe.schemas;

import java.util.Arrays;
import org.apache.avro.io.BinaryData;
import org.apache.avro.io.BinaryEncoder;

/**
 * Avro binary encoding into one growable byte array, the bytes Avro's own binary encoders write (numbers
 * through {@link BinaryData}, the rest through {@link BinaryEncoder}), with strings encoded to UTF-8
 * straight into the array: {@code String.getBytes} would fill a zeroed array three times the string's
 * length, copy it to size, and the encoder copy it again; article text is most of an article record.
 * Long strings go through this thread's {@link Utf8Memo}: one encoded or decoded here before is copied.
 * Reused by {@link #reset}; not thread-safe.
 */
final class ArrayEncoder extends BinaryEncoder {
    private static final int MAX_VARINT_INT = 5;
    /** A buffer grown past this for one large record (a dead letter with its page) is not kept. */
    private static final int MAX_KEPT_BYTES = 1 << 20;
    private final int initialCapacity;
    private byte[] buf;
    private int pos;
    private char[] chars = new char[256];
    /** UTF-8 bytes of the string {@link #encodeString} wrote last (they end at {@link #pos}). */
    private int lastStringLength;

    ArrayEncoder(int initialCapacity) {
        this.initialCapacity = initialCapacity;
        buf = new byte[initialCapacity];
    }

    /** Starts a new message with {@code header}. */
    void reset(byte[] header) {
        pos = 0;
        writeFixed(header, 0, header.length);
    }

    /** An exact copy of what was written since {@link #reset}. */
    byte[] toByteArray() {
        byte[] bytes = Arrays.copyOf(buf, pos);
        if (buf.length > MAX_KEPT_BYTES) {
            buf = new byte[initialCapacity];
        }
        return bytes;
    }

    private void ensure(long more) {
        if (pos + more > buf.length) {
            long wanted = Math.max(pos + more, 2L * buf.length);
            if (wanted > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("record too large to encode: " + (pos + more) + " bytes");
            }
            buf = Arrays.copyOf(buf, (int) wanted);
        }
    }

    @Override
    public void flush() {
        // everything is in the array already
    }

    @Override
    public void writeBoolean(boolean b) {
        ensure(1);
        pos += BinaryData.encodeBoolean(b, buf, pos);
    }

    @Override
    public void writeInt(int n) {
        ensure(MAX_VARINT_INT);
        pos += BinaryData.encodeInt(n, buf, pos);
    }

    @Override
    public void writeLong(long n) {
        ensure(10);
        pos += BinaryData.encodeLong(n, buf, pos);
    }

    @Override
    public void writeFloat(float f) {
        ensure(4);
        pos += BinaryData.encodeFloat(f, buf, pos);
    }

    @Override
    public void writeDouble(double d) {
        ensure(8);
        pos += BinaryData.encodeDouble(d, buf, pos);
    }

    @Override
    public void writeFixed(byte[] bytes, int start, int len) {
        ensure(len);
        System.arraycopy(bytes, start, buf, pos, len);
        pos += len;
    }

    @Override
    protected void writeZero() {
        ensure(1);
        buf[pos++] = 0;
    }

    @Override
    public int bytesBuffered() {
        return pos;
    }

    /**
     * The string's UTF-8 bytes behind their length, as {@code String.getBytes(UTF_8)} makes them (an
     * unpaired surrogate becomes '?'). The length prefix is reserved for the shortest possible UTF-8 form
     * (one byte a character) and the bytes moved up in the rare case the prefix turns out longer.
     */
    @Override
    public void writeString(String s) {
        int n = s.length();
        if (n == 0) {
            writeZero();
            return;
        }
        if (n >= Utf8Memo.MIN_CHARS) {
            writeLongString(s, Utf8Memo.get());
            return;
        }
        encodeString(s, n);
    }

    /** A long string: its kept bytes if this thread has them (see {@link Utf8Memo}), else encoded and kept. */
    private void writeLongString(String s, Utf8Memo memo) {
        int slot = memo.slotOf(s);
        if (slot >= 0) {
            int length = memo.length(slot);
            writeInt(length);
            writeFixed(memo.array(slot), memo.offset(slot), length);
            return;
        }
        encodeString(s, s.length());
        int length = lastStringLength;
        memo.keep(s, buf, pos - length, length);
    }

    private void encodeString(String s, int n) {
        ensure(MAX_VARINT_INT + 3L * n);
        if (chars.length < n) {
            chars = new char[Math.max(n, 2 * chars.length)];
        }
        s.getChars(0, n, chars, 0);
        int reserved = varintSize(n);
        int start = pos + reserved;
        int end = utf8(chars, n, buf, start);
        int length = end - start;
        int prefix = varintSize(length);
        if (prefix != reserved) {
            System.arraycopy(buf, start, buf, pos + prefix, length);
        }
        BinaryData.encodeInt(length, buf, pos);
        pos += prefix + length;
        lastStringLength = length;
    }

    /** Encodes {@code c[0, n)} as UTF-8 into {@code out} from {@code at}; returns the end index. */
    private static int utf8(char[] c, int n, byte[] out, int at) {
        int p = at;
        int i = 0;
        while (i < n) {
            char ch = c[i++];
            if (ch < 0x80) {
                out[p++] = (byte) ch;
            } else if (ch < 0x800) {
                out[p++] = (byte) (0xC0 | ch >> 6);
                out[p++] = (byte) (0x80 | ch & 0x3F);
            } else if (!Character.isSurrogate(ch)) {
                out[p++] = (byte) (0xE0 | ch >> 12);
                out[p++] = (byte) (0x80 | ch >> 6 & 0x3F);
                out[p++] = (byte) (0x80 | ch & 0x3F);
            } else if (Character.isHighSurrogate(ch) && i < n && Character.isLowSurrogate(c[i])) {
                int cp = Character.toCodePoint(ch, c[i++]);
                out[p++] = (byte) (0xF0 | cp >> 18);
                out[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[p++] = (byte) (0x80 | cp & 0x3F);
            } else {
                out[p++] = '?';
            }
        }
        return p;
    }

    private static int varintSize(int zigzagSource) {
        int v = (zigzagSource << 1) ^ (zigzagSource >> 31);
        int size = 1;
        while ((v & ~0x7F) != 0) {
            v >>>= 7;
            size++;
        }
        return size;
    }
}
