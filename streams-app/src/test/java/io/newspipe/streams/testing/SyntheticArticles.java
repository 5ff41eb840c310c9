package io.newspipe.streams.testing;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Distinct English news-like article pages for pipeline tests: each seed gives different sentences
 * drawn from a common vocabulary, so two seeds are neither exact nor near duplicates, while the page
 * around them looks like a real article page (nav, byline, related box, footer).
 */
public final class SyntheticArticles {
    private static final String[] SUBJECTS = {"The council", "Port officials", "The union", "Local traders",
        "The health ministry", "Researchers", "The regional government", "Fishermen", "The airport operator",
        "Teachers", "The central bank", "Farmers", "The football club", "Residents", "The energy company",
        "Police", "The university", "Hospital managers", "The transport authority", "Environmental groups"};
    private static final String[] VERBS = {"announced", "rejected", "approved", "delayed", "criticised",
        "welcomed", "questioned", "proposed", "defended", "reviewed", "postponed", "confirmed", "funded",
        "expanded", "cancelled", "investigated", "praised", "challenged", "extended", "reported"};
    private static final String[] OBJECTS = {"a new bridge across the estuary", "plans for a wind farm",
        "the budget for next year", "a pay offer for nurses", "the closure of two schools",
        "a study of coastal erosion", "longer opening hours at the library", "a ban on night flights",
        "the merger of three clinics", "fresh investment in rail lines", "a tax on holiday homes",
        "repairs to the harbour wall", "a plan to cut waiting lists", "the sale of public land",
        "a programme to plant trees", "stricter rules for landlords", "a report on air quality",
        "new cycle lanes in the centre", "the price of water", "a scheme for young apprentices"};
    private static final String[] TAILS = {"after a long debate on Tuesday", "despite strong opposition",
        "following months of talks", "ahead of the winter season", "according to a statement",
        "citing rising costs", "in a vote late on Monday", "after complaints from residents",
        "with support from local businesses", "at a meeting in the town hall", "for the third time this year",
        "as figures showed a sharp rise", "in response to the flooding", "amid concern over safety",
        "to the surprise of many observers", "under pressure from campaigners"};

    private SyntheticArticles() {
    }

    /** The HTML of article number {@code seed}: a title and six paragraphs of distinct sentences. */
    public static String page(int seed, String url) {
        return page(seed, url, 6);
    }

    /**
     * The HTML of article number {@code seed} with {@code paragraphs} paragraphs of three sentences (ten
     * give at least 150 distinct words per body); the first six are those of {@link #page(int, String)}.
     */
    public static String page(int seed, String url, int paragraphs) {
        SplittableRandom random = new SplittableRandom(seed * 7919L + 13);
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            body.append("<p>");
            for (int s = 0; s < 3; s++) {
                body.append(sentence(random)).append(' ');
            }
            body.append("</p>\n");
        }
        String title = sentence(random).replace(".", "");
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                <title>%s | The Daily Harbor</title><link rel="canonical" href="%s"></head>
                <body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
                <article><h1>%s</h1><p class="byline">By Staff Reporter %d</p>
                %s</article>
                <aside><h3>Most read</h3><ul><li><a href="/a">Council approves new bridge</a></li>
                <li><a href="/b">Storm warning for the coast</a></li></ul></aside>
                <footer>© 2024 The Daily Harbor</footer></body></html>
                """.formatted(title, url, title, seed, body);
    }

    private static String sentence(SplittableRandom r) {
        return String.format(Locale.ROOT, "%s %s %s %s, with %d people affected.",
                SUBJECTS[r.nextInt(SUBJECTS.length)], VERBS[r.nextInt(VERBS.length)],
                OBJECTS[r.nextInt(OBJECTS.length)], TAILS[r.nextInt(TAILS.length)], 10 + r.nextInt(9990));
    }
}
