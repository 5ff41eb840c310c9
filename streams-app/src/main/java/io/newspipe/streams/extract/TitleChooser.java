package io.newspipe.streams.extract;

import io.newspipe.streams.text.MatchingText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Picks the headline: the page's visible {@code <h1>} when it agrees with the metadata title (it then
 * carries no site-name suffix), else the metadata title, else a plausible {@code <h1>}. Stateless and
 * thread-safe.
 */
final class TitleChooser {
    private static final double AGREEMENT = 0.5;
    private static final int MAX_HEADINGS = 8;

    private TitleChooser() {
    }

    static String choose(Document doc, String metadataTitle) {
        return choose(doc.getElementsByTag("h1"), metadataTitle);
    }

    /** Like {@link #choose(Document, String)} over the page's {@code <h1>} elements in document order. */
    static String choose(List<Element> headings, String metadataTitle) {
        List<String> cleaned = new java.util.ArrayList<>();
        for (int i = 0; i < headings.size() && i <= MAX_HEADINGS; i++) {
            cleaned.add(TextCleaner.clean(headings.get(i).text()));
        }
        return chooseAmong(cleaned, metadataTitle);
    }

    /** Like {@link #choose(List, String)} over the headings' texts already cleaned ({@link TextCleaner#clean}). */
    static String chooseAmong(List<String> headings, String metadataTitle) {
        return chooseAmong(headings, metadataTitle, null, null);
    }

    /**
     * Like {@link #chooseAmong(List, String)}, with the page's other declared titles (og:title and
     * {@code <title>}, raw, nullable) as further witnesses: a retitled story often keeps its first headline
     * in one of the metadata titles (JSON-LD, og:title) while the visible heading and another declared
     * title carry the new one. The metadata title is asked first, the witnesses only when no heading
     * agrees with it.
     */
    static String chooseAmong(List<String> headings, String metadataTitle, String ogTitle, String documentTitle) {
        String agreed = agreeingHeading(headings, metadataTitle);
        if (agreed == null && ogTitle != null && !ogTitle.equals(metadataTitle)) {
            agreed = agreeingHeading(headings, ogTitle);
        }
        if (agreed == null && documentTitle != null && !documentTitle.equals(metadataTitle)) {
            agreed = agreeingHeading(headings, documentTitle);
        }
        if (agreed != null) {
            return agreed;
        }
        if (metadataTitle != null && !metadataTitle.isBlank()) {
            return metadataTitle;
        }
        return firstPlausible(headings);
    }

    /** The first of the first headings that agrees with {@code declared} (nullable), or null. */
    private static String agreeingHeading(List<String> headings, String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String[] meta = MatchingText.fold(declared).split(" ");
        for (int i = 0; i < headings.size() && i < MAX_HEADINGS; i++) {
            String text = headings.get(i);
            String[] tokens = MatchingText.fold(text).split(" ");
            if (text.isEmpty() || tokens.length > 60) {
                continue;
            }
            if (coveredShare(meta, tokens) >= AGREEMENT && coveredShare(tokens, meta) >= 0.6) {
                return text;
            }
        }
        return null;
    }

    /** The first of the first headings with at least three words, or null. */
    private static String firstPlausible(List<String> headings) {
        for (int i = 0; i < headings.size() && i < MAX_HEADINGS; i++) {
            String text = headings.get(i);
            int words = text.isEmpty() ? 0 : MatchingText.fold(text).split(" ").length;
            if (words >= 3 && words <= 60) {
                return text;
            }
        }
        return null;
    }

    /** Share of {@code part}'s tokens found in {@code whole} (multiset). */
    static double coveredShare(String[] part, String[] whole) {
        Map<String, Integer> counts = new HashMap<>();
        for (String t : whole) {
            counts.merge(t, 1, Integer::sum);
        }
        int found = 0;
        for (String t : part) {
            Integer c = counts.get(t);
            if (c != null && c > 0) {
                counts.put(t, c - 1);
                found++;
            }
        }
        return part.length == 0 ? 0 : (double) found / part.length;
    }
}
