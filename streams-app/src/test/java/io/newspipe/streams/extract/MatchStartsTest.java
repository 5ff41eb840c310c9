package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** {@link MatchStarts} finds exactly the matches {@code Matcher.find} finds, for every date pattern it serves. */
class MatchStartsTest {
    /** Pieces of date-like text: digits, separators, month names of every family, letters around them. */
    private static final List<String> PIECES = List.of("1", "12", "31", "2024", "1445", "1402", "0", "/", "-", ".",
            " ", "  ", ",", "'", "st", "th", "er", "de ", "of ", "jan", "janv", "janvier", "mar", "mars", "march",
            "may", "déc", "août", "aout", "dec", "x", "Z", "a", "é", "يناير", "مارس", "كانون الثاني", "كانون  الثاني",
            "ژانويه", "محرم", "رجب", "ربيع الاول", "فروردين", "دي", "مهر", "ه", "م", "ب", "\u00a0", "\n", "١٢");

    private static final List<Pattern> DIGIT_START = List.of(DateParser.DAY_MONTH_YEAR, DateParser.YEAR_MONTH_DAY,
            DateParser.DAY_MONTH_YEAR_NUMERIC, LunarDates.HIJRI, LunarDates.PERSIAN, LunarDates.NUMERIC);

    @Property(tries = 2000)
    void sameMatchesAsFind(@ForAll long seed) {
        String text = text(new Random(seed));
        for (Pattern p : DIGIT_START) {
            assertThat(starts(MatchStarts.DIGITS, p, text)).as("%s in %s", p, text).isEqualTo(finds(p, text));
        }
        assertThat(starts(DateParser.MONTH_STARTS, DateParser.MONTH_DAY_YEAR, text)).as(text)
                .isEqualTo(finds(DateParser.MONTH_DAY_YEAR, text));
    }

    /** What lets {@code DateParser.find} stop trying starts after the last four digits (and skip text without any). */
    @Property(tries = 2000)
    void everyGregorianMatchStartsAtOrBeforeTheLastFourDigits(@ForAll long seed) {
        String text = MonthNames.fold(text(new Random(seed)));
        int last = DateParser.lastFourDigits(text);
        for (Pattern p : List.of(DateParser.DAY_MONTH_YEAR, DateParser.MONTH_DAY_YEAR, DateParser.YEAR_MONTH_DAY,
                DateParser.DAY_MONTH_YEAR_NUMERIC)) {
            for (List<Integer> match : finds(p, text)) {
                assertThat(match.get(0)).as("%s in %s", p, text).isLessThanOrEqualTo(last);
            }
            if (last >= 0) {
                MatchStarts starts = p == DateParser.MONTH_DAY_YEAR ? DateParser.MONTH_STARTS : MatchStarts.DIGITS;
                Matcher m = p.matcher(text);
                boolean found = starts.find(m, text, 0, last);
                assertThat(found ? List.of(m.start(), m.end()) : null).isEqualTo(finds(p, text).stream().findFirst().orElse(null));
            }
        }
    }

    @Test
    void findsDatesWhereTheyStartAndLooksBehindTheStart() {
        String text = "x12 mars 2024, 5 mars 2024 and 2024-01-15";
        assertThat(starts(MatchStarts.DIGITS, DateParser.DAY_MONTH_YEAR, text)).containsExactly(List.of(15, 26));
        assertThat(starts(MatchStarts.DIGITS, DateParser.YEAR_MONTH_DAY, text)).containsExactly(List.of(31, 41));
        assertThat(starts(DateParser.MONTH_STARTS, DateParser.MONTH_DAY_YEAR, "on mars 12, 2024")).containsExactly(List.of(3, 16));
        // a start table missing the pattern's first characters finds nothing: the table is what is trusted
        assertThat(starts(MatchStarts.of("abc"), DateParser.YEAR_MONTH_DAY, text)).isEmpty();
    }

    private static String text(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(30);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES.get(r.nextInt(PIECES.size())));
        }
        return sb.toString();
    }

    private static List<List<Integer>> finds(Pattern p, String text) {
        List<List<Integer>> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(List.of(m.start(), m.end()));
        }
        return out;
    }

    private static List<List<Integer>> starts(MatchStarts starts, Pattern p, String text) {
        List<List<Integer>> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        for (int from = 0; starts.find(m, text, from); from = m.end()) {
            out.add(List.of(m.start(), m.end()));
        }
        return out;
    }
}
