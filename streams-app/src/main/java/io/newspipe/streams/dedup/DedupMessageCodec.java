package io.newspipe.streams.dedup;

import io.newspipe.streams.dedup.DedupMessage.Answer;
import io.newspipe.streams.dedup.DedupMessage.BandAnswer;
import io.newspipe.streams.dedup.DedupMessage.BandRequest;
import io.newspipe.streams.dedup.DedupMessage.ContentRegister;
import io.newspipe.streams.dedup.DedupMessage.Inquiry;
import io.newspipe.streams.dedup.DedupStateCodec.BandEntry;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compact binary form of the protocol messages ({@link DedupMessage}) and of the pending bookkeeping
 * ({@link PendingWork}). A message is one type byte and fixed-width fields: ids, band keys and content
 * hashes 8 bytes, event times 4 (epoch seconds), similarities 4 (float), a signature only where the
 * receiver compares texts ({@code numHashes * bits / 8} bytes plus a 4-byte shingle count), a URL only in an
 * answer naming a duplicate's original. The routing key travels as the record key, not in the value.
 * Immutable and thread-safe.
 */
public final class DedupMessageCodec {
    private static final byte BAND_REQUEST = 1;
    private static final byte BAND_ANSWER = 2;
    private static final byte INQUIRY = 3;
    private static final byte ANSWER = 4;
    private static final byte CONTENT_REGISTER = 5;
    private final DedupConfig config;
    private final DedupStateCodec states;

    public DedupMessageCodec(DedupConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.states = new DedupStateCodec(config);
    }

    /** The value bytes of a message (its routing key is the record key). */
    public byte[] encode(DedupMessage message) {
        Objects.requireNonNull(message, "message");
        ByteBuffer out = ByteBuffer.allocate(sizeOf(message));
        if (message instanceof BandRequest m) {
            out.put(BAND_REQUEST).put((byte) ((m.withContent() ? 1 : 0) | (m.contentLookupOnly() ? 2 : 0)));
            putEntry(out, m.article());
            out.putLong(m.contentHash()).putShort((short) m.bandKeys().length);
            for (long key : m.bandKeys()) {
                out.putLong(key);
            }
            putSignature(out, m.signature());
        } else if (message instanceof BandAnswer m) {
            out.put(BAND_ANSWER).putShort((short) m.notices());
            putEntries(out, m.earlierNear());
            putEntries(out, m.earlierExact());
        } else if (message instanceof Inquiry m) {
            out.put(INQUIRY).put((byte) (m.notice() ? 1 : 0));
            putEntry(out, m.from());
            out.putLong(m.contentHash());
            putSignature(out, m.signature());
        } else if (message instanceof Answer m) {
            putAnswer(out.put(ANSWER), m);
        } else if (message instanceof ContentRegister m) {
            putEntry(out.put(CONTENT_REGISTER), m.article());
        }
        return out.array();
    }

    /** Decodes a message; throws IllegalArgumentException on bytes this codec did not write. */
    public DedupMessage decode(long routingKey, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            byte type = in.get();
            return switch (type) {
                case BAND_REQUEST -> {
                    byte content = in.get();
                    BandEntry entry = entry(in);
                    long contentHash = in.getLong();
                    long[] keys = new long[in.getShort()];
                    for (int i = 0; i < keys.length; i++) {
                        keys[i] = in.getLong();
                    }
                    yield new BandRequest(routingKey, entry, keys, (content & 1) != 0, (content & 2) != 0, contentHash,
                            signature(in));
                }
                case BAND_ANSWER -> {
                    int notices = in.getShort();
                    yield new BandAnswer(routingKey, entries(in), entries(in), notices);
                }
                case INQUIRY -> {
                    boolean notice = in.get() != 0;
                    yield new Inquiry(routingKey, entry(in), notice, in.getLong(), signature(in));
                }
                case ANSWER -> answer(routingKey, in);
                case CONTENT_REGISTER -> new ContentRegister(routingKey, entry(in));
                default -> throw new IllegalArgumentException("unknown dedup message type " + type);
            };
        } catch (BufferUnderflowException | NegativeArraySizeException e) {
            throw new IllegalArgumentException("truncated dedup message", e);
        }
    }

    /** The bytes of a pending article's bookkeeping. */
    public byte[] encodePending(PendingWork work) {
        Objects.requireNonNull(work, "work");
        byte[] self = states.encodeArticle(work.self());
        int size = 8 + 4 + work.carry().length + 4 + self.length + 2 + 4 + 2 + 8 * work.asked().length + 2 + 2 + 17 * work.waiters().size();
        for (Answer a : work.eligible()) {
            size += answerSize(a);
        }
        ByteBuffer out = ByteBuffer.allocate(size).putLong(work.timestamp()).putInt(work.carry().length)
                .put(work.carry()).putInt(self.length).put(self)
                .putShort((short) work.bands())
                .putInt(work.outstanding());
        out.putShort((short) work.asked().length);
        for (long id : work.asked()) {
            out.putLong(id);
        }
        out.putShort((short) work.eligible().size());
        work.eligible().forEach(a -> putAnswer(out, a));
        out.putShort((short) work.waiters().size());
        for (PendingWork.Waiter w : work.waiters()) {
            putEntry(out, w.asker());
            out.putFloat((float) w.similarity()).put((byte) (w.exact() ? 1 : 0));
        }
        return out.array();
    }

    /** Decodes what {@link #encodePending} wrote. */
    public PendingWork decodePending(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(Objects.requireNonNull(bytes, "bytes"));
        long timestamp = in.getLong();
        byte[] carry = new byte[in.getInt()];
        in.get(carry);
        byte[] self = new byte[in.getInt()];
        in.get(self);
        int bands = in.getShort();
        int outstanding = in.getInt();
        long[] asked = new long[in.getShort()];
        for (int i = 0; i < asked.length; i++) {
            asked[i] = in.getLong();
        }
        List<Answer> eligible = new ArrayList<>();
        for (int n = in.getShort(), i = 0; i < n; i++) {
            eligible.add(answer(0, in));
        }
        List<PendingWork.Waiter> waiters = new ArrayList<>();
        for (int n = in.getShort(), i = 0; i < n; i++) {
            waiters.add(new PendingWork.Waiter(entry(in), in.getFloat(), in.get() != 0));
        }
        return new PendingWork(timestamp, carry, states.decodeArticle(self), bands, outstanding, asked, eligible, waiters);
    }

    private int sizeOf(DedupMessage message) {
        int signature = 4 + config.numHashes() * (config.signatureBits() / 8);
        if (message instanceof BandRequest m) {
            signature += m.signature().numbers().encodedSize();
            return 1 + 1 + 12 + 8 + 2 + 8 * m.bandKeys().length + signature;
        } else if (message instanceof BandAnswer m) {
            return 1 + 2 + 2 + 12 * m.earlierNear().size() + 2 + 12 * m.earlierExact().size();
        } else if (message instanceof Inquiry m) {
            return 1 + 1 + 12 + 8 + signature + m.signature().numbers().encodedSize();
        } else if (message instanceof Answer m) {
            return 1 + answerSize(m);
        }
        return 1 + 12;
    }

    private static int answerSize(Answer a) {
        return 12 + 4 + 1 + 2 + DedupStateCodec.CompactUrl.encode(a.url()).length;
    }

    private static void putAnswer(ByteBuffer out, Answer a) {
        putEntry(out, a.candidate());
        out.putFloat((float) a.similarity()).put((byte) (a.exact() ? 1 : 0));
        byte[] url = DedupStateCodec.CompactUrl.encode(a.url());
        out.putShort((short) url.length).put(url);
    }

    private static Answer answer(long routingKey, ByteBuffer in) {
        BandEntry candidate = entry(in);
        double similarity = in.getFloat();
        boolean exact = in.get() != 0;
        byte[] url = new byte[in.getShort() & 0xFFFF];
        in.get(url);
        return new Answer(routingKey, candidate, similarity, exact, DedupStateCodec.CompactUrl.decode(url));
    }

    private static void putEntry(ByteBuffer out, BandEntry entry) {
        out.putLong(entry.articleIdHash()).putInt((int) entry.eventTimeSeconds());
    }

    private static BandEntry entry(ByteBuffer in) {
        return new BandEntry(in.getLong(), Integer.toUnsignedLong(in.getInt()));
    }

    private static void putEntries(ByteBuffer out, List<BandEntry> entries) {
        out.putShort((short) entries.size());
        entries.forEach(e -> putEntry(out, e));
    }

    private static List<BandEntry> entries(ByteBuffer in) {
        int n = in.getShort();
        List<BandEntry> entries = new ArrayList<>(Math.max(0, n));
        for (int i = 0; i < n; i++) {
            entries.add(entry(in));
        }
        return entries;
    }

    private void putSignature(ByteBuffer out, MinHashSignature signature) {
        out.putInt(signature.shingleCount());
        DedupStateCodec.putSignatureValues(out, signature, config.signatureBits() / 8);
        signature.numbers().writeTo(out);
    }

    private MinHashSignature signature(ByteBuffer in) {
        int shingles = in.getInt();
        return MinHashSignature.read(in, config.numHashes(), config.signatureBits(), shingles);
    }
}
