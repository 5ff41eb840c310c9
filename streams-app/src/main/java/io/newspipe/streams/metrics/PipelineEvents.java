package io.newspipe.streams.metrics;

/**
 * What the topology reports as pages flow, for metrics. Implementations must be thread-safe (every
 * stream thread calls them) and cheap; they must never throw. Free of Kafka types.
 */
public interface PipelineEvents {
    /** Output kinds, stable label values. */
    String ARTICLE = "article";
    String REVISION = "revision";
    String DUPLICATE = "duplicate";
    String DEAD_LETTER = "dead_letter";

    /** Ignores everything. */
    PipelineEvents NONE = new PipelineEvents() {
    };

    /** A raw page entered the pipeline (before decoding). */
    default void pageIn() {
    }

    /**
     * A page left the pipeline.
     *
     * @param kind one of {@link #ARTICLE}, {@link #REVISION}, {@link #DUPLICATE}, {@link #DEAD_LETTER}
     * @param reason dedup method or dead-letter reason; null for articles
     * @param site site name, or null when unknown
     * @param inputTimestampMs the raw record's timestamp, for end-to-end latency
     */
    default void pageOut(String kind, String reason, String site, long inputTimestampMs) {
    }

    /**
     * The extractor made an article of a page: what it found, for extraction health per site.
     *
     * @param site site name
     * @param hasTitle a title was found
     * @param hasDate a publication date was found
     * @param hasAuthor at least one author was found
     * @param bodyChars length of the body text
     */
    default void extracted(String site, boolean hasTitle, boolean hasDate, boolean hasAuthor, int bodyChars) {
    }
}
