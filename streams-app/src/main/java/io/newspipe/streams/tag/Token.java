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
 */
public record Token(String surface, String folded, int start, int end, boolean arabicScript, boolean sentenceStart) {
    /** Whether the first letter is upper case. */
    public boolean capitalised() {
        if (surface.isEmpty()) {
            return false;
        }
        char c = surface.charAt(0);
        // ASCII without the Unicode tables: called for most words several times per article
        return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(surface.codePointAt(0));
    }

    /** Whether every letter is upper case and there are at least two letters. */
    public boolean allCaps() {
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
