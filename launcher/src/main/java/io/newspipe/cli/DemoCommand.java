package io.newspipe.cli;

import io.newspipe.demo.DemoRunner;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./newspipe demo}: the whole pipeline on an embedded broker against bundled sample sites. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Starts an embedded Kafka broker, the streams app and the producer against bundled sample",
            "news sites served on loopback, waits until every page is accounted for, prints a summary.",
            "No network beyond loopback, no Docker."})
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--timeout", defaultValue = "120", paramLabel = "<seconds>",
            description = "How long to wait for the pipeline to account for every page (default ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        return new DemoRunner(System.out, Duration.ofSeconds(timeoutSeconds)).run();
    }
}
