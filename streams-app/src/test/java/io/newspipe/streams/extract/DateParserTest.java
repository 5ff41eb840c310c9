package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-01-15T10:30:00Z                 | 2024-01-15T10:30:00Z
            2024-01-15T10:30:00+03:00            | 2024-01-15T07:30:00Z
            2024-01-15T10:30:00+0300             | 2024-01-15T07:30:00Z
            2024-01-15T10:30:00-05               | 2024-01-15T15:30:00Z
            2024-01-15T10:30:00.123456+02:00     | 2024-01-15T08:30:00.123456Z
            2024-01-15T10:30                     | 2024-01-15T10:30:00Z
            2024-01-15 10:30:00                  | 2024-01-15T10:30:00Z
            2024-01-15 10:30:00 GMT              | 2024-01-15T10:30:00Z
            2024-01-15                           | 2024-01-15T00:00:00Z
            Mon, 15 Jan 2024 10:30:00 GMT        | 2024-01-15T10:30:00Z
            Mon, 15 Jan 2024 10:30:00 +0200      | 2024-01-15T08:30:00Z
            1705314600                           | 2024-01-15T10:30:00Z
            1705314600000                        | 2024-01-15T10:30:00Z
            """)
    void parsesMachineValues(String value, String expected) {
        assertThat(DateParser.parse(value)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            January 15, 2024                                  | 2024-01-15T00:00:00Z
            Published Jan. 15, 2024 3:45 PM ET                | 2024-01-15T20:45:00Z
            Updated 10:02 AM EDT, Tue July 2, 2024            | 2024-07-02T14:02:00Z
            14:30 - 15/01/2024                                | 2024-01-15T14:30:00Z
            Score 3:1 in the match, 2 hours later, 5 May 2024 | 2024-05-05T00:00:00Z
            15 January 2024 | 2024-01-15T00:00:00Z
            Monday 15th January 2024, 09:10 GMT               | 2024-01-15T09:10:00Z
            Sept. 3, 2023 at 11:59 p.m.                       | 2023-09-03T23:59:00Z
            Posted on 3 Mar 2024 - 14:05 UTC+2                | 2024-03-03T12:05:00Z
            le 15 janvier 2024 à 14h30                        | 2024-01-15T14:30:00Z
            Publié le 1er février 2024 à 08h05                | 2024-02-01T08:05:00Z
            Mis à jour le 3 déc. 2023 à 19:47                 | 2023-12-03T19:47:00Z
            15 août 2023                                      | 2023-08-15T00:00:00Z
            الاثنين 15 يناير 2024                             | 2024-01-15T00:00:00Z
            السبت، ٢٧ يناير ٢٠٢٤ - ٠٣:٤٥ م                    | 2024-01-27T15:45:00Z
            نشر في: 15 كانون الثاني 2024                      | 2024-01-15T00:00:00Z
            الأحد 3 أيار 2020                                 | 2020-05-03T00:00:00Z
            ٥ تشرين الأول ٢٠٢٣ الساعة 10:20                   | 2023-10-05T10:20:00Z
            12 تموز 2022                                      | 2022-07-12T00:00:00Z
            1 آب 2021                                         | 2021-08-01T00:00:00Z
            الخميس 21 أيلول 2023                              | 2023-09-21T00:00:00Z
            9 حزيران 2019                                     | 2019-06-09T00:00:00Z
            30 تشرين الثاني 2023                              | 2023-11-30T00:00:00Z
            7 شباط 2024                                       | 2024-02-07T00:00:00Z
            14 آذار 2024                                      | 2024-03-14T00:00:00Z
            2 نيسان 2024                                      | 2024-04-02T00:00:00Z
            25 كانون الأول 2023                               | 2023-12-25T00:00:00Z
            السبت 5 رجب 1445 هـ الموافق 27 يناير 2024 م       | 2024-01-27T00:00:00Z
            الجمعة 15 رمضان 1445هـ - 25 مارس 2024             | 2024-03-25T00:00:00Z
            10 جويلية 2023                                    | 2023-07-10T00:00:00Z
            5 غشت 2022                                        | 2022-08-05T00:00:00Z
            ۱۵ ژانویه ۲۰۲۴                                    | 2024-01-15T00:00:00Z
            تاریخ انتشار: ۲۵ دی ۱۴۰۲ - ۱۵ ژانویه ۲۰۲۴         | 2024-01-15T00:00:00Z
            15/01/2024 10:30                                  | 2024-01-15T10:30:00Z
            01/15/2024                                        | 2024-01-15T00:00:00Z
            15.01.2024                                        | 2024-01-15T00:00:00Z
            2024/01/15                                        | 2024-01-15T00:00:00Z
            ١٥/٠١/٢٠٢٤                                        | 2024-01-15T00:00:00Z
            """)
    void findsDatesInText(String text, String expected) {
        assertThat(DateParser.find(text)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void hijriOnlyDatesAreConvertedNotMisread() {
        // 1 Ramadan 1445 (Umm al-Qura) = 11 March 2024.
        assertThat(DateParser.find("الاثنين 1 رمضان 1445 هـ")).isEqualTo(Instant.parse("2024-03-11T00:00:00Z"));
        assertThat(DateParser.find("10 ذو الحجة 1444")).isEqualTo(Instant.parse("2023-06-28T00:00:00Z"));
        // A Hijri numeric date is never taken for a Gregorian one; with its هـ mark it is converted.
        assertThat(DateParser.find("1445/09/01 هـ")).isEqualTo(Instant.parse("2024-03-11T00:00:00Z"));
        assertThat(DateParser.find("1445/09/01")).isNull();
        assertThat(DateParser.find("1445/09/01 هذا")).isNull();
    }

    @Test
    void persianSolarDatesAreConverted() {
        // 25 Dey 1402 = 15 January 2024.
        assertThat(DateParser.find("۲۵ دی ۱۴۰۲")).isEqualTo(Instant.parse("2024-01-15T00:00:00Z"));
        assertThat(DateParser.find("1 فروردین 1403")).isEqualTo(Instant.parse("2024-03-20T00:00:00Z"));
        // Numeric solar dates count on Persian pages only.
        assertThat(DateParser.find("تاریخ انتشار: ۱۴۰۲/۱۰/۲۵")).isEqualTo(Instant.parse("2024-01-15T00:00:00Z"));
        assertThat(DateParser.find("Ref 1402/10/25")).isNull();
    }

    @Test
    void rejectsImplausibleValues() {
        assertThat(DateParser.parse("")).isNull();
        assertThat(DateParser.parse(null)).isNull();
        assertThat(DateParser.parse("not a date")).isNull();
        assertThat(DateParser.parse("2024-13-45")).isNull();
        assertThat(DateParser.parse("1850-01-01")).isNull();
        assertThat(DateParser.find("31 February 2024")).isNull();
        assertThat(DateParser.find("Call 1 800 555 2024")).isNull();
        assertThat(DateParser.find("15 may")).isNull();
    }

    @Test
    void theFirstDateInTheTextWins() {
        assertThat(DateParser.find("Published 3 March 2024. Updated March 5, 2024"))
                .isEqualTo(Instant.parse("2024-03-03T00:00:00Z"));
    }

    @Property(tries = 1000)
    void neverThrows(@ForAll String s) {
        DateParser.parse(s);
        DateParser.find(s);
    }
}
