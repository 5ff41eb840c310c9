package io.newspipe.streams.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reads the cue words of an ASCII class/id value in one pass, with no key string, no token strings and no
 * lower-cased copy: each word's first 16 characters, lower-cased, are packed into two longs and looked up in
 * an open-addressing table (exact words) and a sorted table of four-letter stem keys (prefix stems). For
 * ASCII text this reads exactly as {@code BoilerplateCues}' split-and-match of {@code class + " " + id}
 * did: only A–Z, a–z and 0–9 are letters or digits there, only A–Z upper case and only a–z lower case.
 * Values holding any other character are left to the caller. Stateless and thread-safe (tables are
 * built once and never change).
 */
final class ClassIdCues {
    /** Bits of a scan's result. */
    static final int STRONG = 1;
    static final int POSITIVE = 2;
    static final int WEAK = 4;
    /** Not ASCII: the caller must read the value the general way. */
    static final int NOT_ASCII = -1;
    /** The word heads a two-word stem ("read" of "readmore"). */
    private static final int HEAD = 8;
    private static final int PACKED = 16;

    private static final int WORD_SLOTS = 512;
    private static final long[] WORD_LO = new long[WORD_SLOTS];
    private static final long[] WORD_HI = new long[WORD_SLOTS];
    private static final int[] WORD_LEN = new int[WORD_SLOTS];
    private static final int[] WORD_BITS = new int[WORD_SLOTS];

    /** Stems sorted by their first four letters (packed as an int), and where each key's stems start. */
    private static final int[] STEM_KEYS;
    private static final int[] STEM_FROM;
    private static final long[] STEM_LO;
    private static final long[] STEM_HI;
    private static final int[] STEM_LEN;
    /** {@link #mayBeStemKey}'s table. */
    private static final long[] STEM_BITS = new long[16];

    static {
        addAll(BoilerplateCues.STRONG_TOKENS, STRONG);
        addAll(BoilerplateCues.POSITIVE_TOKENS, POSITIVE);
        addAll(BoilerplateCues.WEAK_TOKENS, WEAK);
        addAll(BoilerplateCues.PAIR_HEADS, HEAD);
        if (BoilerplateCues.PAIR_HEADS.stream().anyMatch(head -> head.length() > 8)) {
            throw new IllegalStateException("a pair head must fit in one packed long");
        }
        List<String> stems = BoilerplateCues.STRONG_STEMS.stream()
                .sorted((a, b) -> Integer.compare(stemKey(a), stemKey(b))).toList();
        STEM_LO = stems.stream().mapToLong(s -> pack(s, 0)).toArray();
        STEM_HI = stems.stream().mapToLong(s -> pack(s, 8)).toArray();
        STEM_LEN = stems.stream().mapToInt(String::length).toArray();
        STEM_KEYS = stems.stream().mapToInt(ClassIdCues::stemKey).distinct().toArray();
        for (int key : STEM_KEYS) {
            STEM_BITS[stemBit(key) >>> 6] |= 1L << stemBit(key);
        }
        STEM_FROM = new int[STEM_KEYS.length + 1];
        for (int k = 0, i = 0; k < STEM_KEYS.length; k++) {
            STEM_FROM[k] = i;
            while (i < stems.size() && stemKey(stems.get(i)) == STEM_KEYS[k]) {
                i++;
            }
            STEM_FROM[k + 1] = i;
        }
    }

    private ClassIdCues() {
    }

    /**
     * The {@link #STRONG}, {@link #POSITIVE} and {@link #WEAK} bits of the words of {@code className} and
     * {@code id} (read as one text, a space between), or {@link #NOT_ASCII}. The class text is read, then the
     * id's, each followed by a space, which ends the word before it.
     */
    static int scan(String className, String id) {
        long lo = 0;
        long hi = 0;
        int len = 0;
        long headLo = 0;
        int headLen = 0;
        int found = 0;
        for (int part = 0, parts = id.isEmpty() ? 1 : 2; part < parts; part++) {
            String text = part == 0 ? className : id;
            for (int k = 0, n = text.length(); k <= n; k++) {
                char c = k == n ? ' ' : text.charAt(k);
                if (c >= 0x80) {
                    return NOT_ASCII;
                }
                boolean upper = c >= 'A' && c <= 'Z';
                boolean alnum = upper || isLowerAscii(c) || c >= '0' && c <= '9';
                if ((!alnum || upper && followsLowerCase(text, k)) && len > 0) {
                    int bits = endedWordBits(headLo, headLen, lo, hi, len);
                    if ((bits & STRONG) != 0) {
                        return STRONG; // a finished strong word decides, whatever follows
                    }
                    found |= bits;
                    headLo = lo;
                    headLen = (bits & HEAD) != 0 ? len : 0;
                    lo = 0;
                    hi = 0;
                    len = 0;
                }
                if (alnum) {
                    if (len < 8) {
                        lo |= lowerAscii(c) << (8 * len);
                    } else if (len < PACKED) {
                        hi |= lowerAscii(c) << (8 * (len - 8));
                    }
                    len++;
                }
            }
        }
        return found & (POSITIVE | WEAK);
    }

    /**
     * Whether the character before position {@code k} of a part is a lower-case letter (an upper-case letter
     * there starts a new word, as in "mainContent"). A part starts after a space: the class text after
     * nothing, the id after the space that ends the class text.
     */
    private static boolean followsLowerCase(String text, int k) {
        return k > 0 && isLowerAscii(text.charAt(k - 1));
    }

    private static boolean isLowerAscii(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static long lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    /** The bits of a word just ended: its own, and {@link #STRONG} where the head before it and it form a stem. */
    private static int endedWordBits(long headLo, int headLen, long lo, long hi, int len) {
        int bits = word(lo, hi, len);
        if (headLen > 0 && pairIsStem(headLo, headLen, lo, hi, len)) {
            bits |= STRONG;
        }
        return bits;
    }

    /** The bits of one lower-cased word: exact-word cues and a strong stem it starts with. */
    private static int word(long lo, long hi, int len) {
        int bits = 0;
        if (len <= PACKED) {
            for (int slot = slot(lo, hi, len); WORD_LEN[slot] != 0; slot = (slot + 1) & (WORD_SLOTS - 1)) {
                if (WORD_LEN[slot] == len && WORD_LO[slot] == lo && WORD_HI[slot] == hi) {
                    bits = WORD_BITS[slot];
                    break;
                }
            }
        }
        return startsWithStem(lo, hi, len) ? bits | STRONG : bits;
    }

    private static boolean startsWithStem(long lo, long hi, int len) {
        if (len < 4 || !mayBeStemKey((int) lo)) {
            return false;
        }
        int key = Arrays.binarySearch(STEM_KEYS, (int) lo);
        if (key < 0) {
            return false;
        }
        for (int i = STEM_FROM[key]; i < STEM_FROM[key + 1]; i++) {
            int stemLen = STEM_LEN[i];
            if (len >= stemLen && (lo & mask(stemLen)) == STEM_LO[i] && (hi & mask(stemLen - 8)) == STEM_HI[i]) {
                return true;
            }
        }
        return false;
    }

    /** A head word joined with the next one starts with a stem ("read" + "more..."). Rare, so strings do. */
    private static boolean pairIsStem(long headLo, int headLen, long lo, long hi, int len) {
        StringBuilder joined = new StringBuilder(headLen + PACKED);
        unpack(joined, headLo, 0, headLen);
        unpack(joined, lo, 0, Math.min(len, 8));
        unpack(joined, hi, 0, Math.min(len, PACKED) - 8);
        // stems are at most 16 letters long, so the head and the next word's first 16 letters decide
        for (String stem : BoilerplateCues.STRONG_STEMS) {
            if (joined.length() >= stem.length() && startsWith(joined, stem)) {
                return true;
            }
        }
        return false;
    }

    /** {@code text.substring(0, prefix.length()).equals(prefix)} for text at least as long, without the copy. */
    private static boolean startsWith(CharSequence text, String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (text.charAt(i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static void unpack(StringBuilder out, long packed, int from, int to) {
        for (int i = from; i < to; i++) {
            out.append((char) (packed >>> (8 * i) & 0xFF));
        }
    }

    /**
     * Whether a word's first four letters (packed) may be a stem's: one bit of a 1,024-bit table, set for
     * every stem key. Most words of class text start no stem, and the table answers that with one read
     * instead of a binary search whose branches cannot be predicted.
     */
    private static boolean mayBeStemKey(int key) {
        int bit = stemBit(key);
        return (STEM_BITS[bit >>> 6] & 1L << bit) != 0;
    }

    private static int stemBit(int key) {
        return (key * 0x9E3779B9) >>> 22;
    }

    /** Bits covering the first {@code chars} characters of a packed long (none below 1, all from 8). */
    private static long mask(int chars) {
        return chars <= 0 ? 0 : chars >= 8 ? -1L : (1L << (8 * chars)) - 1;
    }

    private static int slot(long lo, long hi, int len) {
        long h = (lo * 0x9E3779B97F4A7C15L) ^ (hi * 0xC2B2AE3D27D4EB4FL) ^ len;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47)) & (WORD_SLOTS - 1);
    }

    private static void addAll(Set<String> words, int bit) {
        for (String word : words) {
            long lo = pack(word, 0);
            long hi = pack(word, 8);
            int slot = slot(lo, hi, word.length());
            while (WORD_LEN[slot] != 0 && !(WORD_LEN[slot] == word.length() && WORD_LO[slot] == lo
                    && WORD_HI[slot] == hi)) {
                slot = (slot + 1) & (WORD_SLOTS - 1);
            }
            WORD_LO[slot] = lo;
            WORD_HI[slot] = hi;
            WORD_LEN[slot] = word.length();
            WORD_BITS[slot] |= bit;
        }
    }

    /** Characters {@code from} to {@code from + 7} of a lower-case ASCII word, one byte each. */
    private static long pack(String word, int from) {
        if (word.length() > PACKED) {
            throw new IllegalStateException("cue word longer than " + PACKED + ": " + word);
        }
        long packed = 0;
        for (int i = from; i < Math.min(word.length(), from + 8); i++) {
            packed |= (long) word.charAt(i) << (8 * (i - from));
        }
        return packed;
    }

    private static int stemKey(String stem) {
        return (int) pack(stem.substring(0, 4), 0);
    }
}
