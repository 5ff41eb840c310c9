package io.newspipe.producer.crawl;

import io.newspipe.producer.config.Sources;
import io.newspipe.producer.config.SourcesParser;
import io.newspipe.producer.guard.HostResolver;
import io.newspipe.producer.publish.FolderPageSink;
import io.newspipe.producer.publish.ProducerMetrics;
import io.newspipe.producer.state.CrawlState;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ./newspipe crawl --sources <file.yaml> --out <folder>}: fetches the sources once, politely, and
 * writes the pages it would publish as a folder of pages (CONTRACTS.md section 4); the pages that would be
 * dead letters are listed in {@code dead-letters.tsv}. Starts from an empty seen-set, so every run fetches
 * the same listed pages. Never calls {@code System.exit}. Thread-safe (no shared state).
 */
public final class CrawlCommand {
    private static final Logger LOG = LoggerFactory.getLogger(CrawlCommand.class);

    private CrawlCommand() {
    }

    /** Runs the command; returns the exit status (0 done, 2 bad sources file, 1 I/O failure). */
    public static int run(Path sourcesYaml, Path outFolder, PrintStream out) {
        return run(sourcesYaml, outFolder, out, HostResolver.system());
    }

    /** As {@link #run(Path, Path, PrintStream)} with a given resolver (tests use a stub). */
    public static int run(Path sourcesYaml, Path outFolder, PrintStream out, HostResolver resolver) {
        Objects.requireNonNull(sourcesYaml, "sourcesYaml");
        Objects.requireNonNull(outFolder, "outFolder");
        Objects.requireNonNull(out, "out");
        Sources sources;
        try {
            sources = SourcesParser.parse(sourcesYaml);
        } catch (IllegalArgumentException | IOException e) {
            out.println("crawl: cannot read " + sourcesYaml + ": " + e.getMessage());
            return 2;
        }
        long start = System.nanoTime();
        try (FolderPageSink sink = new FolderPageSink(outFolder)) {
            PollReport report = new SourceCrawler(sources, resolver, CrawlState.inMemory(), sink,
                    ProducerMetrics.simple()).pollAll(4);
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(java.util.Locale.ROOT, "crawl: %d sites in %.1f s: %s%n", sources.sites().size(), seconds,
                    report);
            out.println("crawl: wrote " + sink.pages() + " pages to " + outFolder + " ("
                    + sink.deadLetters() + " dead letters in " + FolderPageSink.DEAD_LETTERS + ")");
            return 0;
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.error("crawl failed", e);
            out.println("crawl: " + e.getMessage());
            return 1;
        }
    }
}
