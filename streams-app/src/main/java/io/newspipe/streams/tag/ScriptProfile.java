package io.newspipe.streams.tag;

import java.util.Objects;

/**
 * Letter counts that tell scripts, and Arabic from Persian from Urdu, apart.
 *
 * @param latin Latin letters
 * @param arabicScript letters of the Arabic script (any language)
 * @param other letters of other scripts
 * @param urdu letters only Urdu uses here: ٹ ڈ ڑ ں ے ۓ ہ ھ
 * @param persianOnly letters Persian (and Urdu) use and Arabic does not: پ چ ژ گ
 * @param persianForms Persian forms of shared letters: ی (U+06CC) and ک (U+06A9)
 * @param arabicForms Arabic-only forms: ة ي (U+064A) ك (U+0643) ى
 */
public record ScriptProfile(int latin, int arabicScript, int other, int urdu, int persianOnly, int persianForms,
        int arabicForms) {

    /** Counts the letters of {@code text}. */
    public static ScriptProfile of(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int latin = 0;
        int arabic = 0;
        int other = 0;
        int urdu = 0;
        int persianOnly = 0;
        int persianForms = 0;
        int arabicForms = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int classes = CharClasses.of(c);
            if ((classes & CharClasses.LETTER) == 0) {
                continue;
            }
            if ((classes & CharClasses.ARABIC) != 0) {
                arabic++;
                switch (c) {
                    case 'ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ۓ', 'ہ', 'ھ' -> urdu++;
                    case 'پ', 'چ', 'ژ', 'گ' -> persianOnly++;
                    case 'ی', 'ک' -> persianForms++;
                    case 'ة', 'ي', 'ك', 'ى' -> arabicForms++;
                    default -> { }
                }
            } else if ((classes & CharClasses.LATIN) != 0) {
                latin++;
            } else {
                other++;
            }
        }
        return new ScriptProfile(latin, arabic, other, urdu, persianOnly, persianForms, arabicForms);
    }

    /** Whether Arabic-script letters dominate. */
    public boolean mostlyArabicScript() {
        return arabicScript > 0 && arabicScript >= latin && arabicScript >= other;
    }

    /** Whether the Urdu-only letters are frequent enough to call the text Urdu. */
    public boolean looksUrdu() {
        return urdu >= 1 && urdu * 100 >= arabicScript;
    }

    /** Positive for Persian, negative for Arabic; magnitude is the strength of the script evidence. */
    public int persianOverArabic() {
        return 2 * persianOnly + persianForms - arabicForms;
    }
}
