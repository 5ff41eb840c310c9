package io.newspipe.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.DBOptions;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;

/**
 * The lasting dedup state as RocksDB holds it once compacted: after the app closed, every lasting store's
 * RocksDB directory ({@code <state.dir>/<app>/<task>/rocksdb/<store>}) is opened, fully compacted and
 * closed, and its data files are measured. While an app runs, its SST files still hold every rewrite of a
 * growing band list and every deleted pending entry until RocksDB compacts them in its own time, so the
 * live figure overstates what an article costs. Not thread-safe; run on closed state only.
 */
public final class CompactedState {
    private CompactedState() {
    }

    /** Compacts the lasting stores under {@code stateRoot} and returns the bytes of their data files. */
    public static long lastingBytes(Path stateRoot) {
        Objects.requireNonNull(stateRoot, "stateRoot");
        RocksDB.loadLibrary();
        long total = 0;
        for (Path store : lastingStores(stateRoot)) {
            compact(store);
            total += StateSize.dataBytes(store);
        }
        return total;
    }

    /** Opens the store with all its column families (Kafka Streams keeps its offsets in one) and compacts each. */
    private static void compact(Path store) {
        List<ColumnFamilyHandle> handles = new ArrayList<>();
        try (Options options = new Options(); DBOptions dbOptions = new DBOptions()) {
            List<ColumnFamilyDescriptor> families = new ArrayList<>();
            for (byte[] name : RocksDB.listColumnFamilies(options, store.toString())) {
                families.add(new ColumnFamilyDescriptor(name));
            }
            try (RocksDB db = RocksDB.open(dbOptions, store.toString(), families, handles)) {
                for (ColumnFamilyHandle handle : handles) {
                    db.compactRange(handle);
                }
                handles.forEach(ColumnFamilyHandle::close);
            }
        } catch (RocksDBException e) {
            throw new IllegalStateException("cannot compact " + store, e);
        }
    }

    private static List<Path> lastingStores(Path stateRoot) {
        if (!Files.exists(stateRoot)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.walk(stateRoot)) {
            return dirs.filter(Files::isDirectory)
                    .filter(d -> d.getParent() != null && d.getParent().getFileName().toString().equals("rocksdb"))
                    .filter(d -> !StateSize.TRANSIENT_STORES.contains(d.getFileName().toString()))
                    .filter(d -> Files.exists(d.resolve("CURRENT")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + stateRoot, e);
        }
    }
}
