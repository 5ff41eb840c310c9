package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class AuthorNamesTest {

    private static List<String> names(String... raw) {
        return AuthorNames.names(List.of(raw), "The Daily Example", false);
    }

    @Test
    void stripsLeadInsAndSplitsLists() {
        assertThat(names("By Jane Doe and John Roe")).containsExactly("Jane Doe", "John Roe");
        assertThat(names("Par Jean Dupont et Marie Lefèvre")).containsExactly("Jean Dupont", "Marie Lefèvre");
        assertThat(names("Written by: Ana María de la Cruz")).containsExactly("Ana María de la Cruz");
        assertThat(names("Analysis by Chris Cillizza, CNN Editor-at-large")).containsExactly("Chris Cillizza");
        assertThat(names("Jane Doe & John Roe | Reuters")).containsExactly("Jane Doe", "John Roe");
    }

    @Test
    void arabicAndPersianBylines() {
        assertThat(names("بقلم: علي حسين الموسوي")).containsExactly("علي حسين الموسوي");
        assertThat(names("كتب: سامر الأحمد و ريم خوري")).containsExactly("سامر الأحمد", "ريم خوري");
        assertThat(names("كتبت ليلى عبد الله")).containsExactly("ليلى عبد الله");
        // A name that starts with و (Walid) must not be split.
        assertThat(names("بقلم وليد خالد")).containsExactly("وليد خالد");
        assertThat(names("نویسنده: مریم رضایی")).containsExactly("مریم رضایی");
        assertThat(names("المحرر", "وكالات", "رويترز", "أ ف ب")).isEmpty();
    }

    @Test
    void rejectsWhatIsNotAPerson() {
        assertThat(names("Staff", "Editor", "Staff Writer", "AP Sports Writer", "The Associated Press", "Reuters",
                "admin", "Home", "Login", "https://www.facebook.com/dailyexample", "@janedoe", "jane@example.org",
                "November 19, 2019", "Updated 10:32 AM", "The Daily Example", "Daily Example Staff",
                "Catherine commented on", "Olivia (GiveWell)", "rmb", "Гость",
                "A very long string that cannot possibly be the name of a single person writing")).isEmpty();
    }

    @Test
    void bylineWithDateKeepsOnlyTheName() {
        assertThat(names("By Reuters November 19, 2019, Jane Doe")).containsExactly("Jane Doe");
        assertThat(names("Carrie Arnold November 15, 2019", "Carrie Arnold", "Carrie Arnold Contributing Writer"))
                .containsExactly("Carrie Arnold");
    }

    @Test
    void singleWordsOnlyFromStructuredDataOrUnspacedScripts() {
        assertThat(names("Regan")).isEmpty();
        assertThat(AuthorNames.names(List.of("Regan"), null, true)).containsExactly("Regan");
        assertThat(names("김철수")).containsExactly("김철수");
    }

    @Test
    void deduplicatesIgnoringCaseAndPunctuation() {
        assertThat(names("Jane Doe", "JANE DOE", "Jane Doe.")).containsExactly("Jane Doe");
    }

    @Property(tries = 500)
    void neverThrowsAndKeepsNamesShort(@ForAll String raw) {
        for (String n : AuthorNames.names(List.of(raw), raw, false)) {
            assertThat(n.length()).isBetween(2, 60);
        }
    }
}
