package io.newspipe.producer.crawl;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one poll did. Immutable.
 *
 * @param listingsFetched feeds, sitemaps and start pages fetched with a body
 * @param notModified of those, answered 304 (nothing to do)
 * @param candidates page URLs listed
 * @param newUrls listed URLs not seen before
 * @param revisits seen URLs fetched again because a listing shows a later last-change date
 * @param pages pages handed to the sink
 * @param deadLetters dead letters handed to the sink
 * @param failures failed fetches by reason (listings and pages)
 */
public record PollReport(int listingsFetched, int notModified, int candidates, int newUrls, int revisits, int pages,
                         int deadLetters, Map<String, Integer> failures) {
    public static final PollReport EMPTY = new PollReport(0, 0, 0, 0, 0, 0, 0, Map.of());

    public PollReport {
        failures = Map.copyOf(failures);
    }

    public PollReport plus(PollReport o) {
        Map<String, Integer> f = new TreeMap<>(failures);
        o.failures.forEach((k, v) -> f.merge(k, v, Integer::sum));
        return new PollReport(listingsFetched + o.listingsFetched, notModified + o.notModified,
                candidates + o.candidates, newUrls + o.newUrls, revisits + o.revisits, pages + o.pages,
                deadLetters + o.deadLetters, f);
    }

    @Override
    public String toString() {
        return "listings " + listingsFetched + " (304: " + notModified + "), listed " + candidates + ", new "
                + newUrls + ", revisited " + revisits + ", pages " + pages + ", dead letters " + deadLetters
                + (failures.isEmpty() ? "" : ", failures " + new TreeMap<>(failures));
    }
}
