package io.newspipe.streams.tag;

/**
 * The classes folded Arabic-script letters fall into when one name is compared across two spellings, in one place
 * for the tagger's two comparisons. They differ on purpose, because the spellings trade different letters:
 * <ul>
 * <li>{@link #acrossPersian}: an Arabic and a Persian spelling of the same foreign name (a listed person,
 *     {@link SkeletonLetters}). Each class is written as one of its letters, and the letters these spellings
 *     exchange are one class: ف and و (Persian writes v with و where Arabic writes ف), پ and ب, the k/g/j
 *     letters with چ and ژ, and so on.</li>
 * <li>{@link #latinVowel} and {@link #latinConsonant}: an Arabic-script town name against its Latin
 *     transliteration ({@link TownSkeletons}). و is a vowel there (o, u, w) and ف is f, each class is written as
 *     the Latin letter it reads as, and hamza and ayn, whose marks the Latin side drops, have no class.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class ArabicLetterClasses {
    /** {@link #latinVowel}: an a. */
    static final int VOWEL_A = 1;
    /** {@link #latinVowel}: an i, e or y. */
    static final int VOWEL_I = 2;
    /** {@link #latinVowel}: an o, u or w. */
    static final int VOWEL_U = 4;
    /** {@link #acrossPersian} without vowels for the Arabic block, read by table: it runs at nearly every word. */
    private static final char[] LOOSE = looseTable();

    private ArabicLetterClasses() {
    }

    /**
     * A folded letter's class across Arabic and Persian spellings: 0 for the hamza seats and, unless
     * {@code keepVowels}, for the vowel letters ا, ي and ى; one letter for all those the spellings trade; any other
     * character is its own class.
     */
    static char acrossPersian(char c, boolean keepVowels) {
        if (c < LOOSE.length) {
            char loose = LOOSE[c];
            return loose != 0 || !keepVowels ? loose : vowelOrHamza(c);
        }
        return persianClass(c, keepVowels);
    }

    /**
     * The vowel a folded letter writes in a Latin transliteration, as a bit mask ({@link #VOWEL_A},
     * {@link #VOWEL_I}, {@link #VOWEL_U}), or 0 for any other letter (ى included).
     */
    static int latinVowel(char c) {
        return switch (c) {
            case 'ا' -> VOWEL_A;
            case 'ي' -> VOWEL_I;
            case 'و' -> VOWEL_U;
            default -> 0;
        };
    }

    /**
     * A folded consonant's class against a Latin transliteration, written as the capital Latin letter it reads as
     * (X for sh/ch); 0 for hamza, ayn, the vowel letters and anything else.
     */
    static char latinConsonant(char c) {
        return switch (c) {
            case 'ب', 'پ' -> 'B';
            case 'ت', 'ط', 'ث' -> 'T';
            case 'ج' -> 'J';
            case 'ح', 'ه' -> 'H';
            case 'خ', 'ق', 'ك' -> 'K';
            case 'د', 'ض', 'ذ', 'ظ' -> 'D';
            case 'ر' -> 'R';
            case 'ز', 'ژ' -> 'Z';
            case 'س', 'ص' -> 'S';
            case 'ش', 'چ' -> 'X';
            case 'غ' -> 'G';
            case 'ف', 'ڤ' -> 'F';
            case 'ل' -> 'L';
            case 'م' -> 'M';
            case 'ن' -> 'N';
            default -> 0; // hamza, ayn and anything else
        };
    }

    /** Kept vowel letters; hamza seats are dropped either way. */
    private static char vowelOrHamza(char c) {
        return c == 'ا' || c == 'ي' || c == 'ى' ? c : 0;
    }

    private static char[] looseTable() {
        char[] table = new char[0x0700];
        for (char c = 0; c < table.length; c++) {
            table[c] = persianClass(c, false);
        }
        return table;
    }

    private static char persianClass(char c, boolean keepVowels) {
        switch (c) {
            case 'ا', 'ي', 'ى':
                return keepVowels ? c : 0;
            case 'ئ', 'ؤ', 'ء':
                return 0;
            case 'ف':
                return 'و';
            case 'پ':
                return 'ب';
            case 'ج', 'ژ', 'غ', 'ق', 'چ':
                return 'ك';
            case 'ط', 'ث':
                return 'ت';
            case 'ص':
                return 'س';
            case 'ذ', 'ظ', 'ض':
                return 'ز';
            default:
                return c;
        }
    }
}
