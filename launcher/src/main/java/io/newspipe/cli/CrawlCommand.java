package io.newspipe.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./newspipe crawl --sources <file.yaml> --out <folder>}: one polite crawl into a page folder. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = {"Fetches the sources once, politely (robots.txt, per-host delay, conditional GET), and",
            "writes the pages it would publish as a page folder (pages.tsv + files), then exits. No broker."})
final class CrawlCommand implements Callable<Integer> {
    @Option(names = "--sources", required = true, paramLabel = "<file.yaml>", description = "Sources file.")
    Path sources;

    @Option(names = "--out", required = true, paramLabel = "<folder>", description = "Output page folder.")
    Path out;

    @Override
    public Integer call() {
        return io.newspipe.producer.crawl.CrawlCommand.run(sources, out, System.out);
    }
}
