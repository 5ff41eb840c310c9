package io.newspipe.streams.dedup;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Compact binary form of the dedup state, as the Kafka Streams stores keep it (key and value bytes, so
 * the figures from {@link #bytesPerArticle} are what the stores and their changelogs hold, before RocksDB
 * and Kafka per-record overhead):
 * <ul>
 *   <li>{@code dedup-articles}: key = first 8 bytes of the article id; value = event time (8), content
 *   hash (8), revision (varint), shingle count (varint), signature ({@code numHashes * bits / 8}), number
 *   sketch (1 + one byte per number, at most 17; {@link NumberSketch#writeTo}),
 *   canonical URL (varint length + bytes: the scheme and {@code www.} as one byte, non-ASCII percent
 *   escapes as raw bytes, which is lossless and shrinks Arabic slugs threefold), status (1) and, for a
 *   duplicate, the id hash of its original (8);</li>
 *   <li>{@code dedup-bands}: key = the band key's low 5 bytes (the topology's {@code BandKeySerde}: a band
 *   key only finds candidates, each verified by its signature); value = a list of entries, each article id
 *   hash (8) and event time in epoch seconds (4, unsigned), so one article costs 17 bytes per band;</li>
 *   <li>{@code dedup-content}: the same lists under content hashes (8), only for articles without band keys
 *   and revisions (an article with band keys finds its exact copies on its bands).</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class DedupStateCodec {
    /** Bytes per band entry in the band store (key share + value). */
    public static final int BAND_ENTRY_BYTES = 5 + 12;

    private final DedupConfig config;

    public DedupStateCodec(DedupConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** One entry of a band key's list. */
    public record BandEntry(long articleIdHash, long eventTimeSeconds) {
    }

    /** The 8-byte store key of an article (first 8 bytes of its id). */
    public static byte[] articleKey(String articleId) {
        return ByteBuffer.allocate(8).putLong(articleIdHash(articleId)).array();
    }

    /** The first 8 bytes of a 32-hex-digit article id as a long. */
    public static long articleIdHash(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return Long.parseUnsignedLong(articleId.substring(0, 16), 16);
    }

    /** The 8-byte store key of a band. */
    public static byte[] bandKey(long bandKey) {
        return ByteBuffer.allocate(8).putLong(bandKey).array();
    }

    /** Encodes a band key's entry list. */
    public static byte[] encodeBandEntries(List<BandEntry> entries) {
        ByteBuffer buffer = ByteBuffer.allocate(entries.size() * 12);
        for (BandEntry entry : entries) {
            buffer.putLong(entry.articleIdHash()).putInt((int) entry.eventTimeSeconds());
        }
        return buffer.array();
    }

    /** Decodes a band key's entry list; a trailing partial entry is ignored. */
    public static List<BandEntry> decodeBandEntries(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        List<BandEntry> entries = new ArrayList<>(bytes.length / 12);
        while (buffer.remaining() >= 12) {
            entries.add(new BandEntry(buffer.getLong(), Integer.toUnsignedLong(buffer.getInt())));
        }
        return entries;
    }

    /** Encodes an article's state. */
    public byte[] encodeArticle(ArticleState state) {
        Objects.requireNonNull(state, "state");
        MinHashSignature signature = state.signature();
        byte[] url = CompactUrl.encode(state.canonicalUrl());
        boolean duplicate = state.status() == ArticleState.Status.DUPLICATE;
        int size = 16 + varintSize(state.revision()) + varintSize(signature.shingleCount())
                + config.numHashes() * (config.signatureBits() / 8) + signature.numbers().encodedSize()
                + varintSize(url.length) + url.length + 1 + (duplicate ? 8 : 0);
        // one exactly sized buffer: this runs on every pending step and decision, so no stream and no copy
        ByteBuffer out = ByteBuffer.allocate(size).putLong(state.eventTimeMillis()).putLong(state.contentHash64());
        putVarint(out, state.revision());
        putVarint(out, signature.shingleCount());
        putSignatureValues(out, signature, config.signatureBits() / 8);
        signature.numbers().writeTo(out);
        putVarint(out, url.length);
        out.put(url).put((byte) state.status().ordinal());
        if (duplicate) {
            out.putLong(state.duplicateOfIdHash());
        }
        return out.array();
    }

    /** Writes the signature's values, {@code bytesPerValue} big-endian bytes each (the low bits kept). */
    static void putSignatureValues(ByteBuffer out, MinHashSignature signature, int bytesPerValue) {
        int[] values = signature.rawValues();
        if (bytesPerValue == 1) {
            for (int value : values) {
                out.put((byte) value);
            }
            return;
        }
        for (int value : values) {
            for (int shift = (bytesPerValue - 1) * 8; shift >= 0; shift -= 8) {
                out.put((byte) (value >>> shift));
            }
        }
    }

    /** Decodes an article's state written by {@link #encodeArticle} with the same configuration. */
    public ArticleState decodeArticle(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(Objects.requireNonNull(bytes, "bytes"));
        long eventTime = in.getLong();
        long contentHash = in.getLong();
        int revision = readVarint(in);
        int shingles = readVarint(in);
        MinHashSignature signature = MinHashSignature.read(in, config.numHashes(), config.signatureBits(), shingles);
        byte[] url = new byte[readVarint(in)];
        in.get(url);
        ArticleState.Status status = ArticleState.Status.values()[in.get()];
        long duplicateOf = status == ArticleState.Status.DUPLICATE ? in.getLong() : 0;
        return new ArticleState(eventTime, contentHash, revision, signature, CompactUrl.decode(url), status,
                duplicateOf);
    }

    /**
     * Encodes what a duplicate URL points at: original id hash (8), content hash (8), event time (8, at
     * offset 16 so expiry reads it without decoding), the original's canonical URL (compact form).
     */
    public static byte[] encodeDuplicateOf(DuplicateOf d) {
        Objects.requireNonNull(d, "d");
        byte[] url = CompactUrl.encode(d.originalUrl());
        return ByteBuffer.allocate(24 + url.length).putLong(d.originalIdHash()).putLong(d.contentHash64())
                .putLong(d.eventTimeMillis()).put(url).array();
    }

    /** Decodes what {@link #encodeDuplicateOf} wrote. */
    public static DuplicateOf decodeDuplicateOf(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(Objects.requireNonNull(bytes, "bytes"));
        long original = in.getLong();
        long content = in.getLong();
        long eventTime = in.getLong();
        byte[] url = new byte[in.remaining()];
        in.get(url);
        return new DuplicateOf(original, CompactUrl.decode(url), content, eventTime);
    }

    /** The event time of an encoded duplicate URL record (for expiry). */
    public static long duplicateOfEventTime(byte[] bytes) {
        return ByteBuffer.wrap(bytes).getLong(16);
    }

    /**
     * Bytes of state one original article costs: its article record (key and value) plus one band entry
     * per band.
     */
    public int bytesPerArticle(ArticleState state) {
        return 8 + encodeArticle(state).length + config.bands() * BAND_ENTRY_BYTES;
    }

    private static int varintSize(int value) {
        int size = 1;
        for (int v = value >>> 7; v != 0; v >>>= 7) {
            size++;
        }
        return size;
    }

    private static void putVarint(ByteBuffer out, int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.put((byte) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.put((byte) v);
    }

    private static int readVarint(ByteBuffer in) {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            byte b = in.get();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("malformed varint");
    }

    /**
     * URL bytes: a one-byte code for the common scheme/{@code www.} prefix, then the rest with
     * non-ASCII percent escapes of an ASCII URL as raw bytes; any other URL as UTF-8 behind a 0xFF mark.
     */
    static final class CompactUrl {
        private static final char[] HEX = "0123456789ABCDEF".toCharArray();
        private static final String[] PREFIXES = {"https://www.", "https://", "http://www.", "http://"};

        private CompactUrl() {
        }

        static byte[] encode(String url) {
            int code = 0;
            while (code < PREFIXES.length && !url.startsWith(PREFIXES[code])) {
                code++;
            }
            if (code == PREFIXES.length) {
                return utf8(url);
            }
            String prefix = PREFIXES[code];
            byte[] out = new byte[url.length() - prefix.length() + 1];
            int n = 0;
            out[n++] = (byte) (code + 1);
            for (int i = prefix.length(); i < url.length(); i++) {
                char c = url.charAt(i);
                if (c >= 0x80) {
                    return utf8(url);
                }
                if (c == '%' && i + 2 < url.length() && upperHex(url.charAt(i + 1)) && upperHex(url.charAt(i + 2))
                        && url.charAt(i + 1) >= '8') {
                    out[n++] = (byte) (hexValue(url.charAt(i + 1)) << 4 | hexValue(url.charAt(i + 2)));
                    i += 2;
                } else {
                    out[n++] = (byte) c;
                }
            }
            return n == out.length ? out : Arrays.copyOf(out, n);
        }

        private static int hexValue(char c) {
            return c <= '9' ? c - '0' : c - 'A' + 10;
        }

        private static byte[] utf8(String url) {
            byte[] text = url.getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[text.length + 1];
            out[0] = (byte) 0xFF;
            System.arraycopy(text, 0, out, 1, text.length);
            return out;
        }

        static String decode(byte[] bytes) {
            if (bytes.length == 0 || bytes[0] == (byte) 0xFF || bytes[0] < 1 || bytes[0] > PREFIXES.length) {
                return bytes.length == 0 ? "" : new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_8);
            }
            StringBuilder out = new StringBuilder(bytes.length * 2).append(PREFIXES[bytes[0] - 1]);
            for (int i = 1; i < bytes.length; i++) {
                int v = bytes[i] & 0xFF;
                if (v >= 0x80) {
                    out.append('%').append(HEX[v >> 4]).append(HEX[v & 0xF]);
                } else {
                    out.append((char) v);
                }
            }
            return out.toString();
        }

        private static boolean upperHex(char c) {
            return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
        }
    }
}
