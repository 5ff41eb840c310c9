package io.newspipe.streams.eval;

import java.util.Random;

/**
 * Arabic orthographic variation as found between syndicated copies: hamza forms written as bare alef
 * (أ/إ/آ → ا), final tā' marbūṭa as hā' (ة → ه), final yā'/alif maqṣūra swapped (ي ↔ ى), tatweel
 * (ـ) inserted, short vowels and shadda added, Persian keyboard letters (ي → ی, ك → ک). Each change is
 * applied per occurrence with a probability, driven by the caller's seeded {@link Random}. Not
 * thread-safe.
 */
final class DedupEvalArabicVariants {
    private static final char[] HARAKAT = {'\u064E', '\u064F', '\u0650', '\u0651', '\u0652'};

    private final Random random;

    DedupEvalArabicVariants(Random random) {
        this.random = random;
    }

    /** Hamza, tā' marbūṭa and yā' variation. */
    String lettersVariant(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wordEnd = i + 1 == text.length() || !Character.isLetter(text.charAt(i + 1));
            if ((c == 'أ' || c == 'إ' || c == 'آ') && chance(0.8)) {
                out.append('ا');
            } else if (c == 'ة' && wordEnd && chance(0.7)) {
                out.append('ه');
            } else if (c == 'ي' && wordEnd && chance(0.6)) {
                out.append('ى');
            } else if (c == 'ى' && chance(0.6)) {
                out.append('ي');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Tatweel inside words and diacritics after letters. */
    String tatweelAndDiacritics(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            boolean arabicLetter = c >= '\u0620' && c <= '\u064A';
            boolean nextIsLetter = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
            if (arabicLetter && chance(0.12)) {
                out.append(HARAKAT[random.nextInt(HARAKAT.length)]);
            }
            if (arabicLetter && nextIsLetter && joins(c) && chance(0.05)) {
                out.append('\u0640');
            }
        }
        return out.toString();
    }

    /** Persian yā' and kāf, as typed on a Persian keyboard. */
    String persianLetters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'ي' && chance(0.85)) {
                out.append('ی');
            } else if (c == 'ك' && chance(0.85)) {
                out.append('ک');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** Letters that connect to the following letter (tatweel after the others would look broken). */
    private static boolean joins(char c) {
        return "اأإآدذرزوؤةى".indexOf(c) < 0;
    }
}
