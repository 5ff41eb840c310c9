package io.newspipe.streams.extract;

/**
 * Infers the text direction from the letters of the body: right-to-left when strong RTL letters (Arabic,
 * Hebrew, Syriac, Thaana, N'Ko) outnumber left-to-right ones. Stateless and thread-safe.
 */
final class TextDirection {
    private static final int SAMPLE = 4000;
    /** Below this, directions come from {@link #STRONG}: Latin, Greek, Cyrillic, Hebrew, Arabic, Syriac, Thaana, N'Ko. */
    private static final int TABLE_END = 0x800;
    private static final byte RTL = 1;
    private static final byte LTR = 2;
    /**
     * {@link #RTL}, {@link #LTR} or 0 per character below {@link #TABLE_END}, taken from
     * {@code Character.getDirectionality} once: one array read instead of its two-level lookup per letter.
     */
    private static final byte[] STRONG = strongTable();

    private TextDirection() {
    }

    /** "rtl" or "ltr" for {@code text}; {@code declared} when the text has no letters. */
    static String of(String text, String declared) {
        int rtl = 0;
        int ltr = 0;
        int n = Math.min(text.length(), SAMPLE);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                // in ASCII only the letters are strong (left-to-right); digits, spaces and punctuation are weak or neutral
                ltr += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? 1 : 0;
            } else {
                byte d = c < TABLE_END ? STRONG[c] : strong(c);
                rtl += d == RTL ? 1 : 0;
                ltr += d == LTR ? 1 : 0;
            }
            if ((i & 255) == 255 && decided(rtl, ltr, n - i - 1)) {
                break;
            }
        }
        if (rtl + ltr == 0) {
            return declared;
        }
        return rtl > ltr ? "rtl" : "ltr";
    }

    private static byte strong(char c) {
        byte d = Character.getDirectionality(c);
        if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
            return RTL;
        }
        return d == Character.DIRECTIONALITY_LEFT_TO_RIGHT ? LTR : 0;
    }

    private static byte[] strongTable() {
        byte[] table = new byte[TABLE_END];
        for (char c = 0; c < TABLE_END; c++) {
            table[c] = strong(c);
        }
        return table;
    }

    /**
     * Whether the verdict can no longer change: even if every one of the {@code left} characters still to
     * read were a strong letter of the losing side, the comparison {@code rtl > ltr} would come out the same;
     * the leading count is above zero, so the declared direction (for text without letters) is out too.
     */
    private static boolean decided(int rtl, int ltr, int left) {
        return ltr >= rtl + left && ltr > 0 || rtl > ltr + left;
    }
}
