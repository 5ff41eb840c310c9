package io.newspipe.streams.reliability;

import io.newspipe.avro.DeadLetter;
import io.newspipe.streams.stage.StageResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Counts the bad inputs tried and the slowest one per case, and appends them to
 * {@code target/reliability/bad-input-figures.tsv} so the reliability page can quote measured figures.
 * Thread-safe.
 */
final class BadInputLedger {
    private static final Map<String, AtomicLong> TRIED = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> WORST_NANOS = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, Integer>> OUTCOMES = new ConcurrentHashMap<>();

    private BadInputLedger() {
    }

    /** Runs one stage call, timing it and recording its outcome under {@code caseName}. */
    static StageResult timed(String caseName, Supplier<StageResult> call) {
        long start = System.nanoTime();
        StageResult result = call.get();
        long nanos = System.nanoTime() - start;
        TRIED.computeIfAbsent(caseName, k -> new AtomicLong()).incrementAndGet();
        WORST_NANOS.computeIfAbsent(caseName, k -> new AtomicLong()).accumulateAndGet(nanos, Math::max);
        String outcome = result.isArticle() ? "article" : result.isDuplicate() ? "duplicate"
                : "dead_letter:" + result.deadLetter().getReason();
        OUTCOMES.computeIfAbsent(caseName, k -> new ConcurrentHashMap<>()).merge(outcome, 1, Integer::sum);
        return result;
    }

    /** Records a non-stage case (e.g. a serde call) that was tried. */
    static void tried(String caseName, long nanos) {
        TRIED.computeIfAbsent(caseName, k -> new AtomicLong()).incrementAndGet();
        WORST_NANOS.computeIfAbsent(caseName, k -> new AtomicLong()).accumulateAndGet(nanos, Math::max);
    }

    /** True when the result is an article with a body or a dead letter with a stage and a reason. */
    static boolean accountedFor(StageResult result) {
        if (result == null) {
            return false;
        }
        if (result.isDeadLetter()) {
            DeadLetter d = result.deadLetter();
            return d.getReason() != null && !d.getReason().isBlank() && d.getStage() != null
                    && !d.getStage().isBlank();
        }
        return result.isArticle() && !result.article().getBodyText().isBlank();
    }

    /** Appends the figures gathered so far and clears them. */
    static synchronized void flush(String suite) {
        Path dir = Path.of("target", "reliability");
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(TRIED).forEach((name, count) -> sb.append(String.format(Locale.ROOT, "%s\t%s\t%d\t%.1f\t%s%n",
                suite, name, count.get(), WORST_NANOS.get(name).get() / 1e6,
                new TreeMap<>(OUTCOMES.getOrDefault(name, Map.of())))));
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("bad-input-figures.tsv");
            if (!Files.exists(file)) {
                Files.writeString(file, "suite\tcase\ttried\tworst_ms\toutcomes\n", StandardCharsets.UTF_8);
            }
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.print(sb);
        TRIED.clear();
        WORST_NANOS.clear();
        OUTCOMES.clear();
    }
}
