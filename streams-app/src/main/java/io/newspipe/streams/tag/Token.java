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
 * @param shape {@link #CAPITALISED} and {@link #ALL_CAPS} as {@link #shapeOf} finds them in {@code surface}: read
 *     from the surface once when the word is made, since every tag step asks for most words again
 */
public record Token(String surface, String folded, int start, int end, boolean arabicScript, boolean sentenceStart,
        int shape) {
    /** Bit of {@link #shape}: {@link #capitalised}. */
    static final int CAPITALISED = 1;
    /** Bit of {@link #shape}: {@link #allCaps}. */
    static final int ALL_CAPS = 2;

    /** A word whose {@link #shape} is read from {@code surface}. */
    public Token(String surface, String folded, int start, int end, boolean arabicScript, boolean sentenceStart) {
        this(surface, folded, start, end, arabicScript, sentenceStart, shapeOf(surface));
    }

    /** Whether the first letter is upper case. */
    public boolean capitalised() {
        return (shape & CAPITALISED) != 0;
    }

    /** Whether every letter is upper case and there are at least two letters. */
    public boolean allCaps() {
        return (shape & ALL_CAPS) != 0;
    }

    /** {@link #CAPITALISED} and {@link #ALL_CAPS} of a word as written. */
    static int shapeOf(String surface) {
        if (surface.isEmpty()) {
            return 0;
        }
        char c = surface.charAt(0);
        // ASCII without the Unicode tables: most words
        if (c >= 'a' && c <= 'z') {
            return 0; // neither capitalised nor in capitals
        }
        boolean capitalised = c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(surface.codePointAt(0));
        return (capitalised ? CAPITALISED : 0) | (allCapsOf(surface) ? ALL_CAPS : 0);
    }

    private static boolean allCapsOf(String surface) {
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
