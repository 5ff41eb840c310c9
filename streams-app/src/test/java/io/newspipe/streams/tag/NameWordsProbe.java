package io.newspipe.streams.tag;

/** The length in words of the run {@link NameWords#runEnd} reads from a text's first word: for tests. */
final class NameWordsProbe {
    private NameWordsProbe() {
    }

    static int run(String language, String text) {
        TokenizedText part = TokenizedText.of(text);
        NameWords words = new NameWords(part.text(), part.tokens(), language, Stopwords.load());
        return words.runEnd(0);
    }
}
