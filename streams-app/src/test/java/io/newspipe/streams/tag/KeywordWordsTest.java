package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordWordsTest {
    @Test
    void aKeyMetInBothScriptsHasOneIdAndEachScriptsOwnAnswer() {
        // "الxyzw" is in Arabic script and its key drops the article: "xyzw", the key of the Latin word too
        TokenizedText title = TokenizedText.of("Xyzw news");
        TokenizedText body = TokenizedText.of("الxyzw and xyzw. Xyzw again الxyzw.");
        List<String> asked = new ArrayList<>();
        KeywordWords w = KeywordWords.of(title, body, (t, key) -> {
            asked.add(t.folded() + "/" + key);
            return !t.arabicScript();
        });
        try {
            int latin = w.keyId[0];
            assertThat(w.token(2).arabicScript()).isTrue();
            assertThat(w.keyId[2]).isEqualTo(latin);
            assertThat(w.keyId[4]).isEqualTo(latin);
            assertThat(w.keyId[7]).isEqualTo(latin);
            assertThat(w.usable(0)).isTrue();
            assertThat(w.usable(2)).isFalse();
            assertThat(w.usable(4)).isTrue();
            assertThat(w.usable(7)).isFalse();
            // once per folded form and script
            assertThat(asked).containsExactly("xyzw/xyzw", "news/news", "الxyzw/xyzw", "and/and", "again/again");
            assertThat(w.capital(0)).isTrue();
            assertThat(w.latinCapital(0)).isTrue();
            assertThat(w.opensSentence(5)).isTrue();
            assertThat(w.sentenceCount).isEqualTo(3);
        } finally {
            w.release();
        }
    }

    @Test
    void anArabicScriptWordFirstThenTheLatinOne() {
        TokenizedText title = TokenizedText.of("");
        TokenizedText body = TokenizedText.of("الxyzw xyzw xyzw");
        KeywordWords w = KeywordWords.of(title, body, (t, key) -> !t.arabicScript());
        try {
            assertThat(w.keyCount).isEqualTo(1);
            assertThat(w.usable(0)).isFalse();
            assertThat(w.usable(1)).isTrue();
            assertThat(w.usable(2)).isTrue();
            assertThat(w.tf[0]).isEqualTo(2);
        } finally {
            w.release();
        }
    }
}
