package io.newspipe.producer.publish;

import io.newspipe.avro.DeadLetter;
import io.newspipe.avro.RawPage;

/**
 * Where fetched or imported pages go: Kafka ({@link KafkaPagePublisher}), a page folder
 * ({@link FolderPageSink}) or a counter ({@link CountingSink}). Implementations must be thread-safe: the
 * crawler hands pages from several threads. A sink never throws for one bad page; it turns it into a
 * dead letter.
 */
public interface PageSink extends AutoCloseable {
    /** Publishes a raw page under its canonical URL. */
    void page(String canonicalUrl, RawPage page);

    /** Publishes a dead letter for a page that cannot be published. */
    void deadLetter(String url, DeadLetter letter);

    /** Waits until everything handed over so far is written. */
    default void flush() {
    }

    @Override
    void close();
}
