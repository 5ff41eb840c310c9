package io.newspipe.cli;

import io.newspipe.streams.eval.DedupEval;
import io.newspipe.streams.eval.DedupEvalPair;
import io.newspipe.streams.eval.DedupProcessEval;
import io.newspipe.streams.eval.ExtractionEval;
import java.nio.file.Path;
import io.newspipe.streams.eval.TaggingEval;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./newspipe eval <extraction|dedup|tagging>}: quality figures on the project's data sets. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores a stage on a labelled set and prints its figures.",
        subcommands = {EvalCommand.Extraction.class, EvalCommand.Dedup.class, EvalCommand.Tagging.class})
final class EvalCommand implements Runnable {
    @Override
    public void run() {
        System.out.println("usage: ./newspipe eval <extraction|dedup|tagging> [options]; --help on each");
    }

    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = {"Scores the extractor on a page folder with the benchmark's method (4-token shingles,",
                "averaged precision and recall): prints precision, recall, F1, title accuracy and pages/second."})
    static final class Extraction implements Callable<Integer> {
        @picocli.CommandLine.Parameters(index = "0", paramLabel = "<folder>", description = "Page folder (pages.tsv).")
        Path folder;

        @Option(names = "--truth", paramLabel = "<ground-truth.json>",
                description = "Reference bodies; default <folder>/ground-truth.json.")
        Path truth;

        @Option(names = "--threads", defaultValue = "0", description = "Threads for the all-cores run; 0 = all cores.")
        int threads;

        @Option(names = "--worst", defaultValue = "15", description = "How many worst pages to list.")
        int worst;

        @Override
        public Integer call() throws Exception {
            int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
            System.out.print(ExtractionEval.run(folder, truth, n).format(worst));
            return 0;
        }
    }

    @Command(name = "dedup", mixinStandardHelpOptions = true,
            description = {"Pairwise precision, recall and F1 of near-duplicate detection, and state bytes per article,",
                "on the bundled self-written corpus (original), the realistic one (realistic), both (all, the",
                "default) or a corpus file; --through-process runs the corpus through the whole topology",
                "(./newspipe process) instead of the fingerprint alone."})
    static final class Dedup implements Callable<Integer> {
        @Option(names = "--corpus", paramLabel = "<original|realistic|all|file.jsonl>", defaultValue = "all",
                description = "Which corpus: original, realistic, all (default) or a file in the same format.")
        String corpus;

        @Option(names = "--sweep", description = "Also print alternative thresholds side by side.")
        boolean sweep;

        @Option(names = "--through-process", description = "Score the live topology over the corpus.")
        boolean throughProcess;

        @Override
        public Integer call() throws Exception {
            if (throughProcess) {
                for (Map.Entry<String, List<DedupEvalPair>> c : DedupEval.corpora(corpus).entrySet()) {
                    DedupProcessEval.run(c.getValue(), c.getKey(), System.out);
                }
                return 0;
            }
            List<String> args = new ArrayList<>(List.of("--corpus", corpus));
            if (sweep) {
                args.add("--sweep");
            }
            return DedupEval.run(args, System.out);
        }
    }

    @Command(name = "tagging", mixinStandardHelpOptions = true,
            description = {"Language accuracy (full text and headlines), entity precision/recall/F1 by type and",
                "language, and topic top-1 accuracy on the bundled labelled set (or the given files)."})
    static final class Tagging implements Callable<Integer> {
        @Option(names = "--errors", description = "Also list every wrong language, entity and topic.")
        boolean errors;

        @Option(names = "--set", paramLabel = "<main|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8|heldout9|heldout10|all>",
                description = "Bundled set: main (default; the set the tagger was built with), heldout (first "
                        + "held-out set, since used to find general rules), heldout2 (written after the tagger was "
                        + "frozen at 7bbc3e3, scored unbiased once), heldout3, heldout4, heldout5, heldout6, "
                        + "heldout7, heldout8, heldout9 and heldout10 (each written blind in a later session, see its README) or all (main, heldout "
                        + "and heldout2).")
        String set;

        @picocli.CommandLine.Parameters(arity = "0..*", paramLabel = "<file-or-folder>",
                description = "Labelled sets in the bundled format; default: the bundled set.")
        List<String> files = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            List<String> args = new ArrayList<>(files);
            if (errors) {
                args.add("--errors");
            }
            if (set != null) {
                args.add("--set");
                args.add(set);
            }
            TaggingEval.main(args.toArray(String[]::new));
            return 0;
        }
    }
}
