package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TitleCleanerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Senate passes budget | The Daily Example                          # The Daily Example # Senate passes budget
            Senate passes budget | Politics | The Daily Example               # The Daily Example # Senate passes budget
            Senate passes budget - The Daily Example                          # The Daily Example # Senate passes budget
            Senate passes budget — The Daily Example                          # The Daily Example # Senate passes budget
            Senate passes budget :: The Daily Example                         # The Daily Example # Senate passes budget
            The Daily Example - Senate passes budget                          # The Daily Example # Senate passes budget
            Iraq - US talks begin in Baghdad - The Daily Example              # The Daily Example # Iraq - US talks begin in Baghdad
            Ukraine : la Russie accuse Kiev - Le Quotidien                    # Le Quotidien      # Ukraine : la Russie accuse Kiev
            بدء الحوار بين العراق والولايات المتحدة | الرافدين نيوز          # الرافدين نيوز    # بدء الحوار بين العراق والولايات المتحدة
            ارتفاع أسعار المحروقات في دمشق - شام برس                          # شام برس           # ارتفاع أسعار المحروقات في دمشق
            افتتاح خط جدید مترو تهران - خبرگزاری تهران دیلی                    # خبرگزاری تهران دیلی # افتتاح خط جدید مترو تهران
            Le président : « Nous gagnerons » - Le Quotidien                  # Le Quotidien      # Le président : « Nous gagnerons »
            """)
    void stripsSiteAffixes(String title, String site, String expected) {
        assertThat(TitleCleaner.clean(title, site, "daily-example.com", List.of())).isEqualTo(expected);
    }

    @Test
    void stripsHostNameWhenNoSiteNameIsDeclared() {
        assertThat(TitleCleaner.clean("Understanding lifetimes | TechNotes.dev", null, "technotes.dev", List.of()))
                .isEqualTo("Understanding lifetimes");
        assertThat(TitleCleaner.clean("Understanding the borrow checker, part 2 - Tech Notes", null, "x.org", List.of()))
                .isEqualTo("Understanding the borrow checker, part 2");
    }

    @Test
    void prefersAMatchingHeading() {
        assertThat(TitleCleaner.clean("Senate passes stopgap budget – Politics – Example Times", null, "ex.com",
                List.of("Example Times", "Senate passes stopgap budget"))).isEqualTo("Senate passes stopgap budget");
        // A truncated JSON-LD headline is completed by the heading it starts.
        assertThat(TitleCleaner.clean("Hunter diagnosed with bubonic plague after eating a rabbit",
                "The Sun", "thesun.co.uk",
                List.of("Hunter diagnosed with bubonic plague after eating a rabbit making him third case")))
                .isEqualTo("Hunter diagnosed with bubonic plague after eating a rabbit making him third case");
        // The logo heading is never the title.
        assertThat(TitleCleaner.clean("Short news | Al Jazeera", "Al Jazeera", "aljazeera.com", List.of("Al Jazeera")))
                .isEqualTo("Short news");
    }

    @Test
    void fallsBackToTheHeadingAndKeepsPlainTitles() {
        assertThat(TitleCleaner.clean(null, null, null, List.of("  Headline only "))).isEqualTo("Headline only");
        assertThat(TitleCleaner.clean("  ", null, null, List.of())).isNull();
        assertThat(TitleCleaner.clean("A plain headline", "Site", "site.com", List.of())).isEqualTo("A plain headline");
    }
}
