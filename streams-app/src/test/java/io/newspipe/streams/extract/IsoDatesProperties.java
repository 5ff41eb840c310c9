package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The hand-written ISO reading must accept exactly what the pattern it replaced matches, with the same groups. */
class IsoDatesProperties {
    /** The pattern {@code DateParser} ran before {@link IsoDates}. */
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})"
            + "(?:[.,](\\d{1,9}))?)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?", Pattern.CASE_INSENSITIVE);

    @Property(tries = 10000)
    void readsWhatThePatternMatches(@ForAll("isoLike") String s) {
        assertThat(IsoDates.read(s)).as(s).isEqualTo(reference(s));
    }

    @Property(tries = 2000)
    void readsWhatThePatternMatchesOnAnyText(@ForAll String s) {
        assertThat(IsoDates.read(s)).as(s).isEqualTo(reference(s));
    }

    @Test
    void readsTheUsualForms() {
        assertThat(IsoDates.read("2024-01-15T10:30:00.123+02:00"))
                .isEqualTo(new IsoDates.Parts(2024, 1, 15, 10, 30, 0, "123", "+02:00"));
        assertThat(IsoDates.read("2024-01-15")).isEqualTo(new IsoDates.Parts(2024, 1, 15, -1, -1, -1, null, null));
        assertThat(IsoDates.read("2024-01-15 9:05 utc")).isEqualTo(new IsoDates.Parts(2024, 1, 15, 9, 5, -1, null, "utc"));
        assertThat(IsoDates.read("2024-01-15T123:00")).isNull();
        assertThat(IsoDates.read("2024-01-15T10:00:00.1234567890Z")).isNull();
    }

    @Provide
    Arbitrary<String> isoLike() {
        Arbitrary<String> date = Arbitraries.of("2024-01-15", "2024-1-15", "1999-12-31", "20240-01-15", "2024-01-1");
        Arbitrary<String> tail = Arbitraries.strings().withChars("0123456789T t:.,+-Zz UTCGMutcgm\t\u00A0x")
                .ofMaxLength(22);
        Arbitrary<String> times = Arbitraries.of("", "T10:30", "T1:05", " 10:30:00", "t10:30:00.5", "T10:30:00,123456789",
                "T10:30:00.1234567890", "T10:3", "T103:00", " 9:00:0");
        Arbitrary<String> zones = Arbitraries.of("", "Z", "z", "+02", "+0200", "+02:00", "-05:3", "+053", " UTC", "gMt",
                "  +01:00", "\t-0000", "+2", "Zz", "UTC+1");
        return net.jqwik.api.Combinators.combine(date, times, zones, tail, Arbitraries.integers().between(0, 2))
                .as((d, t, z, r, k) -> switch (k) {
                    case 0 -> d + t + z;
                    case 1 -> d + r;
                    default -> d + t + r;
                });
    }

    private static IsoDates.Parts reference(String s) {
        Matcher m = ISO.matcher(s);
        if (!m.matches()) {
            return null;
        }
        return new IsoDates.Parts(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                m.group(4) == null ? -1 : Integer.parseInt(m.group(4)), m.group(5) == null ? -1 : Integer.parseInt(m.group(5)),
                m.group(6) == null ? -1 : Integer.parseInt(m.group(6)), m.group(7), m.group(8));
    }
}
