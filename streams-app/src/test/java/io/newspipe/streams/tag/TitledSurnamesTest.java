package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitledSurnamesTest {
    private static final TitledSurnames SURNAMES = surnames();

    private static TitledSurnames surnames() {
        TitledSurnames.Builder b = new TitledSurnames.Builder();
        b.add(1, "عبد الحميد الدبيبة");
        b.add(2, "فيصل بن فرحان");
        b.add(3, "هيفاء وهبي");
        b.add(4, "عبد اللطيف وهبي");
        b.add(5, "كامل الوزير");
        b.add(6, "fa:کی‌یر استارمر");
        b.add(7, "محمد اسلامی");
        b.addOrganisation("fa:جمهوری اسلامی ایران");
        return b.build();
    }

    private static List<Integer> found(String text) {
        TokenizedText t = TokenizedText.of(text);
        return java.util.stream.IntStream.range(0, t.tokens().size())
                .mapToObj(i -> SURNAMES.match(t.text(), t.tokens(), i))
                .filter(java.util.Objects::nonNull).map(m -> m.senses().get(0)).toList();
    }

    @Test
    void aFamilyNameAfterATitleNamesTheListedPerson() {
        assertThat(found("قال رئيس الحكومة الدبيبة إن الانتخابات ستجرى في موعدها")).containsExactly(1);
        assertThat(found("وقال رئيس حكومة الوحدة الوطنية دبيبة إن")).containsExactly(1);
        assertThat(found("نخست‌وزیر استارمر روز دوشنبه گفت")).containsExactly(6);
    }

    @Test
    void withoutATitleInTheSameClauseNothingIsFound() {
        assertThat(found("وصلت الدبيبة إلى المدينة")).isEmpty();
        assertThat(found("قال رئيس الحكومة، الدبيبة")).isEmpty();
    }

    @Test
    void ambiguousCommonAndFathersNamesAreNeverFamilyNames() {
        assertThat(found("وقال وزير العدل وهبي إن")).as("two people named وهبي").isEmpty();
        assertThat(found("قال الأمير فرحان")).as("a father's name after بن").isEmpty();
        assertThat(found("أعلن الوزير الوزير")).as("a title word").isEmpty();
        assertThat(found("رئیس جمهوری اسلامی")).as("a word of a body's name").isEmpty();
    }
}
