package io.newspipe.streams.tag;

import java.util.ArrayList;
import java.util.List;

/**
 * The text {@link LanguageIdentifier} reads (the title and the start of the body) and its words, taken
 * from the title and body already split rather than splitting the sample again. Stateless.
 */
final class LanguageSample {
    private LanguageSample() {
    }

    /** The text read: the title, ".\n", and the body up to {@code sampleChars} chars in all. */
    static String of(String title, String body, int sampleChars) {
        int titleChars = title == null ? 0 : title.length() + 2;
        int bodyChars = body == null ? 0 : Math.min(body.length(), Math.max(0, sampleChars - titleChars));
        if (titleChars == 0) {
            return body == null ? "" : body.substring(0, bodyChars);
        }
        // sized once: the sample is a few thousand chars, a growing builder copied it several times
        StringBuilder sb = new StringBuilder(titleChars + bodyChars);
        sb.append(title).append(".\n");
        if (body != null) {
            sb.append(body, 0, bodyChars);
        }
        return sb.toString();
    }

    /**
     * The words of {@code sample} ({@link #of}) from the words of its title and body: the title's
     * words, then the body's words that end inside the sample, then the words of a body word cut by the
     * sample's end, split anew. Falls back to splitting the sample when the given words are not of
     * these texts.
     */
    static List<Token> tokens(String sample, String title, String body, TokenizedText titleText,
            TokenizedText bodyText) {
        int titleChars = title == null ? 0 : title.length() + 2;
        int bodyChars = sample.length() - titleChars;
        boolean sameTitle = title == null ? titleText.tokens().isEmpty() : title.equals(titleText.text());
        boolean sameBody = body != null && bodyText.text().length() >= bodyChars
                && body.regionMatches(0, bodyText.text(), 0, bodyChars);
        if (!sameTitle || (bodyChars > 0 && !sameBody)) {
            return TextTokenizer.tokens(sample);
        }
        List<Token> out = new ArrayList<>(titleText.tokens().size() + bodyChars / 5 + 1);
        out.addAll(titleText.tokens());
        for (Token t : bodyText.tokens()) {
            if (t.end() <= bodyChars) {
                out.add(t);
            } else {
                if (t.start() < bodyChars) {
                    out.addAll(TextTokenizer.tokens(body.substring(t.start(), bodyChars)));
                }
                break;
            }
        }
        return out;
    }
}
