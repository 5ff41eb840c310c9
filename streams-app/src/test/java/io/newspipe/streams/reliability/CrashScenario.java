package io.newspipe.streams.reliability;

import io.newspipe.streams.config.TopicNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;

/**
 * Parameters of one crash-consistency run, read from system properties so the {@code long-tests}
 * Maven profile can scale them up ({@code newspipe.reliability.pages}, {@code .kills},
 * {@code .feed-seconds}, {@code .seed}).
 *
 * @param name variant name for the figures file
 * @param pages raw pages fed
 * @param kills SIGKILLs of an app instance during the run
 * @param brokerRestarts broker stop/start cycles during the run
 * @param instances app instances (each a JVM)
 * @param feedTime how long feeding is spread over
 * @param seed seed of the corpus and of the fault timing
 */
record CrashScenario(String name, int pages, int kills, int brokerRestarts, int instances, Duration feedTime,
        long seed) {

    static CrashScenario of(String name, int kills, int brokerRestarts, int instances) {
        int pages = Integer.getInteger("newspipe.reliability.pages", 600);
        int scaledKills = kills * Integer.getInteger("newspipe.reliability.kill-factor", 1);
        Duration feed = Duration.ofSeconds(Integer.getInteger("newspipe.reliability.feed-seconds", 15));
        long seed = Long.getLong("newspipe.reliability.seed", System.nanoTime());
        return new CrashScenario(name, pages, scaledKills, brokerRestarts, instances, feed, seed);
    }

    /** Appends a line of figures to {@code target/reliability/crash-figures.tsv} (module directory). */
    void writeFigures(OutputLedger.Figures f, int killsDone, int restartsDone, Duration took) throws IOException {
        Path dir = Path.of("target", "reliability");
        Files.createDirectories(dir);
        Path file = dir.resolve("crash-figures.tsv");
        if (!Files.exists(file)) {
            Files.writeString(file, "variant\tpages_fed\tkills\tbroker_restarts\tinstances\toutputs\tarticles"
                    + "\tduplicates\tdead_letters\tlost\tdoubled\trevisions_doubled\trevision_gaps"
                    + "\trevisions_out_of_fetch_order\tseconds\tseed\n", StandardCharsets.UTF_8);
        }
        String line = String.format(Locale.ROOT, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d%n",
                name, f.fed(), killsDone, restartsDone, instances, f.outputs(), f.articles(), f.duplicates(),
                f.deadLetters(), f.lost(), f.doubled(), f.revisionsDoubled(), f.revisionGaps(),
                f.revisionsOutOfFetchOrder(), took.toSeconds(), seed);
        Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        System.out.print("crash figures: " + line);
    }

    /** Topic names for this run. */
    static TopicNames topics(String suffix) {
        return TopicNames.withSuffix(suffix);
    }
}
