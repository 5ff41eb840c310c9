package io.newspipe.producer.crawl;

import java.util.Map;
import java.util.TreeMap;

/** Mutable counters of one poll of one site; confined to the polling thread. */
final class Tally {
    int listings;
    int notModified;
    int candidates;
    int newUrls;
    int revisits;
    int pages;
    int deadLetters;
    final Map<String, Integer> failures = new TreeMap<>();

    void failure(String reason) {
        failures.merge(reason, 1, Integer::sum);
    }

    PollReport report() {
        return new PollReport(listings, notModified, candidates, newUrls, revisits, pages, deadLetters, failures);
    }
}
