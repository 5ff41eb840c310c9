package io.newspipe.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {
    @Test
    void contentHashOfCharsEncodesUtf8AsStringGetBytesDoes() {
        // ASCII, two- and three-byte characters, a surrogate pair, unpaired surrogates (encoded as '?')
        for (String text : new String[] {"", "plain", "élysée", "الحكومه", "a😀b", "x\uD800y", "\uDC00", "z\uD83D"}) {
            char[] padded = (text + "tail").toCharArray();
            assertThat(ArticleIds.contentHash(padded, text.length())).as(text).isEqualTo(ArticleIds.contentHash(text));
        }
        assertThat(ArticleIds.contentHash("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
