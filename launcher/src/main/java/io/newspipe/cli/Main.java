package io.newspipe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code ./newspipe}: dispatches to the subcommands.
 * picocli makes one instance per command line; not thread-safe.
 */
@Command(name = "newspipe", mixinStandardHelpOptions = true, version = "newspipe 0.1.0",
        description = "Streaming news pipeline on Apache Kafka: extract, deduplicate, tag.",
        subcommands = {DemoCommand.class, ProcessCommand.class, StreamsCommand.class, ProducerCommand.class,
            CrawlCommand.class, ImportCommand.class, LagCommand.class, BenchCommand.class, EvalCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        int code = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        System.exit(code);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
