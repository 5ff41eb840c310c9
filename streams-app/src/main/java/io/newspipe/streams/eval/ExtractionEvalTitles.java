package io.newspipe.streams.eval;

import io.newspipe.streams.extract.PageDecoder;
import io.newspipe.streams.text.MatchingText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The reference title of a page and how an extracted title is judged against it. The benchmark has no
 * title truth, so the reference is the page's visible headline: the first {@code <h1>} whose words mostly
 * (≥ 60 %) appear in og:title or {@code <title>} and cover ≥ 40 % of that title's words (so a site-name
 * {@code <h1>} does not count); failing that og:title, then {@code <title>}. "Exact" means equal token
 * sequences after folding (case, Arabic letter variants, punctuation); "close" means token F1 ≥ 0.8.
 * Stateless and thread-safe.
 */
final class ExtractionEvalTitles {
    private static final double OVERLAP = 0.6;
    private static final double COVER = 0.4;
    private static final double CLOSE_F1 = 0.8;

    private ExtractionEvalTitles() {
    }

    static String reference(byte[] body, String url) {
        Document doc = Jsoup.parse(new PageDecoder().decode(body, null).text(), url);
        Element og = doc.selectFirst("meta[property=og:title], meta[name=og:title]");
        String ogTitle = og == null ? "" : og.attr("content").strip();
        String title = doc.title().strip();
        for (Element h1 : doc.select("h1")) {
            String text = h1.text().strip();
            List<String> tokens = tokens(text);
            if (tokens.size() >= 2 && (agrees(tokens, tokens(ogTitle)) || agrees(tokens, tokens(title)))) {
                return text;
            }
        }
        if (!ogTitle.isEmpty()) {
            return ogTitle;
        }
        return title.isEmpty() ? null : title;
    }

    /** Most of the heading's words are in the metadata title, and it is more than the site name there. */
    private static boolean agrees(List<String> heading, List<String> metadataTitle) {
        return containedShare(heading, metadataTitle) >= OVERLAP && containedShare(metadataTitle, heading) >= COVER;
    }

    static boolean exact(String title, String reference) {
        return title != null && tokens(title).equals(tokens(reference));
    }

    static boolean close(String title, String reference) {
        if (title == null) {
            return false;
        }
        List<String> a = tokens(title);
        List<String> b = tokens(reference);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        double common = containedShare(a, b) * a.size();
        return 2 * common / (a.size() + b.size()) >= CLOSE_F1;
    }

    static List<String> tokens(String text) {
        return new ArrayList<>(ExtractionScorer.tokens(MatchingText.fold(text)));
    }

    /** Share of {@code part}'s tokens (as a multiset) found in {@code whole}. */
    static double containedShare(List<String> part, List<String> whole) {
        if (part.isEmpty()) {
            return 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        whole.forEach(t -> counts.merge(t, 1, Integer::sum));
        int found = 0;
        for (String t : part) {
            Integer c = counts.get(t);
            if (c != null && c > 0) {
                counts.put(t, c - 1);
                found++;
            }
        }
        return (double) found / part.size();
    }
}
