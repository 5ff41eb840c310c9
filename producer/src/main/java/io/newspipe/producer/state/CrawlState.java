package io.newspipe.producer.state;

import io.newspipe.producer.fetch.Validators;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the producer remembers between polls and restarts: the seen-set of canonical page URLs (so only
 * new URLs are fetched), the ETag/Last-Modified validators per URL (for conditional GET), and the feeds
 * discovered on each start page and the child sitemaps of each sitemap index (so a 304 still knows them),
 * and the last-change date a listing gave each page when it was fetched (a later one means a correction).
 *
 * <p><b>Local store.</b> {@link #open(Path)} keeps everything in one append-only text file,
 * {@code <state.dir>/crawl-state.log}, one fact per line ({@code S url}, {@code V url etag last-modified},
 * {@code F parent links...}, {@code M url listing-last-change}, TAB-separated); it is replayed on start and rewritten compactly when it
 * has grown to twice the live facts. Appends are flushed after every poll ({@link #flush()}) and on close;
 * a crash loses at most the last poll's facts, which means those pages are fetched once more and the
 * streams app sees them as unchanged duplicates. {@link #inMemory()} keeps nothing on disk.
 *
 * <p>Thread-safe (all methods synchronised).
 */
public final class CrawlState implements AutoCloseable {
    public static final String FILE = "crawl-state.log";

    private final Path file;
    private final Set<String> seen = new HashSet<>();
    private final Map<String, Validators> validators = new HashMap<>();
    private final Map<String, List<String>> feeds = new HashMap<>();
    private final Map<String, java.time.Instant> listedModified = new HashMap<>();
    private Writer log;
    private long logLines;

    private CrawlState(Path file) {
        this.file = file;
    }

    /** A state that lives only in memory (for {@code crawl} runs and tests). */
    public static CrawlState inMemory() {
        return new CrawlState(null);
    }

    /** Opens (or creates) the state kept in {@code dir}. */
    public static CrawlState open(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Files.createDirectories(dir);
        CrawlState state = new CrawlState(dir.resolve(FILE));
        if (Files.exists(state.file)) {
            for (String line : Files.readAllLines(state.file, StandardCharsets.UTF_8)) {
                state.apply(line.split("\t", -1));
                state.logLines++;
            }
        }
        state.compactIfLarge();
        state.log = Files.newBufferedWriter(state.file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        return state;
    }

    private void apply(String[] f) {
        switch (f[0]) {
            case "S" -> seen.add(f[1]);
            case "V" -> validators.put(f[1], new Validators(blankToNull(f[2]), blankToNull(f[3])));
            case "F" -> feeds.put(f[1], List.copyOf(Arrays.asList(f).subList(2, f.length)));
            case "M" -> listedModified.put(f[1], java.time.Instant.parse(f[2]));
            default -> { } // unknown facts from a newer version are ignored
        }
    }

    public synchronized boolean isSeen(String canonicalUrl) {
        return seen.contains(canonicalUrl);
    }

    /** Records {@code canonicalUrl} as handled; returns false when it already was. */
    public synchronized boolean markSeen(String canonicalUrl) {
        if (!seen.add(Objects.requireNonNull(canonicalUrl, "canonicalUrl"))) {
            return false;
        }
        append("S\t" + clean(canonicalUrl));
        return true;
    }

    public synchronized int seenCount() {
        return seen.size();
    }

    public synchronized Validators validators(String url) {
        return validators.getOrDefault(url, Validators.NONE);
    }

    public synchronized void putValidators(String url, Validators v) {
        Objects.requireNonNull(v, "validators");
        if (v.isEmpty() && !validators.containsKey(url) || v.equals(validators.get(url))) {
            return;
        }
        validators.put(url, v);
        append("V\t" + clean(url) + "\t" + clean(v.etag().orElse("")) + "\t" + clean(v.lastModified().orElse("")));
    }

    public synchronized List<String> discovered(String parent) {
        return feeds.getOrDefault(parent, List.of());
    }

    public synchronized void putDiscovered(String parent, List<String> found) {
        List<String> copy = List.copyOf(found);
        if (copy.equals(feeds.put(parent, copy))) {
            return;
        }
        append("F\t" + clean(parent) + (copy.isEmpty() ? "" : "\t" + String.join("\t", copy.stream()
                .map(CrawlState::clean).toList())));
    }

    /** The last-change date a listing gave for {@code url} when it was last fetched, or null. */
    public synchronized java.time.Instant listedModified(String url) {
        return listedModified.get(url);
    }

    public synchronized void putListedModified(String url, java.time.Instant modified) {
        if (modified == null || modified.equals(listedModified.put(url, modified))) {
            return;
        }
        append("M\t" + clean(url) + "\t" + modified);
    }

    /** Writes buffered facts to disk. */
    public synchronized void flush() {
        if (log != null) {
            try {
                log.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (log != null) {
            log.close();
            log = null;
        }
    }

    private void append(String line) {
        if (file == null) {
            return;
        }
        try {
            log.write(line);
            log.write('\n');
            logLines++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private void compactIfLarge() throws IOException {
        long live = seen.size() + validators.size() + feeds.size() + listedModified.size();
        if (logLines <= 2 * live + 100) {
            return;
        }
        Path tmp = file.resolveSibling(FILE + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (String s : seen) {
                w.write("S\t" + s + "\n");
            }
            for (Map.Entry<String, Validators> e : validators.entrySet()) {
                w.write("V\t" + e.getKey() + "\t" + e.getValue().etag().orElse("") + "\t"
                        + e.getValue().lastModified().orElse("") + "\n");
            }
            for (Map.Entry<String, java.time.Instant> e : listedModified.entrySet()) {
                w.write("M\t" + e.getKey() + "\t" + e.getValue() + "\n");
            }
            for (Map.Entry<String, List<String>> e : feeds.entrySet()) {
                w.write("F\t" + e.getKey() + (e.getValue().isEmpty() ? "" : "\t" + String.join("\t", e.getValue()))
                        + "\n");
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        logLines = live;
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
