package io.newspipe.streams.tag;

import io.newspipe.streams.text.MatchingText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Persian inflection suffixes written after a zero-width non-joiner: the plural ها / های, the ezafe and
 * indefinite ی / ای, the possessives and the comparative ("سیلاب‌های" = the floods of). The topic lexicon
 * lists nouns in their bare form, and the tokenizer folds the joiner away, so the stem before the joiner is
 * one more form to look up. Stateless and thread-safe.
 */
final class PersianInflections {
    private static final char ZWNJ = '\u200C';
    /** The suffixes as {@link MatchingText#fold} writes them (ی as ي). */
    private static final Set<String> SUFFIXES = Set.of("ها", "هاي", "هايي", "اي", "ي", "يي", "ام", "ات", "اش",
            "مان", "تان", "شان", "تر", "ترين");
    private static final int MIN_STEM = 2;

    private PersianInflections() {
    }

    /**
     * {@code forms} and, last, the stem of {@code token} when it ends in an inflection suffix after a
     * zero-width non-joiner; {@code forms} itself (not copied) otherwise.
     */
    static List<String> withStem(Token token, List<String> forms) {
        String surface = token.surface();
        int joiner = surface.lastIndexOf(ZWNJ);
        if (joiner <= 0 || joiner == surface.length() - 1) {
            return forms;
        }
        // folded as the token is, so that the tail compares with the folded word's end
        String tail = MatchingText.fold(surface.substring(joiner + 1));
        String folded = token.folded();
        if (!SUFFIXES.contains(tail) || !folded.endsWith(tail) || folded.length() - tail.length() < MIN_STEM) {
            return forms;
        }
        String stem = folded.substring(0, folded.length() - tail.length());
        if (forms.contains(stem)) {
            return forms;
        }
        List<String> out = new ArrayList<>(forms.size() + 1);
        out.addAll(forms);
        out.add(stem);
        return out;
    }
}
