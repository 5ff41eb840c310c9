package io.newspipe.streams.tag;

import java.util.List;
import java.util.Set;

/**
 * Arabic and Persian job titles that open with a body's name: "سخنگوی وزارت خارجه" (the foreign ministry's
 * spokesman), "معاون وزارت کشور", "المتحدث باسم وزارة الخارجية", "وكيل وزارة الصحة". The labelled sets, like news
 * readers, take such a title for a person's office, not for a mention of the body (the body is a mention where it
 * acts on its own: "وزارت خارجه اعلام کرد"). Stateless and thread-safe.
 */
final class SpokespersonTitles {
    /** Folded words that, right before a body's name, make it part of an office holder's title. */
    private static final Set<String> ARABIC = TextTokenizer.foldedWords("باسم وباسم وكيل ووكيل");
    private static final Set<String> PERSIAN = TextTokenizer.foldedWords("سخنگوی سخنگو معاون مشاور");

    private SpokespersonTitles() {
    }

    /** Whether the body named from token {@code start} of a text in {@code language} is inside an office title. */
    static boolean opens(List<Token> tokens, int start, String language) {
        if (start == 0) {
            return false;
        }
        Set<String> titles = "fa".equals(language) ? PERSIAN : "ar".equals(language) ? ARABIC : Set.of();
        return titles.contains(tokens.get(start - 1).folded());
    }
}
