package io.newspipe.streams.tag;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evidence for the language of a headline-length text beyond Lingua's reading of it, which names can
 * mislead ("Dortmund hold Leipzig to goalless draw"): Lingua's reading of the words without capitals, and
 * closed-class words ({@link FunctionWords}) among the close candidates, where the "s" of an English
 * possessive ("Spain's") counts for English, not as the French "s'" it would otherwise read as. Also Urdu told
 * from Persian by its postpositions when it is written without Urdu-only letters. Stateless and thread-safe.
 */
final class ShortTextLanguage {
    /** Candidates this far below the best Lingua confidence are not weighed by function words. */
    private static final double CLOSE = 0.35;
    /** Lingua confidence one distinctive function word of a short text is worth. */
    private static final double FUNCTION_WORD_WEIGHT = 0.15;
    /** Urdu postpositions in at least this share (1/n) of an Arabic-script text's words make it Urdu. */
    private static final int URDU_WORD_SHARE = 8;
    /** Fewest words without a capital that a short text's second Lingua reading needs. */
    private static final int MIN_PLAIN_WORDS = 3;
    private static final FunctionWords FUNCTION_WORDS = FunctionWords.load();

    private ShortTextLanguage() {
    }

    /**
     * The words of a short text without the "s" of English possessives, and how many possessives ("Biden's",
     * "Nemo’s") it has.
     */
    record ShortWords(List<Token> words, int possessives) {
    }

    /** The text split here, once, so that the characters around each word can be read. */
    static ShortWords words(String text) {
        List<Token> tokens = TextTokenizer.tokens(text);
        List<Token> words = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (!possessive(text, t)) {
                words.add(t);
            }
        }
        return new ShortWords(words, tokens.size() - words.size());
    }

    /**
     * Whether {@code t} is the "s" closing an English possessive: right after an apostrophe that follows a
     * letter, and not itself followed by an apostrophe. The French "s'" (s'est, s'engage) opens the next word
     * instead, so it stays a French function word.
     */
    private static boolean possessive(String text, Token t) {
        int s = t.start();
        return t.end() == s + 1 && (text.charAt(s) == 's' || text.charAt(s) == 'S') && s >= 2
                && apostrophe(text.charAt(s - 1)) && Character.isLetter(text.charAt(s - 2))
                && (t.end() == text.length() || !apostrophe(text.charAt(t.end())));
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /**
     * Lingua's confidence values, best first, computed on the calling thread ({@link LinguaConfidence}).
     * Given the words of a short text (null for a longer text), its
     * values are averaged with those of its words that have no capital, when there are enough of them: names
     * ("Deutsche Bank", "Leipzig") then weigh less.
     */
    static List<Map.Entry<Language, Double>> ranked(LanguageDetector detector, String sample, List<Token> tokens) {
        List<Map.Entry<Language, Double>> ranked = new ArrayList<>(
                LinguaConfidence.of(detector, sample).entrySet());
        // the models this call loaded are packed for the next calls (same values, fewer cache misses)
        LinguaModels.packLoaded();
        String plain = tokens == null || ranked.isEmpty() ? null : wordsWithoutCapitals(tokens);
        if (plain == null) {
            return ranked;
        }
        Map<Language, Double> reduced = LinguaConfidence.of(detector, plain);
        List<Map.Entry<Language, Double>> merged = new ArrayList<>(ranked.size());
        for (Map.Entry<Language, Double> e : ranked) {
            merged.add(Map.entry(e.getKey(), (e.getValue() + reduced.getOrDefault(e.getKey(), 0.0)) / 2));
        }
        merged.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        return merged;
    }

    /** The words without a capital, space-separated, when some word has one and three or more have none; else null. */
    private static String wordsWithoutCapitals(List<Token> tokens) {
        StringBuilder plain = new StringBuilder();
        int words = 0;
        for (Token t : tokens) {
            if (!t.capitalised() && t.letterFirst()) {
                plain.append(words++ > 0 ? " " : "").append(t.surface());
            }
        }
        return words >= MIN_PLAIN_WORDS && words < tokens.size() ? plain.toString() : null;
    }

    /**
     * On a headline-length text, the close candidates are weighed by their function words
     * ({@link FunctionWords}): "of" and "from" make a headline English whatever its names look like; so does
     * each of its {@code possessives}, worth one English-only word.
     */
    static String byFunctionWords(List<Map.Entry<Language, Double>> ranked, List<Token> tokens, int possessives,
            String best, double top) {
        String winner = best;
        double winnerScore = top + FUNCTION_WORD_WEIGHT * functionWeight(best, tokens, possessives);
        for (Map.Entry<Language, Double> e : ranked) {
            if (top - e.getValue() > CLOSE) {
                break;
            }
            String code = LanguageIdentifier.code(e.getKey());
            double score = e.getValue() + FUNCTION_WORD_WEIGHT * functionWeight(code, tokens, possessives);
            if (score > winnerScore) {
                winner = code;
                winnerScore = score;
            }
        }
        return winner;
    }

    private static double functionWeight(String code, List<Token> tokens, int possessives) {
        return FUNCTION_WORDS.weight(code, tokens) + ("en".equals(code) ? possessives : 0);
    }

    /** Whether Urdu postpositions (کی کے کا نے میں پر) are frequent enough: Urdu written without its own letters. */
    static boolean urdu(List<Token> tokens) {
        double urdu = FUNCTION_WORDS.weight("ur", tokens);
        return urdu >= 2 && urdu * URDU_WORD_SHARE >= tokens.size();
    }
}
