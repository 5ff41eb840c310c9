package io.newspipe.streams.eval;

import io.newspipe.streams.dedup.DedupConfig;
import io.newspipe.streams.dedup.Fingerprint;
import io.newspipe.streams.dedup.NearDuplicateIndex;
import io.newspipe.streams.dedup.TextFingerprinter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A proposed rule, simulated here and not part of the detector: <i>number agreement</i>. Template briefs
 * (weather, markets, results, prices) share their sentences and differ in their numbers, while copies and
 * revisions keep almost all of them. Each text's distinct numbers (separators dropped, Arabic-Indic digits
 * read as Latin) are compared as sets ({@link #evaluate} with {@code exact}), or through a 128-bit sketch
 * of them, what 16 bytes of state per article could hold (64 bits lose too much to collisions, measured);
 * a near-duplicate match is vetoed
 * when the text with fewer numbers has at least {@value #MIN_NUMBERS} and shares less than
 * {@value #MIN_AGREEMENT} of them with the other. Stateless and thread-safe.
 */
public final class DedupEvalNumberRule {
    static final int MIN_NUMBERS = 3;
    static final double MIN_AGREEMENT = 0.6;
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[,.\u00a0\u202f ]\\d{3})*(?:[.,]\\d+)?");

    private DedupEvalNumberRule() {
    }

    /** The distinct numbers of {@code text}, separators dropped. */
    static Set<String> numbers(String text) {
        StringBuilder latin = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            latin.append(c >= '\u0660' && c <= '\u0669' ? (char) ('0' + c - '\u0660')
                    : c >= '\u06F0' && c <= '\u06F9' ? (char) ('0' + c - '\u06F0') : c);
        }
        Set<String> out = new HashSet<>();
        Matcher m = NUMBER.matcher(latin);
        while (m.find()) {
            out.add(m.group().replaceAll("[^0-9]", ""));
        }
        return out;
    }

    /** The 128-bit sketch of the distinct numbers in {@code text}: one bit per number hash. */
    static long[] sketch(String text) {
        long[] bits = new long[2];
        for (String number : numbers(text)) {
            int bit = Math.floorMod(number.hashCode() * 0x9E3779B9, 128);
            bits[bit >>> 6] |= 1L << (bit & 63);
        }
        return bits;
    }

    /** Whether two number sets agree enough for a duplicate (always when the smaller has too few numbers). */
    static boolean agrees(Set<String> a, Set<String> b) {
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        int fewer = Math.min(a.size(), b.size());
        return fewer < MIN_NUMBERS || shared.size() >= MIN_AGREEMENT * fewer;
    }

    /** Whether two sketches agree enough for a duplicate (always when the sparser has too few numbers). */
    static boolean agrees(long[] a, long[] b) {
        int fewer = Math.min(count(a), count(b));
        int shared = Long.bitCount(a[0] & b[0]) + Long.bitCount(a[1] & b[1]);
        return fewer < MIN_NUMBERS || shared >= MIN_AGREEMENT * fewer;
    }

    private static int count(long[] bits) {
        return Long.bitCount(bits[0]) + Long.bitCount(bits[1]);
    }

    /**
     * The corpus scored as {@link DedupEval#evaluate} does, with the number-agreement veto added, on the
     * exact number sets or on their 128-bit sketches.
     */
    public static DedupEval.Score evaluate(List<DedupEvalPair> corpus, DedupConfig config, boolean exact) {
        TextFingerprinter fingerprinter = new TextFingerprinter(config);
        DedupEval.Score score = new DedupEval.Score(0, 0, 0, 0);
        for (DedupEvalPair pair : corpus) {
            NearDuplicateIndex index = new NearDuplicateIndex(config);
            Fingerprint a = fingerprinter.fingerprint(pair.a());
            index.add("a", 0L, a);
            boolean predicted = index.findDuplicate(fingerprinter.fingerprint(pair.b())).isPresent()
                    && (exact ? agrees(numbers(pair.a()), numbers(pair.b())) : agrees(sketch(pair.a()), sketch(pair.b())));
            score = score.add(pair.label() == 1, predicted);
        }
        return score;
    }
}
