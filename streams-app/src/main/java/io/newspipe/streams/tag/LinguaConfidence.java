package io.newspipe.streams.tag;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.internal.TestDataLanguageModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Lingua 1.2.2's {@link LanguageDetector#computeLanguageConfidenceValues(String)} computed on the calling
 * thread. Lingua submits each n-gram length's scoring to {@code ForkJoinPool.commonPool()} and waits: in
 * low-accuracy mode that is one task, so the pool adds a hand-off, a woken worker whose CPU the stream
 * thread's accounting never sees, and a cold core for the n-gram tables. This class runs the same steps, in
 * the same order and with the same float arithmetic, through the members Lingua exposes to its own module
 * (as {@link LinguaModels} does), so the values are bit-identical ({@code LinguaConfidenceTest} compares
 * them with Lingua's own on every page). Tied to Lingua 1.2.2: an upgrade must re-run that test.
 * Stateless and thread-safe as far as the detector is.
 */
final class LinguaConfidence {
    /** Lingua's shortest text for the low-accuracy mode, and the length from which it reads trigrams only. */
    private static final int LOW_ACCURACY_MIN_CHARS = 3;
    private static final int HIGH_ACCURACY_MAX_CHARS = 120;
    private static final int TRIGRAM = 3;
    private static final int LONGEST_NGRAM = 5;
    /**
     * Lingua's {@code Constant.NO_LETTER}, which is a Kotlin {@code Regex} over this very pattern (Kotlin's
     * standard library is only on the runtime class path).
     */
    private static final Pattern NO_LETTER = Pattern.compile("^[^\\p{L}]+$");

    private LinguaConfidence() {
    }

    /**
     * The confidence values Lingua's {@code computeLanguageConfidenceValues} returns for {@code text}: the
     * same keys, values and iteration order (best first, then by language).
     */
    static SortedMap<Language, Double> of(LanguageDetector detector, String text) {
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(text, "text");
        SortedMap<Language, Double> values = new TreeMap<>();
        String cleaned = detector.cleanUpInputText$lingua(text);
        if (cleaned.isEmpty() || NO_LETTER.matcher(cleaned).matches()) {
            return values;
        }
        List<String> words = detector.splitTextIntoWords$lingua(cleaned);
        Language byRules = detector.detectLanguageWithRules$lingua(LinguaRules.withoutInertWords(detector, words));
        if (byRules != Language.UNKNOWN) {
            values.put(byRules, 1.0);
            return values;
        }
        Set<Language> filtered = LinguaRules.filterLanguages(detector, words); // Lingua's answer, less work
        if (filtered.size() == 1) {
            values.put(filtered.iterator().next(), 1.0);
            return values;
        }
        boolean lowAccuracy = detector.isLowAccuracyModeEnabled$lingua();
        if (lowAccuracy && cleaned.length() < LOW_ACCURACY_MIN_CHARS) {
            return values;
        }
        return normalised(summed(detector, cleaned, filtered, lowAccuracy), values);
    }

    /** Each language's summed log-probabilities over the n-gram lengths Lingua reads for this text. */
    private static Map<Language, Float> summed(LanguageDetector detector, String cleaned, Set<Language> filtered,
            boolean lowAccuracy) {
        boolean trigramsOnly = lowAccuracy || cleaned.length() >= HIGH_ACCURACY_MAX_CHARS;
        int first = trigramsOnly ? TRIGRAM : 1;
        int last = trigramsOnly ? TRIGRAM : LONGEST_NGRAM;
        List<Map<Language, Float>> probabilities = new ArrayList<>(last - first + 1);
        Map<Language, Integer> unigramCounts = null;
        for (int length = first; length <= last && cleaned.length() >= length; length++) {
            TestDataLanguageModel model = TestDataLanguageModel.Companion.fromText(cleaned, length);
            Map<Language, Float> probability = detector.computeLanguageProbabilities$lingua(model, filtered);
            probabilities.add(probability);
            if (length == 1) {
                unigramCounts = detector.countUnigramsOfInputText$lingua(model,
                        unigramLanguages(probability.keySet(), filtered));
            }
        }
        return detector.sumUpProbabilities$lingua(probabilities, unigramCounts == null ? Map.of() : unigramCounts,
                filtered);
    }

    /** Lingua counts unigrams only for the languages that scored, or all filtered ones when none did. */
    private static Set<Language> unigramLanguages(Set<Language> scored, Set<Language> filtered) {
        if (scored.isEmpty()) {
            return filtered;
        }
        Set<Language> languages = new HashSet<>();
        for (Language language : filtered) {
            if (scored.contains(language)) {
                languages.add(language);
            }
        }
        return languages;
    }

    /** Each sum as the highest sum divided by it (all are negative), ordered best first, then by language. */
    private static SortedMap<Language, Double> normalised(Map<Language, Float> summed,
            SortedMap<Language, Double> empty) {
        if (summed.isEmpty()) {
            return empty;
        }
        float highest = Float.NEGATIVE_INFINITY;
        boolean firstValue = true;
        for (float value : summed.values()) {
            if (firstValue || Float.compare(highest, value) < 0) {
                highest = value;
                firstValue = false;
            }
        }
        Map<Language, Double> confidence = new LinkedHashMap<>();
        for (Map.Entry<Language, Float> e : summed.entrySet()) {
            confidence.put(e.getKey(), (double) (highest / e.getValue()));
        }
        Comparator<Language> byValue = Comparator.comparing(confidence::get,
                Comparator.nullsFirst(Comparator.<Double>naturalOrder()));
        SortedMap<Language, Double> sorted = new TreeMap<>(byValue.reversed().thenComparing(Comparator.naturalOrder()));
        sorted.putAll(confidence);
        return sorted;
    }
}
