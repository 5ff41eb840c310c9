package io.newspipe.streams.process;

import java.util.Locale;

/**
 * Counts of one run over a folder.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pagesIn raw pages read
 * @param articles new articles (revision 1)
 * @param revisions revisions of known articles
 * @param duplicates duplicate notices
 * @param deadLetters dead letters
 */
public record ProcessSummary(int pagesIn, int articles, int revisions, int duplicates, int deadLetters) {

    /** Whether every page is accounted for exactly once. */
    public boolean balanced() {
        return pagesIn == articles + revisions + duplicates + deadLetters;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "pages in %d; articles %d, revisions %d, duplicates %d, dead letters %d%s",
                pagesIn, articles, revisions, duplicates, deadLetters, balanced() ? "" : " (UNBALANCED)");
    }
}
