package io.newspipe.producer.importer;

import io.newspipe.producer.config.ProducerConfig;
import io.newspipe.producer.publish.KafkaPagePublisher;
import io.newspipe.producer.publish.PageSink;
import io.newspipe.producer.publish.ProducerMetrics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * {@code ./newspipe import warc <files>} and {@code ./newspipe import folder <folder>}: publish archived
 * pages to {@code news.raw-pages.v1}. The Kafka variants build an idempotent publisher from the
 * configuration and flush it before returning; the sink variants let the caller choose the sink.
 * Never calls {@code System.exit}. Thread-safe (no shared state).
 */
public final class ImportCommand {
    private ImportCommand() {
    }

    /** Imports WARC files into Kafka. */
    public static ImportReport warc(List<Path> files, ProducerConfig config) throws IOException {
        Objects.requireNonNull(config, "config");
        try (PageSink sink = new KafkaPagePublisher(config, ProducerMetrics.simple())) {
            ImportReport report = warc(files, sink, config.maxPageBytes());
            sink.flush();
            return report;
        }
    }

    /** Imports WARC files into any sink; bodies above {@code maxBodyBytes} become dead letters. */
    public static ImportReport warc(List<Path> files, PageSink sink, int maxBodyBytes) throws IOException {
        Objects.requireNonNull(files, "files");
        return new WarcImporter(sink, maxBodyBytes).importFiles(files);
    }

    /** Imports a folder of pages into Kafka. */
    public static ImportReport folder(Path folder, ProducerConfig config) throws IOException {
        Objects.requireNonNull(config, "config");
        try (PageSink sink = new KafkaPagePublisher(config, ProducerMetrics.simple())) {
            ImportReport report = folder(folder, sink, config.maxPageBytes());
            sink.flush();
            return report;
        }
    }

    /** Imports a folder of pages into any sink. */
    public static ImportReport folder(Path folder, PageSink sink, int maxBodyBytes) throws IOException {
        return new FolderImporter(sink, maxBodyBytes).importFolder(folder);
    }
}
