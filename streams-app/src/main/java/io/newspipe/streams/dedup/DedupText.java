package io.newspipe.streams.dedup;

import io.newspipe.streams.text.MatchingText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Normalised body text for dedup (content hash, shingles, revision checks): each paragraph folded by
 * {@link MatchingText#fold} (case, Arabic letter variants, diacritics, tatweel, digits, punctuation), then
 * short paragraphs that only carry a time stamp ("Updated 10:42 GMT", "آخر تحديث: ...") or an
 * advertisement/share/follow line dropped, so a changed stamp or ad is not a new revision. Paragraphs are
 * joined by one newline. Stateless and thread-safe.
 */
public final class DedupText {
    private static final int MAX_NOISE_TOKENS = 14;
    /** Longer paragraphs cannot be noise: 14 tokens of stamp words and numbers fit well within it. */
    private static final int MAX_NOISE_CHARS = 160;
    private static final Set<String> STAMP_WORDS = Set.of(
            "updated", "update", "published", "posted", "last", "modified", "gmt", "utc", "am", "pm", "at", "on",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "mis", "a", "à", "jour", "le", "publié", "publie", "h", "janvier", "février", "mars", "avril",
            "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "اخر", "تحديث",
            "تاريخ", "النشر", "نشر", "في", "بتوقيت", "غرينتش", "ص", "م", "يناير", "فبراير", "مارس", "ابريل",
            "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "الثاني", "الاول",
            "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين", "hours", "minutes", "ago",
            "منذ", "ساعه", "ساعات", "دقيقه", "دقائق", "il", "y", "heures");
    private static final List<String> NOISE_PREFIXES = List.of(
            "advertisement", "sponsored", "publicité", "publicite", "اعلان", "follow us", "share this",
            "suivez nous", "partager", "تابعونا", "شارك", "subscribe", "abonnez vous", "اشترك");

    private DedupText() {
    }

    /** The normalised form of a body text (paragraphs separated by blank lines or newlines). Idempotent. */
    public static String normalise(String bodyText) {
        Objects.requireNonNull(bodyText, "bodyText");
        StringBuilder out = new StringBuilder(bodyText.length());
        int start = 0;
        for (int i = 0; i <= bodyText.length(); i++) {
            if (i < bodyText.length() && !isLineBreak(bodyText.charAt(i))) {
                continue;
            }
            String folded = i > start ? MatchingText.fold(bodyText.substring(start, i)) : "";
            start = i + 1;
            if (folded.isEmpty() || isNoise(folded)) {
                continue;
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(folded);
        }
        return out.toString();
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028'
                || c == '\u2029';
    }

    /** The words of a normalised text, in order. */
    public static List<String> words(String normalised) {
        Objects.requireNonNull(normalised, "normalised");
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= normalised.length(); i++) {
            boolean separator = i == normalised.length() || normalised.charAt(i) == ' ' || normalised.charAt(i) == '\n';
            if (separator && start >= 0) {
                words.add(normalised.substring(start, i));
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
        }
        return words;
    }

    /** A short folded paragraph made only of date/time words and numbers, or an ad/share/follow line. */
    static boolean isNoise(String folded) {
        if (folded.length() > MAX_NOISE_CHARS) {
            return false;
        }
        String[] tokens = folded.split(" ");
        if (tokens.length > MAX_NOISE_TOKENS) {
            return false;
        }
        for (String prefix : NOISE_PREFIXES) {
            if (folded.startsWith(prefix) && tokens.length <= 8) {
                return true;
            }
        }
        int digits = 0;
        for (String token : tokens) {
            boolean numeric = token.chars().allMatch(Character::isDigit);
            if (numeric) {
                digits++;
            } else if (!STAMP_WORDS.contains(token)) {
                return false;
            }
        }
        return digits > 0;
    }
}
