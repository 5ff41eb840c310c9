package io.newspipe.streams.tag;

/**
 * One word of a text.
 *
 * @param surface the word as written
 * @param folded its folded form ({@link io.newspipe.streams.text.MatchingText#fold})
 * @param start offset of the first char in the text
 * @param end offset after the last char
 * @param arabicScript whether the word is written in Arabic script
 * @param sentenceStart whether the word opens a sentence (or the text)
 * @param casing {@link #casingOf} the surface: the six-argument constructor works it out
 */
public record Token(String surface, String folded, int start, int end, boolean arabicScript, boolean sentenceStart,
        int casing) {
    /** Bit of {@link #casing}: {@link #capitalised}. */
    static final int CAPITALISED = 1;
    /** Bit of {@link #casing}: {@link #allCaps}. */
    static final int ALL_CAPS = 2;
    /** Bit of {@link #casing}: the first char is a letter ({@link Character#isLetter(char)}). */
    static final int LETTER_FIRST = 4;

    /** A word; its casing is read from the surface once, here, while its chars are at hand. */
    public Token(String surface, String folded, int start, int end, boolean arabicScript, boolean sentenceStart) {
        this(surface, folded, start, end, arabicScript, sentenceStart, casingOf(surface));
    }

    /**
     * The casing bits of a word ({@link #CAPITALISED}, {@link #ALL_CAPS}, {@link #LETTER_FIRST}): every part of the
     * tagger asks them of most words, several times per article, and a bit of the token answers without reading
     * the word's string and chars again (cache misses once other parts have walked their tables).
     */
    public static int casingOf(String surface) {
        if (surface.isEmpty()) {
            return 0;
        }
        return (capitalised(surface) ? CAPITALISED : 0) | (allCaps(surface) ? ALL_CAPS : 0)
                | (Character.isLetter(surface.charAt(0)) ? LETTER_FIRST : 0);
    }

    /** Whether the first letter is upper case. */
    public boolean capitalised() {
        return (casing & CAPITALISED) != 0;
    }

    /** Whether the first char is a letter and {@link #capitalised}. */
    boolean capitalisedLetter() {
        return (casing & (LETTER_FIRST | CAPITALISED)) == (LETTER_FIRST | CAPITALISED);
    }

    /** Whether the first char is a letter ({@link Character#isLetter(char)}). */
    boolean letterFirst() {
        return (casing & LETTER_FIRST) != 0;
    }

    /** Whether every letter is upper case and there are at least two letters. */
    public boolean allCaps() {
        return (casing & ALL_CAPS) != 0;
    }

    private static boolean capitalised(String surface) {
        char c = surface.charAt(0);
        // ASCII without the Unicode tables
        return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(surface.codePointAt(0));
    }

    private static boolean allCaps(String surface) {
        int letters = 0;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z') {
                    return false;
                }
                letters += c >= 'A' && c <= 'Z' ? 1 : 0;
            } else if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
