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
 * @param liveLocalBytes apparent size of the state directories while the app ran (memtables not flushed)
 * @param localBytes the same after the clients closed (flushed; 0 if Kafka Streams wiped the state on a
 *     dirty exactly-once close)
 * @param changelogBytes bytes of the application's {@code -changelog} topics in the broker's log dirs
 * @param articles articles the state holds entries for (records on the articles topic)
 */
public record StateSize(long liveLocalBytes, long localBytes, long changelogBytes, long articles) {

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
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
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

    /** Bytes of the topics named {@code <applicationId>-...-changelog} on every broker. */
    static long changelogBytes(Admin admin, String applicationId) throws InterruptedException {
        try {
            List<Integer> brokers = admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).stream()
                    .map(n -> n.id()).toList();
            Map<Integer, Map<String, LogDirDescription>> dirs =
                    admin.describeLogDirs(brokers).allDescriptions().get(10, TimeUnit.SECONDS);
            return dirs.values().stream().flatMap(m -> m.values().stream())
                    .flatMap(d -> d.replicaInfos().entrySet().stream())
                    .filter(e -> e.getKey().topic().startsWith(applicationId + "-")
                            && e.getKey().topic().endsWith("-changelog"))
                    .mapToLong(e -> e.getValue().size()).sum();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read log dirs: " + e.getMessage(), e);
        }
    }
}
