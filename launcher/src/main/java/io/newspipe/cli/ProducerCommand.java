package io.newspipe.cli;

import io.newspipe.producer.crawl.ProducerService;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./newspipe producer --config <file>}: the live scraper service. */
@Command(name = "producer", mixinStandardHelpOptions = true,
        description = {"Polls the sources (feeds, sitemaps, start pages) politely and publishes new pages to",
            "news.raw-pages.v1 until stopped. The properties file names bootstrap.servers, sources (YAML),",
            "state.dir, max.page.bytes, metrics.port; NEWSPIPE_* environment variables override."})
final class ProducerCommand implements Callable<Integer> {
    @Option(names = "--config", required = true, paramLabel = "<file>", description = "Producer properties file.")
    Path config;

    @Override
    public Integer call() {
        return ProducerService.run(config, System.out);
    }
}
