package io.newspipe.contracts;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Reads and writes a folder of pages in the format of CONTRACTS.md section 4: a TAB-separated
 * {@code pages.tsv} (url, file, fetched_at, optional content_type; {@code #} starts a comment) beside
 * the body files, which hold the bytes as served, optionally gzip-compressed ({@code .html.gz}).
 *
 * <p>Not thread-safe for writing; reading methods are stateless.
 */
public final class PageFolder {
    public static final String INDEX = "pages.tsv";
    private final Path root;

    public PageFolder(Path root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    public Path root() {
        return root;
    }

    /** The pages listed in {@code pages.tsv}, in arrival order. */
    public List<FolderPage> list() throws IOException {
        Path index = root.resolve(INDEX);
        List<FolderPage> pages = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            pages.add(parseLine(line, index, lineNo));
        }
        return pages;
    }

    private static FolderPage parseLine(String line, Path index, int lineNo) {
        String[] cols = line.split("\t", -1);
        if (cols.length < 3) {
            throw new IllegalArgumentException(index + ":" + lineNo + ": expected url, file, fetched_at");
        }
        Instant fetchedAt;
        try {
            fetchedAt = Instant.parse(cols[2].strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(index + ":" + lineNo + ": bad fetched_at " + cols[2], e);
        }
        String contentType = cols.length > 3 && !cols[3].isBlank() ? cols[3].strip() : null;
        return new FolderPage(cols[0].strip(), Path.of(cols[1].strip()), fetchedAt, contentType);
    }

    /** The body bytes of a page as served, gunzipped when the file name ends in {@code .gz}. */
    public byte[] read(FolderPage page) throws IOException {
        Path file = root.resolve(page.file());
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    /**
     * Appends pages to a folder: writes each body under {@code html/} and a line to {@code pages.tsv}.
     * Create with {@link #writer()}; close it to flush the index.
     */
    public Writer writer() throws IOException {
        Files.createDirectories(root.resolve("html"));
        return new Writer(Files.newBufferedWriter(root.resolve(INDEX), StandardCharsets.UTF_8));
    }

    /** Writes pages into the folder; not thread-safe. */
    public final class Writer implements AutoCloseable {
        private final BufferedWriter index;
        private int count;

        private Writer(BufferedWriter index) throws IOException {
            this.index = index;
            index.write("# url\tfile\tfetched_at\tcontent_type\n");
        }

        /** Writes one page and returns the relative path of its body file. */
        public Path write(String url, byte[] body, Instant fetchedAt, String contentType) {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(fetchedAt, "fetchedAt");
            count++;
            Path rel = Path.of("html", String.format(Locale.ROOT, "%06d.html", count));
            try {
                Files.write(root.resolve(rel), body);
                index.write(clean(url) + "\t" + rel + "\t" + fetchedAt + "\t"
                        + (contentType == null ? "" : clean(contentType)) + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write page " + url, e);
            }
            return rel;
        }

        public int count() {
            return count;
        }

        @Override
        public void close() throws IOException {
            index.close();
        }

        private String clean(String field) {
            return field.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        }
    }
}
