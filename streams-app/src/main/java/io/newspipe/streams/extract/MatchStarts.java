package io.newspipe.streams.extract;

import java.util.BitSet;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * {@code Matcher.find} for a pattern whose matches can only start at a few characters (a digit, the first
 * letter of a month name): positions where none can start are passed over with a table look-up instead
 * of the regex engine trying the whole pattern there, which costs most on alternations of many month
 * names. At each remaining position the pattern is tried as {@code find} tries it ({@code lookingAt} on
 * the region from there, bounds transparent so look-behinds see the text before), so the first match
 * found is the one {@code find} finds. Immutable and thread-safe.
 */
final class MatchStarts {
    /** ASCII digits: what {@code \d} matches without {@code UNICODE_CHARACTER_CLASS}. */
    static final MatchStarts DIGITS = of("0123456789");

    private final BitSet starts;

    private MatchStarts(BitSet starts) {
        this.starts = starts;
    }

    /**
     * The characters a match can start with.
     *
     * @param chars every character any match of the pattern can begin with
     */
    static MatchStarts of(CharSequence chars) {
        BitSet bits = new BitSet();
        chars.chars().forEach(bits::set);
        return new MatchStarts(bits);
    }

    /**
     * Finds the first match of {@code m}'s pattern in {@code text} that starts at or after {@code from},
     * as {@code m.find()} from {@code from} would; on success {@code m} holds the match.
     *
     * @param m a matcher over {@code text}; its region is changed
     */
    boolean find(Matcher m, String text, int from) {
        return find(m, text, from, text.length() - 1);
    }

    /**
     * Like {@link #find(Matcher, String, int)} for a pattern known to match nowhere after {@code lastStart}:
     * positions past it are not tried.
     */
    boolean find(Matcher m, String text, int from, int lastStart) {
        Objects.requireNonNull(m, "m");
        m.useTransparentBounds(true);
        int end = text.length();
        int last = Math.min(lastStart, end - 1);
        for (int i = from; i <= last; i++) {
            if (starts.get(text.charAt(i))) {
                m.region(i, end);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }
}
