package io.newspipe.streams.tag;

import io.newspipe.streams.text.MatchingText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Curated people written in Arabic script in a spelling their lists do not hold, found by the skeleton of their
 * full name. Persian and Arabic transliterate foreign names differently (Arabic "إيمانويل"/"جان نويل", Persian
 * "امانوئل"/"ژان نوئل": v as ف or و, g and French j as غ, ج, گ or ژ, p as ب or پ, th as ث or ت, short vowels written with ا and
 * ي or not, a final e as ه or ي), and Arabic news itself writes long vowels or leaves them out. A word's skeleton
 * drops an article at its start, hamza seats and doubled letters, and merges the letters these spellings trade;
 * the skeleton of a word that more Arab, Iranian, Afghan or Pakistani people's names have than others keeps its
 * vowel letters (in those names نادر is not نادري, and a foreigner's "سيفان حسن" is not "سفيان حسن"), other words
 * lose them and a final ه, and are read a second time without ف and و. Two or three words whose skeleton is that
 * of exactly one curated person's Arabic-script full name name that person. Only full names of two or more
 * words with enough letters are read (a lone skeleton collides with words). Immutable and thread-safe once built.
 */
final class PersonSkeletons {
    /** Fewest skeleton letters of a whole name, and of each of its words. */
    private static final int MIN_LETTERS = 6;
    private static final int MAX_WORDS = 3;
    private static final int FIRST_BITS = 1 << 18;
    /** Letters an Arabic word may start with as proclitics (و ف ب ل ك), at most two of them. */
    private static final String PROCLITICS = "وفبلك";
    /** A skeleton more than one person has. */
    private static final int AMBIGUOUS = -1;

    /** Full names by the skeleton that keeps ف and و (merged); {@link #bareSenses} drops them. */
    private final Map<String, Integer> senses;
    /**
     * Full names by the skeleton without ف and و in transliterated words: و is a written o or u as often as a v
     * (Arabic "جوناثان", Persian "جاناتان"), and Arabic writes a v ف where Persian writes و.
     */
    private final Map<String, Integer> bareSenses;
    /** The strict skeletons of the words Arab, Iranian, Afghan and Pakistani people's names have. */
    private final Set<String> ownWords;
    /**
     * Bits of the pair of {@link SkeletonLetters#firstHash}es of every name's first two words: most text words
     * clear it with no allocation, the check that keeps this step cheap (it is asked at nearly every Arabic-script word).
     */
    private final long[] firstBits;

    private PersonSkeletons(Map<String, Integer> senses, Map<String, Integer> bareSenses, Set<String> ownWords,
            long[] firstBits) {
        this.firstBits = firstBits;
        this.senses = Map.copyOf(senses);
        this.bareSenses = Map.copyOf(bareSenses);
        this.ownWords = Set.copyOf(ownWords);
    }

    /** The skeletons of the curated people's names, while the dictionary loads; not thread-safe. */
    static final class Builder {
        private final List<String[]> names = new ArrayList<>();
        private final List<Integer> nameSenses = new ArrayList<>();
        /** Per word skeleton: the people of Arabic-script countries whose names have it, less the others. */
        private final Map<String, Integer> ownBalance = new HashMap<>();
        private final Set<String> counted = new HashSet<>();

        /**
         * Notes one Arabic-script name (with or without a "fa:"/"ar:" language tag) of a person of country
         * {@code countryCode} (null when not known): a word more Arab, Iranian, Afghan and Pakistani people's names
         * have than other people's keeps its vowel letters wherever it occurs (نادر is not نادري, سفيان is not
         * سيفان), other words are transliterations whose vowels each language writes its own way.
         */
        void add(int sense, String name, String countryCode) {
            String bare = name.length() > 3 && name.charAt(2) == ':' ? name.substring(3) : name;
            if (bare.isEmpty() || !TextTokenizer.isArabicLetter(bare.charAt(0))) {
                return;
            }
            String[] words = MatchingText.fold(bare).split(" ");
            boolean own = countryCode == null || (ArabicScriptCountries.contains(countryCode)
                    && !"IL".equals(countryCode));
            for (String word : words) {
                String strict = SkeletonLetters.strictWord(word);
                if (strict != null && counted.add(strict + ' ' + sense)) {
                    ownBalance.merge(strict, own ? 1 : -1, Integer::sum);
                }
            }
            if (words.length >= 2 && words.length <= MAX_WORDS) {
                names.add(words);
                nameSenses.add(sense);
            }
        }

        PersonSkeletons build() {
            Set<String> ownWords = new HashSet<>();
            ownBalance.forEach((word, balance) -> {
                if (balance > 0) {
                    ownWords.add(word);
                }
            });
            Map<String, Integer> senses = new HashMap<>();
            Map<String, Integer> bareSenses = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String[] words = names.get(i);
                int sense = nameSenses.get(i);
                put(senses, skeleton(words, words.length, ownWords, false), sense);
                put(bareSenses, skeleton(words, words.length, ownWords, true), sense);
            }
            senses.values().removeIf(s -> s == AMBIGUOUS);
            bareSenses.values().removeIf(s -> s == AMBIGUOUS);
            long[] firstBits = new long[FIRST_BITS / Long.SIZE];
            for (String[] words : names) {
                int h = pairHash(SkeletonLetters.firstHash(words[0], 0), SkeletonLetters.firstHash(words[1], 0));
                firstBits[h >>> 6] |= 1L << h;
            }
            return new PersonSkeletons(senses, bareSenses, ownWords, firstBits);
        }

        private static void put(Map<String, Integer> senses, String key, int sense) {
            if (key != null) {
                senses.merge(key, sense, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
            }
        }
    }

    /**
     * The person whose full name's skeleton the Arabic-script words at {@code i} of a text in {@code language}
     * have, as a match of two or three words, or null.
     */
    EntityLinker.Match match(String text, List<Token> tokens, int i, String language) {
        if (senses.isEmpty() || i + 1 >= tokens.size()) {
            return null;
        }
        Token second = tokens.get(i + 1);
        boolean arabic = "ar".equals(language);
        if (!second.arabicScript() || second.sentenceStart()) {
            return null;
        }
        boolean direct = mayStart(tokens.get(i).folded(), SkeletonLetters.firstHash(second.folded(), 0), arabic);
        if (!direct && !mayStartAfterMiddle(tokens, i, arabic)) {
            return null;
        }
        String[] folded = new String[MAX_WORDS + 1];
        int words = 1;
        // a comma or other mark between two words ends the name ("رسانه‌ها، انفجار" is two phrases, not one name)
        while (words <= MAX_WORDS && i + words < tokens.size() && tokens.get(i + words).arabicScript()
                && !tokens.get(i + words).sentenceStart()
                && onlySpaceBetween(text, tokens.get(i + words - 1).end(), tokens.get(i + words).start(), true)) {
            folded[words] = tokens.get(i + words).folded();
            words++;
        }
        // Arabic proclitics (وماكرون, لماكرون) come off the first word as the linker takes them off; Persian has none
        List<String> forms = arabic ? ArabicClitics.lookupForms(tokens.get(i).folded())
                : List.of(tokens.get(i).folded());
        for (String form : forms) {
            folded[0] = form;
            EntityLinker.Match found = direct ? fullName(text, tokens, i, folded, Math.min(words, MAX_WORDS)) : null;
            found = found != null ? found : withMiddleName(text, tokens, i, folded, words);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The listed person whose full name's skeleton the first two or three of {@code folded} have, or null. */
    private EntityLinker.Match fullName(String text, List<Token> tokens, int i, String[] folded, int words) {
        for (int n = words; n >= 2; n--) {
            String key = skeleton(folded, n, ownWords, false);
            Integer sense = key == null ? null : senses.get(key);
            if (sense == null) {
                key = skeleton(folded, n, ownWords, true);
                sense = key == null ? null : bareSenses.get(key);
            }
            if (sense != null) {
                return match(text, tokens, i, n, String.join(" ", Arrays.asList(folded).subList(0, n)), sense);
            }
        }
        return null;
    }

    /**
     * A listed name written with the father's name in it, as Arabic news writes officials' full names: "عبد اللطيف
     * جمال رشيد" is the listed "عبد اللطيف رشيد", "عبد الحميد محمد الدبيبة" the listed "عبد الحميد الدبيبة". The word
     * left out, like every other word, must be one Arab, Iranian, Afghan or Pakistani people's names have
     * ({@link #ownWords}: not a transliterated or common word), and the rest must match a listed full name by its
     * skeleton; null if none.
     */
    private EntityLinker.Match withMiddleName(String text, List<Token> tokens, int i, String[] folded, int words) {
        String[] rest = new String[MAX_WORDS];
        for (int n = words; n >= 3; n--) {
            if (!onlySpaceBetween(text, tokens.get(i).end(), tokens.get(i + n - 1).start(), false)) {
                continue; // "محمد، جمال رشيد": a comma ends the name
            }
            if (!allOwnWords(folded, n)) {
                continue; // "أنصار رفيق الحريري" (supporters of ...): every word must be a word of Arab names
            }
            for (int middle = n - 2; middle >= 1; middle--) {
                for (int k = 0, r = 0; k < n; k++) {
                    if (k != middle) {
                        rest[r++] = folded[k];
                    }
                }
                String key = skeleton(rest, n - 1, ownWords, false);
                Integer sense = key == null ? null : senses.get(key);
                if (sense != null) {
                    return match(text, tokens, i, n, String.join(" ", Arrays.asList(folded).subList(0, n)), sense);
                }
            }
        }
        return null;
    }

    /**
     * Whether each of the first {@code n} folded words is a word of Arab, Iranian, Afghan or Pakistani names (a
     * word too short for a skeleton, such as عبد or بن, is a particle of such names).
     */
    private boolean allOwnWords(String[] folded, int n) {
        for (int k = 0; k < n; k++) {
            String strict = SkeletonLetters.strictWord(folded[k]);
            if (strict != null && !ownWords.contains(strict)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a listed name may start with word i and the word after a father's name (word i + 2). */
    private boolean mayStartAfterMiddle(List<Token> tokens, int i, boolean arabic) {
        if (i + 2 >= tokens.size()) {
            return false;
        }
        Token third = tokens.get(i + 2);
        return third.arabicScript() && !third.sentenceStart()
                && mayStart(tokens.get(i).folded(), SkeletonLetters.firstHash(third.folded(), 0), arabic);
    }

    /**
     * Whether a name's first two words may be {@code word} (in Arabic, it or it without one or two proclitics) and
     * the word whose {@link SkeletonLetters#firstHash} is {@code second}.
     */
    private boolean mayStart(String word, int second, boolean arabic) {
        for (int from = 0; from <= (arabic ? 2 : 0) && from < word.length(); from++) {
            if (from > 0 && PROCLITICS.indexOf(word.charAt(from - 1)) < 0) {
                return false;
            }
            int h = pairHash(SkeletonLetters.firstHash(word, from), second);
            if ((firstBits[h >>> 6] & 1L << h) != 0) {
                return true;
            }
        }
        return false;
    }

    private static int pairHash(int first, int second) {
        int h = first * 0x9E3779B1 + second;
        h ^= h >>> 16;
        return h & (FIRST_BITS - 1);
    }

    private static EntityLinker.Match match(String text, List<Token> tokens, int i, int n, String key, int sense) {
        Token last = tokens.get(i + n - 1);
        return new EntityLinker.Match(tokens.get(i).start(), n, text.substring(tokens.get(i).start(), last.end()),
                key, List.of(sense), false, false, ArabicClitics.withoutArticle(last.folded()), List.of(), false,
                false);
    }

    /**
     * Whether text[from, to) holds only spaces, letters, zero-width non-joiners and vowel marks, and hyphens when
     * {@code hyphens} ("ژان-نوئل بارو"): no comma or other punctuation.
     */
    private static boolean onlySpaceBetween(String text, int from, int to, boolean hyphens) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && !Character.isLetter(c) && c != '\u200c'
                    && Character.getType(c) != Character.NON_SPACING_MARK
                    && !(hyphens && (c == '-' || c == '\u2010' || c == '\u2011'))) {
                return false;
            }
        }
        return true;
    }

    /** The skeleton of the first {@code n} folded words ({@code bare}: without ف and و), or null if too short. */
    static String skeleton(String[] words, int n, Set<String> ownWords, boolean bare) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < n; k++) {
            String w = word(words[k], ownWords, bare);
            if (w == null) {
                return null;
            }
            if (k > 0) {
                out.append(' ');
            }
            out.append(w);
        }
        return out.length() - (n - 1) < MIN_LETTERS ? null : out.toString();
    }

    /** A word's strict skeleton when it is an Arab or Iranian name's word, else its loose one; null if short. */
    private static String word(String folded, Set<String> ownWords, boolean bare) {
        String strict = SkeletonLetters.strictWord(folded);
        return strict != null && ownWords.contains(strict) ? strict : SkeletonLetters.looseWord(folded, bare);
    }

}
