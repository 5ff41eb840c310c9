package io.newspipe.streams.metrics;

import java.util.Objects;

/**
 * Extraction health of one site so far: how many articles were extracted and how many had a
 * title, date and author, and their mean body length. Immutable.
 *
 * @param site site label
 * @param pages articles extracted
 * @param withTitle of which with a title
 * @param withDate of which with a publication date
 * @param withAuthor of which with an author
 * @param meanBodyChars mean body length in characters (0 with no pages)
 */
public record SiteHealth(String site, long pages, long withTitle, long withDate, long withAuthor,
        double meanBodyChars) {
    public SiteHealth {
        Objects.requireNonNull(site, "site");
    }

    /** Share of pages with a title, 0 with no pages. */
    public double titleShare() {
        return share(withTitle);
    }

    /** Share of pages with a date, 0 with no pages. */
    public double dateShare() {
        return share(withDate);
    }

    /** Share of pages with an author, 0 with no pages. */
    public double authorShare() {
        return share(withAuthor);
    }

    private double share(long n) {
        return pages == 0 ? 0 : (double) n / pages;
    }
}
