package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Arab and Iranian clubs written by a bare name that is a word count only in a match report naming two clubs. */
class BareClubNamesTest {
    private static List<String> organisations(String language, String title, String body) {
        return TaggedText.organisations(language, title, body);
    }

    @Test
    void twoClubsOfOneLeagueInAMatchReport() {
        assertThat(organisations("ar", "قمة الدوري",
                "فاز الهلال على النصر بهدفين مقابل هدف في قمة الجولة العاشرة مساء الجمعة."))
                .contains("Al Hilal", "Al Nassr");
        assertThat(organisations("fa", "دربی",
                "استقلال و پرسپولیس در دربی تهران مساوی کردند و تراکتور هم به سپاهان باخت."))
                .contains("Esteghlal F.C.", "Tractor S.C.");
    }

    @Test
    void aSharedNameIsTheClubOfTheLeagueTheTextNames() {
        assertThat(organisations("ar", "القمة", "تعادل الأهلي مع الزمالك سلبيا في مباراة القمة مساء الأحد."))
                .contains("Al Ahly").doesNotContain("Al-Ahli Saudi FC", "Al Ahli SC");
        assertThat(organisations("ar", "ديربي جدة", "فاز الاتحاد على الأهلي في ديربي جدة ضمن الجولة العاشرة."))
                .contains("Al-Ittihad Club", "Al-Ahli Saudi FC");
    }

    @Test
    void wordsOutsideAMatchReportStayWords() {
        // no football word: the crescent and "victory"
        assertThat(organisations("ar", "رؤية الهلال",
                "أعلنت المحكمة العليا ثبوت رؤية الهلال، واحتفل الناس بالنصر في الأهلي من الأحياء."))
                .noneMatch(n -> n.contains("Hilal") || n.contains("Nassr") || n.contains("Ahl"));
        // one club only, beside another body's name
        assertThat(organisations("ar", "المباراة",
                "أكد الاتحاد الآسيوي لكرة القدم أن الهلال سيلعب المباراة في موعدها."))
                .doesNotContain("Al Hilal", "Al-Ittihad Club");
        assertThat(organisations("ar", "أرباح", "قال البنك الأهلي إن أرباحه ارتفعت بعد فوز النصر في المباراة."))
                .noneMatch(n -> n.contains("Ahl") || n.contains("Nassr"));
    }
}
