package io.newspipe.streams.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The result of an extraction evaluation: benchmark precision, recall and F1, title accuracy and
 * throughput, with the per-page figures behind them. Immutable.
 *
 * @param pages pages scored
 * @param articles pages the extractor accepted as articles (the others were rejected)
 * @param precision averaged per-page precision
 * @param recall averaged per-page recall
 * @param f1 F1 of the two averages
 * @param titlePages pages with a reference title (an {@code <h1>} agreeing with og:title / title, or those)
 * @param titlesExact titles equal to the reference after normalisation
 * @param titlesClose titles with token F1 ≥ 0.8 against the reference
 * @param pagesPerSecondOneThread extraction throughput on one thread (decode, parse, extract, clean)
 * @param pagesPerCpuSecond the same per CPU-second of that thread: pages/second per core, whatever else runs
 * @param bytesAllocatedPerPage heap allocated per page on one thread (all garbage once the page is done)
 * @param pagesPerSecondAllThreads extraction throughput on {@code threads} threads
 * @param threads threads used for the second figure
 * @param perPage per-page results, in input order
 */
public record ExtractionReport(int pages, int articles, double precision, double recall, double f1,
        int titlePages, int titlesExact, int titlesClose, double pagesPerSecondOneThread,
        double pagesPerCpuSecond, double pagesPerSecondAllThreads, int threads, long bytesAllocatedPerPage,
        List<PageResult> perPage) {

    public ExtractionReport {
        perPage = List.copyOf(perPage);
    }

    /**
     * One page's figures.
     *
     * @param id the page id (file name without extension)
     * @param url the page URL
     * @param outcome "article" or the rejection reason
     * @param precision page precision (NaN when nothing was predicted)
     * @param recall page recall
     * @param title the extracted title, or null
     * @param referenceTitle the reference title, or null
     * @param titleExact whether the title matched exactly after normalisation
     */
    public record PageResult(String id, String url, String outcome, double precision, double recall,
            String title, String referenceTitle, boolean titleExact) {
    }

    /** Exact-title share of pages with a reference title. */
    public double titleAccuracy() {
        return titlePages == 0 ? 0 : (double) titlesExact / titlePages;
    }

    /** Close-title share of pages with a reference title. */
    public double titleCloseAccuracy() {
        return titlePages == 0 ? 0 : (double) titlesClose / titlePages;
    }

    /** A printable summary followed by the {@code worst} pages by F1. */
    public String format(int worst) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "pages            %d (%d articles, %d rejected)%n",
                pages, articles, pages - articles));
        out.append(String.format(Locale.ROOT, "precision        %.4f%n", precision));
        out.append(String.format(Locale.ROOT, "recall           %.4f%n", recall));
        out.append(String.format(Locale.ROOT, "F1               %.4f%n", f1));
        out.append(String.format(Locale.ROOT, "title exact      %.4f (%d/%d pages with a reference title)%n",
                titleAccuracy(), titlesExact, titlePages));
        out.append(String.format(Locale.ROOT, "title close      %.4f (token F1 >= 0.8)%n", titleCloseAccuracy()));
        out.append(String.format(Locale.ROOT, "pages/second     %.1f on 1 thread (%.1f per CPU-second), %.1f on %d threads%n",
                pagesPerSecondOneThread, pagesPerCpuSecond, pagesPerSecondAllThreads, threads));
        out.append(String.format(Locale.ROOT, "heap per page    %.1f MB allocated on 1 thread (transient)%n",
                bytesAllocatedPerPage / 1e6));
        if (worst > 0) {
            out.append(String.format(Locale.ROOT, "worst pages:%n"));
            perPage.stream().sorted(Comparator.comparingDouble(ExtractionReport::pageF1)).limit(worst)
                    .forEach(p -> out.append(String.format(Locale.ROOT, "  P=%.3f R=%.3f %-14s %s %s%n",
                            p.precision(), p.recall(), p.outcome(), p.id(), p.url())));
        }
        return out.toString();
    }

    static double pageF1(PageResult p) {
        double precision = Double.isNaN(p.precision()) ? 0 : p.precision();
        double recall = Double.isNaN(p.recall()) ? 0 : p.recall();
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
