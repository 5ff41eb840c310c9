package io.newspipe.cli;

import io.newspipe.producer.config.ProducerConfig;
import io.newspipe.producer.importer.ImportReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./newspipe import warc <files>} and {@code ./newspipe import folder <folder>}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Publishes archived pages to news.raw-pages.v1.",
        subcommands = {ImportCommand.Warc.class, ImportCommand.Folder.class})
final class ImportCommand implements Runnable {
    @Override
    public void run() {
        System.out.println("usage: ./newspipe import warc <files...> | ./newspipe import folder <folder>");
    }

    /** Shared options: where the broker is. */
    static class Target {
        @Option(names = "--config", paramLabel = "<file>", description = "Producer properties file.")
        Path config;

        @Option(names = "--bootstrap-servers", paramLabel = "<host:port>", description = "Overrides bootstrap.servers.")
        String bootstrapServers;

        ProducerConfig load() throws java.io.IOException {
            ProducerConfig base = config != null ? ProducerConfig.load(config) : ProducerConfig.of(
                    System.getenv().getOrDefault("NEWSPIPE_BOOTSTRAP_SERVERS", ProducerConfig.DEFAULT_BOOTSTRAP));
            return bootstrapServers == null ? base : new ProducerConfig(bootstrapServers, base.sources(),
                    base.stateDir(), base.maxPageBytes(), base.clientId(), base.metricsPort(), base.kafka());
        }
    }

    @Command(name = "warc", mixinStandardHelpOptions = true,
            description = "Imports WARC files (e.g. CC-NEWS): response records become raw pages.")
    static final class Warc extends Target implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "<file.warc[.gz]>")
        List<Path> files;

        @Override
        public Integer call() throws Exception {
            ImportReport report = io.newspipe.producer.importer.ImportCommand.warc(files, load());
            System.out.println(report);
            return 0;
        }
    }

    @Command(name = "folder", mixinStandardHelpOptions = true,
            description = "Imports a page folder (pages.tsv + files, CONTRACTS.md section 4).")
    static final class Folder extends Target implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "<folder>")
        Path folder;

        @Override
        public Integer call() throws Exception {
            ImportReport report = io.newspipe.producer.importer.ImportCommand.folder(folder, load());
            System.out.println(report);
            return 0;
        }
    }
}
