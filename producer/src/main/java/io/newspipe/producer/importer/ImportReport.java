package io.newspipe.producer.importer;

import java.util.Map;

/**
 * What an import did. Immutable.
 *
 * @param records records (WARC) or lines (folder) read
 * @param pages raw pages handed to the sink
 * @param deadLetters dead letters handed to the sink (too large, unreadable)
 * @param skipped records that are not pages (requests, metadata, redirects, non-HTML), by reason
 */
public record ImportReport(long records, long pages, long deadLetters, Map<String, Long> skipped) {
    public ImportReport {
        skipped = Map.copyOf(skipped);
    }

    @Override
    public String toString() {
        return records + " records: " + pages + " pages, " + deadLetters + " dead letters, skipped " + skipped;
    }
}
