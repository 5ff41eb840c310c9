package io.newspipe.producer.publish;

import io.newspipe.avro.DeadLetter;
import io.newspipe.avro.RawPage;
import io.newspipe.contracts.PageFolder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes pages as a folder of pages (CONTRACTS.md section 4) instead of Kafka, for {@code ./newspipe crawl}.
 * Dead letters go to {@code dead-letters.tsv} beside {@code pages.tsv} (url, stage, reason, detail), which
 * readers of the folder ignore. Thread-safe (synchronised).
 */
public final class FolderPageSink implements PageSink {
    public static final String DEAD_LETTERS = "dead-letters.tsv";

    private final PageFolder.Writer writer;
    private final BufferedWriter dead;
    private int deadCount;

    public FolderPageSink(Path folder) throws IOException {
        Objects.requireNonNull(folder, "folder");
        this.writer = new PageFolder(folder).writer();
        this.dead = Files.newBufferedWriter(folder.resolve(DEAD_LETTERS), StandardCharsets.UTF_8);
        dead.write("# url\tstage\treason\tdetail\n");
    }

    @Override
    public synchronized void page(String canonicalUrl, RawPage page) {
        ByteBuffer buf = page.getBody().duplicate();
        byte[] body = new byte[buf.remaining()];
        buf.get(body);
        writer.write(canonicalUrl, body, page.getFetchedAt(), page.getContentType());
    }

    @Override
    public synchronized void deadLetter(String url, DeadLetter letter) {
        try {
            dead.write(clean(url) + "\t" + letter.getStage() + "\t" + letter.getReason() + "\t"
                    + clean(letter.getDetail() == null ? "" : letter.getDetail()) + "\n");
            deadCount++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + DEAD_LETTERS, e);
        }
    }

    public synchronized int pages() {
        return writer.count();
    }

    public synchronized int deadLetters() {
        return deadCount;
    }

    @Override
    public synchronized void flush() {
        try {
            dead.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try (dead) {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close page folder", e);
        }
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
