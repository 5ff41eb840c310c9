package io.newspipe.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;

/**
 * Size of the dedup state: bytes of the local state directories (RocksDB files, measured after the
 * streams clients closed so memtables are flushed) and of the changelog topics on the broker.
 *
 * <p>Immutable and thread-safe.
 *
 * @param liveLocalBytes apparent size of the state directories while the app ran (memtables not flushed)
 * @param localBytes the same after the clients closed (flushed; 0 if Kafka Streams wiped the state on a
 *     dirty exactly-once close)
 * @param changelogBytes bytes of the application's {@code -changelog} topics in the broker's log dirs
 * @param articles articles the state holds entries for (records on the articles topic)
 * @param transientLocalBytes the part of {@code localBytes} in the stores of pages awaiting a decision
 *     ({@code dedup-pending}, {@code dedup-waiting}: deleted once decided, so what remains are files
 *     RocksDB has not compacted yet)
 * @param transientChangelogBytes the part of {@code changelogBytes} in those stores' changelogs (each page
 *     and its tombstone, until the log cleaner compacts them away)
 * @param bookkeepingLocalBytes the part of {@code localBytes} in RocksDB's bookkeeping files (LOG, OPTIONS,
 *     MANIFEST, …: a fixed cost per store instance, i.e. per store and task, not per article)
 * @param compactedLastingBytes data files of the lasting stores after a full compaction of the closed
 *     state ({@link CompactedState}), or -1 when not measured
 */
public record StateSize(long liveLocalBytes, long localBytes, long changelogBytes, long articles,
                        long transientLocalBytes, long transientChangelogBytes, long bookkeepingLocalBytes,
                        long compactedLastingBytes) {
    /** Stores whose records live only while a page awaits its dedup decision. */
    static final List<String> TRANSIENT_STORES = List.of("dedup-pending", "dedup-waiting");

    /**
     * Local bytes per article of the lasting dedup state: RocksDB data files (SST, write-ahead log) of all
     * stores but the transient ones.
     */
    public double lastingLocalBytesPerArticle() {
        return articles == 0 ? Double.NaN
                : (double) (localBytes - transientLocalBytes - bookkeepingLocalBytes) / articles;
    }

    /** Local bytes per article of the lasting dedup state once compacted; NaN when not measured. */
    public double compactedLastingBytesPerArticle() {
        return articles == 0 || compactedLastingBytes < 0 ? Double.NaN : (double) compactedLastingBytes / articles;
    }

    /**
     * The state of a finished run: the local stores under {@code stateRoot} (closed; {@code liveLocalBytes} was
     * taken while they ran) and the changelogs of {@code applicationId}.
     */
    static StateSize measure(Admin admin, String applicationId, Path stateRoot, long liveLocalBytes, long articles)
            throws InterruptedException {
        return new StateSize(liveLocalBytes, directoryBytes(stateRoot), changelogBytes(admin, applicationId),
                articles, transientDirectoryBytes(stateRoot), transientChangelogBytes(admin, applicationId),
                bookkeepingBytes(stateRoot), CompactedState.lastingBytes(stateRoot));
    }

    /** Bytes of the data files (SST, blob, write-ahead log) under {@code dir}. */
    static long dataBytes(Path dir) {
        return fileBytes(dir, StateSize::isData);
    }

    /** Changelog bytes per article of the lasting dedup state. */
    public double lastingChangelogBytesPerArticle() {
        return articles == 0 ? Double.NaN : (double) (changelogBytes - transientChangelogBytes) / articles;
    }

    /** Bytes of the transient stores' data files under {@code dir}. */
    static long transientDirectoryBytes(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> dirs = Files.walk(dir)) {
            return dirs.filter(Files::isDirectory)
                    .filter(d -> TRANSIENT_STORES.contains(d.getFileName().toString()))
                    .mapToLong(d -> fileBytes(d, StateSize::isData)).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + dir, e);
        }
    }

    /** Bytes of RocksDB's bookkeeping files (everything but SST, blob and write-ahead log files) under {@code dir}. */
    static long bookkeepingBytes(Path dir) {
        return fileBytes(dir, f -> !isData(f));
    }

    private static boolean isData(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".sst") || name.endsWith(".blob") || name.matches("\\d+\\.log");
    }

    private static long fileBytes(Path dir, java.util.function.Predicate<Path> which) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(which).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    // a RocksDB file can vanish during a walk; it no longer takes space
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + dir, e);
        }
    }

    /** Bytes of the transient stores' changelog topics. */
    static long transientChangelogBytes(Admin admin, String applicationId) throws InterruptedException {
        long sum = 0;
        for (String store : TRANSIENT_STORES) {
            sum += logBytes(admin, t -> t.equals(applicationId + "-" + store + "-changelog"));
        }
        return sum;
    }

    /** Local bytes per article (after close, else while running), or NaN without articles. */
    public double localBytesPerArticle() {
        return articles == 0 ? Double.NaN : (double) Math.max(localBytes, liveLocalBytes) / articles;
    }

    /** Changelog bytes per article, or NaN without articles. */
    public double changelogBytesPerArticle() {
        return articles == 0 ? Double.NaN : (double) changelogBytes / articles;
    }

    /** Apparent size of the files under {@code dir} (what {@code du --apparent-size} sums). */
    static long directoryBytes(Path dir) {
        return fileBytes(dir, f -> true);
    }

    /** Bytes of the topics named {@code <applicationId>-...-changelog} on every broker. */
    static long changelogBytes(Admin admin, String applicationId) throws InterruptedException {
        return logBytes(admin, t -> t.startsWith(applicationId + "-") && t.endsWith("-changelog"));
    }

    private static long logBytes(Admin admin, java.util.function.Predicate<String> topic) throws InterruptedException {
        try {
            List<Integer> brokers = admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).stream()
                    .map(n -> n.id()).toList();
            Map<Integer, Map<String, LogDirDescription>> dirs =
                    admin.describeLogDirs(brokers).allDescriptions().get(10, TimeUnit.SECONDS);
            return dirs.values().stream().flatMap(m -> m.values().stream())
                    .flatMap(d -> d.replicaInfos().entrySet().stream())
                    .filter(e -> topic.test(e.getKey().topic()))
                    .mapToLong(e -> e.getValue().size()).sum();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read log dirs: " + e.getMessage(), e);
        }
    }
}
