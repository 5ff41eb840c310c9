package io.newspipe.streams.tag;

/**
 * What the tagger asks of a char, answered by one load from a table built once for all 65,536 chars
 * from the same predicates ({@link TextTokenizer#isWordChar}, {@link TextTokenizer#isArabicLetter},
 * {@link Character#isLetter}, {@link Character.UnicodeScript#of}), instead of the Unicode lookups per
 * char of every text. Immutable and thread-safe.
 */
final class CharClasses {
    /** A char of a word ({@link TextTokenizer#isWordChar}). */
    static final int WORD = 1;
    /** An Arabic-script letter ({@link TextTokenizer#isArabicLetter}). */
    static final int ARABIC = 2;
    /** A char after which a sentence starts: . ! ? : newline ؟ ۔ */
    static final int SENTENCE_END = 4;
    /** An ASCII letter or digit. */
    static final int ASCII_ALNUM = 8;
    /** An ASCII capital letter. */
    static final int ASCII_UPPER = 16;
    /** A letter ({@link Character#isLetter(char)}). */
    static final int LETTER = 32;
    /** A char of the Latin script ({@link Character.UnicodeScript#LATIN}). */
    static final int LATIN = 64;
    private static final byte[] TABLE = build();

    private CharClasses() {
    }

    /** The classes of {@code c}, as bits. */
    static int of(char c) {
        return TABLE[c];
    }

    private static byte[] build() {
        byte[] table = new byte[Character.MAX_VALUE + 1];
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            int bits = TextTokenizer.isWordChar(c) ? WORD : 0;
            bits |= TextTokenizer.isArabicLetter(c) ? ARABIC : 0;
            bits |= c == '.' || c == '!' || c == '?' || c == '\n' || c == '؟' || c == ':' || c == '۔' ? SENTENCE_END : 0;
            bits |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? ASCII_ALNUM : 0;
            bits |= c >= 'A' && c <= 'Z' ? ASCII_UPPER : 0;
            bits |= Character.isLetter(c) ? LETTER : 0;
            bits |= Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN ? LATIN : 0;
            table[i] = (byte) bits;
        }
        return table;
    }
}
