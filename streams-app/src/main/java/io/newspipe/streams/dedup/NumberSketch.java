package io.newspipe.streams.dedup;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The distinct numbers of a body text as a 128-bit sketch (one bit per number hash), for the
 * <i>number agreement</i> check of {@link DuplicateRule}: template briefs from one site (weather, markets,
 * results, prices) share their sentences and differ in their numbers, while syndicated copies and
 * revisions keep almost all of them. Digits are read as Latin whatever the script (Arabic-Indic and
 * Persian digits), and thousands separators are dropped, so "1,200", "1 200" and "١٢٠٠" are one number.
 * 64 bits lost too much to collisions on the realistic dedup corpus; 128 did not (measured by the dedup
 * evaluation). Immutable and thread-safe.
 */
public record NumberSketch(long high, long low) {
    /** The sketch of a text without numbers. */
    public static final NumberSketch EMPTY = new NumberSketch(0, 0);
    /** Below this many numbers in the sparser text the check always agrees: too little evidence. */
    static final int MIN_NUMBERS = 3;
    /** Share of the sparser text's numbers the other text must also contain. */
    static final double MIN_AGREEMENT = 0.6;
    private static final int FULL_FORM = 16;
    private static final int FULL_MARKER = 0xFF;

    /** The sketch of the numbers in a raw (not normalised) body text. */
    public static NumberSketch of(String text) {
        Objects.requireNonNull(text, "text");
        return of(text.toCharArray(), text.length());
    }

    /** {@link #of(String)} of the text {@code text[0, length)}. */
    static NumberSketch of(char[] text, int length) {
        Builder numbers = new Builder();
        int i = 0;
        while (i < length) {
            i = isDigit(text[i]) ? numbers.read(text, i, length) : i + 1;
        }
        return numbers.build();
    }

    /**
     * The sketch of the numbers a scan of a text hands it one by one, so a pass over the text that looks at
     * every character anyway (normalisation's search for line breaks) also finds the numbers. Not
     * thread-safe: one per text.
     */
    static final class Builder {
        private final Digits number = new Digits();
        private final long[] bits = new long[2];

        /** Reads the number whose first digit is {@code text[at]}; returns the index after it. */
        int read(char[] text, int at, int n) {
            int end = parse(text, at, n, number);
            int bit = (int) (number.hash() >>> 57);
            bits[bit >>> 6] |= 1L << (bit & 63);
            return end;
        }

        NumberSketch build() {
            return new NumberSketch(bits[1], bits[0]);
        }
    }

    /**
     * The distinct numbers of a text, separators dropped: digits with thousands groups and a decimal part
     * ("1,200.5" is 12005), so a copy that writes the same figures yields the same set; a time or a date
     * is one number ("4:46", "12/10/2026"), or the fixed hours of a timetable brief would agree.
     */
    static Set<String> numbers(String text) {
        Set<String> out = new HashSet<>();
        scan(text.toCharArray(), text.length(), number -> out.add(number.toString()));
        return out;
    }

    /**
     * Finds the numbers of a text in one pass (a hand-written scanner: a regex cost twice the MinHash); the
     * sink sees each number in a reused buffer, so hashing it allocates nothing.
     */
    private static void scan(char[] text, int n, Consumer<Digits> sink) {
        Digits number = new Digits();
        int i = 0;
        while (i < n) {
            if (!isDigit(text[i])) {
                i++;
                continue;
            }
            i = parse(text, i, n, number);
            sink.accept(number);
        }
    }

    /**
     * Reads the number whose first digit is {@code text[at]} into {@code number}; returns the index after
     * it. A number is digits, separators and signs ({@code , . : /} and spaces), never a line break.
     */
    private static int parse(char[] text, int at, int n, Digits number) {
        number.length = 0;
        int i = digits(text, n, at, number);
        while (i + 3 < n && isGroupSeparator(text[i]) && digitRun(text, n, i + 1) == 3) {
            i = digits(text, n, i + 1, number);
        }
        if (i + 1 < n && (text[i] == '.' || text[i] == ',' || text[i] == '\u066b') && isDigit(text[i + 1])) {
            i = digits(text, n, i + 1, number);
        }
        while (i + 1 < n && (text[i] == ':' || text[i] == '/') && isDigit(text[i + 1])) {
            i = digits(text, n, i + 1, number);
        }
        return i;
    }

    private static boolean isGroupSeparator(char c) {
        return c == ',' || c == '.' || c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\u066c';
    }

    /** Appends the Latin digits of the run starting at {@code from}; returns the index after it. */
    private static int digits(char[] text, int n, int from, Digits out) {
        int i = from;
        int d;
        while (i < n && (d = digit(text[i])) >= 0) {
            out.add((char) ('0' + d));
            i++;
        }
        return i;
    }

    /** One number's Latin digits, in a buffer reused from number to number. */
    private static final class Digits {
        private char[] chars = new char[32];
        private int length;

        void add(char digit) {
            if (length == chars.length) {
                chars = java.util.Arrays.copyOf(chars, 2 * length);
            }
            chars[length++] = digit;
        }

        /** {@link TextFingerprinter#hashWord} of the digits. */
        long hash() {
            return TextFingerprinter.hashWord(chars, length);
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }

    private static int digitRun(char[] text, int n, int from) {
        int i = from;
        while (i < n && isDigit(text[i])) {
            i++;
        }
        return i - from;
    }

    /**
     * {@code digit(c) >= 0} without a branch on the character's class (the scan runs on every character, and
     * a branch between letters and spaces would mispredict at every word).
     */
    static boolean isDigit(char c) {
        return ((char) (c - '0') <= 9) | ((char) (c - '\u0660') <= 9) | ((char) (c - '\u06F0') <= 9);
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return c - '\u0660';
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return c - '\u06F0';
        }
        return -1;
    }

    /** Number of distinct numbers (collisions aside). */
    public int count() {
        return Long.bitCount(high) + Long.bitCount(low);
    }

    /** Whether two texts' numbers agree enough for a near-duplicate (always when the sparser has too few). */
    public boolean agreesWith(NumberSketch other) {
        Objects.requireNonNull(other, "other");
        int fewer = Math.min(count(), other.count());
        int shared = Long.bitCount(high & other.high) + Long.bitCount(low & other.low);
        return fewer < MIN_NUMBERS || shared >= MIN_AGREEMENT * fewer;
    }

    /**
     * Compact form for state and messages, at most 17 bytes: with fewer than 16 numbers one count byte
     * and one byte per set bit (most articles), otherwise a marker byte and the 16 bytes of the sketch.
     */
    public void writeTo(java.io.ByteArrayOutputStream out) {
        write(out::write);
    }

    /** The same compact form as {@link #writeTo(java.io.ByteArrayOutputStream)}, into a buffer. */
    public void writeTo(ByteBuffer out) {
        write(b -> out.put((byte) b));
    }

    private void write(IntConsumer out) {
        int count = count();
        if (count >= FULL_FORM) {
            out.accept(FULL_MARKER);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.accept((int) (high >>> shift) & 0xFF);
            }
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.accept((int) (low >>> shift) & 0xFF);
            }
            return;
        }
        out.accept(count);
        for (int bit = 0; bit < 128; bit++) {
            if (isSet(bit)) {
                out.accept(bit);
            }
        }
    }

    /** Bytes {@link #writeTo} writes. */
    public int encodedSize() {
        int count = count();
        return count >= FULL_FORM ? 17 : 1 + count;
    }

    /** Reads what {@link #writeTo} wrote. */
    public static NumberSketch readFrom(ByteBuffer in) {
        int count = in.get() & 0xFF;
        if (count == FULL_MARKER) {
            long high = in.getLong();
            return new NumberSketch(high, in.getLong());
        }
        long high = 0;
        long low = 0;
        for (int i = 0; i < count; i++) {
            int bit = in.get() & 0x7F;
            if (bit >= 64) {
                high |= 1L << (bit - 64);
            } else {
                low |= 1L << bit;
            }
        }
        return new NumberSketch(high, low);
    }

    private boolean isSet(int bit) {
        return bit >= 64 ? (high >>> (bit - 64) & 1) != 0 : (low >>> bit & 1) != 0;
    }
}
