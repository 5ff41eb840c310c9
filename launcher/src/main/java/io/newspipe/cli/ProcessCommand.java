package io.newspipe.cli;

import io.newspipe.streams.config.ConfigLoader;
import io.newspipe.streams.config.StreamsAppConfig;
import io.newspipe.streams.process.FolderProcessor;
import io.newspipe.streams.process.ProcessSummary;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./newspipe process <folder> --out <file.jsonl>}: the topology over a folder, no broker. */
@Command(name = "process", mixinStandardHelpOptions = true,
        description = {"Runs the streams topology over a folder of pages (pages.tsv + files) without a broker",
            "and writes every output record as a JSON line. Deterministic for the same input."})
final class ProcessCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "<folder>", description = "Folder with pages.tsv (CONTRACTS.md section 4).")
    Path folder;

    @Option(names = "--out", required = true, paramLabel = "<file.jsonl>", description = "Output JSON-lines file.")
    Path out;

    @Option(names = "--config", paramLabel = "<file>", description = "Streams-app properties file (routes, limits).")
    Path config;

    @Override
    public Integer call() throws Exception {
        StreamsAppConfig cfg = ConfigLoader.load(config, System.getenv());
        ProcessSummary summary = new FolderProcessor(cfg).run(folder, out);
        System.out.println(summary);
        System.out.println("wrote " + out);
        return summary.balanced() ? 0 : 1;
    }
}
