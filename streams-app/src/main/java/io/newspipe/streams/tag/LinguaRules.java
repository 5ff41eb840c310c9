package io.newspipe.streams.tag;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.internal.Alphabet;
import com.github.pemistahl.lingua.internal.Constant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Lingua 1.2.2's {@code LanguageDetector.filterLanguagesByRules} (the languages a text's alphabet and its
 * language-specific letters leave), the same steps in the same order, without the work that cannot change the
 * answer: Lingua reads every word against every entry of its letter table (a dozen-odd entries of accented
 * letters, each letter a scan of the word), though a word of ASCII chars holds none of those letters, and an
 * entry none of whose languages is left counts nothing. It also tries a word against an alphabet only when
 * the word's first char is in it ({@code Alphabet.matches} asks that of every char). The same languages in the
 * same iteration order as Lingua's ({@code LinguaRulesTest} compares them). Tied to Lingua 1.2.2, as
 * {@link LinguaConfidence} is. {@link #withoutInertWords} does the like for {@code detectLanguageWithRules}.
 * Thread-safe (a synchronized cache per detector).
 */
final class LinguaRules {
    private static final int ASCII = 128;
    /** Per detector, the ASCII chars {@code detectLanguageWithRules} counts for no language. */
    private static final Map<LanguageDetector, boolean[]> INERT = Collections.synchronizedMap(new WeakHashMap<>());
    private static final Alphabet[] ALPHABETS = Alphabet.values();
    /** Lingua's table of letters that only some languages use, in its order. */
    private static final List<Map.Entry<String, EnumSet<Language>>> LETTERS =
            List.copyOf(Constant.INSTANCE.getCHARS_TO_LANGUAGES_MAPPING().entrySet());
    /** Whether every letter of the table is beyond ASCII: then an ASCII word matches no entry. */
    private static final boolean NO_ASCII_LETTER = LETTERS.stream().allMatch(e -> e.getKey().chars().allMatch(c -> c >= 0x80));

    private LinguaRules() {
    }

    /** What {@code detector.filterLanguagesByRules$lingua(words)} returns: the same languages, in its order. */
    static Set<Language> filterLanguages(LanguageDetector detector, List<String> words) {
        Objects.requireNonNull(detector, "detector");
        Set<Language> languages = detector.getLanguages$lingua();
        Alphabet most = mostFrequentAlphabet(words);
        if (most == null) {
            return languages;
        }
        Set<Language> filtered = new LinkedHashSet<>();
        for (Language language : languages) {
            if (language.getAlphabets$lingua().contains(most)) {
                filtered.add(language);
            }
        }
        Map<Language, Integer> counts = letterCounts(withLetters(words), filtered);
        Set<Language> subset = new LinkedHashSet<>();
        counts.forEach((language, count) -> {
            if (count >= words.size() / 2.0) {
                subset.add(language);
            }
        });
        return subset.isEmpty() ? filtered : subset;
    }

    /**
     * The alphabet most words are written in (the first counted among equals), or null when no word is in
     * one alphabet, or when several alphabets are and all their counts are equal (Lingua then keeps every language).
     */
    private static Alphabet mostFrequentAlphabet(List<String> words) {
        Map<Alphabet, Integer> detected = new LinkedHashMap<>();
        for (String word : words) {
            Alphabet alphabet = alphabetOf(word);
            if (alphabet != null) {
                detected.merge(alphabet, 1, Integer::sum);
            }
        }
        if (detected.isEmpty() || (detected.size() > 1 && new HashSet<>(detected.values()).size() == 1)) {
            return null;
        }
        Alphabet most = null;
        int max = 0;
        for (Map.Entry<Alphabet, Integer> e : detected.entrySet()) {
            if (most == null || max < e.getValue()) {
                most = e.getKey();
                max = e.getValue();
            }
        }
        return most;
    }

    /** The first alphabet (in Lingua's order) every code point of {@code word} is in, or null. */
    private static Alphabet alphabetOf(String word) {
        char first = word.isEmpty() ? 0 : word.charAt(0);
        boolean checkFirst = !word.isEmpty() && !Character.isSurrogate(first);
        for (Alphabet alphabet : ALPHABETS) {
            // a word whose first char is outside the alphabet is not in it: one script lookup, not a stream
            if ((!checkFirst || alphabet.matches(first)) && alphabet.matches(word)) {
                return alphabet;
            }
        }
        return null;
    }

    /** The words that may hold a letter of the table: all of them, but ASCII words when no letter is ASCII. */
    private static List<String> withLetters(List<String> words) {
        if (!NO_ASCII_LETTER) {
            return words;
        }
        List<String> out = new ArrayList<>();
        for (String word : words) {
            for (int k = 0; k < word.length(); k++) {
                if (word.charAt(k) >= 0x80) {
                    out.add(word);
                    break;
                }
            }
        }
        return out;
    }

    /** Per language left, the words holding each of its table's letters, counted as Lingua counts them. */
    private static Map<Language, Integer> letterCounts(List<String> words, Set<Language> filtered) {
        Map<Language, Integer> counts = new LinkedHashMap<>();
        if (words.isEmpty()) {
            return counts;
        }
        for (Map.Entry<String, EnumSet<Language>> entry : LETTERS) {
            List<Language> relevant = new ArrayList<>(2);
            for (Language language : entry.getValue()) {
                if (filtered.contains(language)) {
                    relevant.add(language);
                }
            }
            if (relevant.isEmpty()) {
                continue; // Lingua reads the words against this entry, and counts nothing
            }
            String letters = entry.getKey();
            for (String word : words) {
                for (int c = 0; c < letters.length(); c++) {
                    if (word.indexOf(letters.charAt(c)) >= 0) {
                        for (Language language : relevant) {
                            counts.merge(language, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        return counts;
    }

    /**
     * {@code words} with every word made of ASCII chars that Lingua's {@code detectLanguageWithRules} counts for no
     * language replaced by the empty word: Lingua votes UNKNOWN for both, so its answer is the same, without its
     * per-char work (for each char it walks the detector's one-language alphabets and, for a Latin letter, every
     * language with letters of its own). {@code words} itself when no word is replaced.
     */
    static List<String> withoutInertWords(LanguageDetector detector, List<String> words) {
        boolean[] inert = INERT.computeIfAbsent(Objects.requireNonNull(detector, "detector"), LinguaRules::inertAscii);
        List<String> out = null;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.isEmpty() && inert(word, inert)) {
                out = out == null ? new ArrayList<>(words) : out;
                out.set(i, "");
            }
        }
        return out == null ? words : out;
    }

    private static boolean inert(String word, boolean[] inert) {
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c >= ASCII || !inert[c]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The ASCII chars for which {@code detectLanguageWithRules}'s per-char step counts nothing, by our table of
     * which chars count for which language ({@link LinguaAlphabets}): no one-language script of the detector's
     * languages, nor Han, nor Japanese, holds an ASCII char, and no language's own letters are ASCII.
     */
    private static boolean[] inertAscii(LanguageDetector detector) {
        Set<Language> languages = detector.getLanguages$lingua();
        boolean[] inert = new boolean[ASCII];
        for (char c = 0; c < ASCII; c++) {
            inert[c] = !LinguaAlphabets.counted(c, languages);
        }
        return inert;
    }
}
