package io.newspipe.producer.publish;

import io.newspipe.avro.DeadLetter;
import io.newspipe.avro.RawPage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A sink that counts pages and bytes and keeps dead letters (and, when asked, the pages) in memory: for
 * measurements, dry runs and tests. Thread-safe.
 */
public final class CountingSink implements PageSink {
    private final boolean keepPages;
    private final AtomicLong pages = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final List<RawPage> kept = Collections.synchronizedList(new ArrayList<>());
    private final List<DeadLetter> deadLetters = Collections.synchronizedList(new ArrayList<>());

    public CountingSink(boolean keepPages) {
        this.keepPages = keepPages;
    }

    @Override
    public void page(String canonicalUrl, RawPage page) {
        pages.incrementAndGet();
        bytes.addAndGet(page.getBody().remaining());
        if (keepPages) {
            kept.add(page);
        }
    }

    @Override
    public void deadLetter(String url, DeadLetter letter) {
        deadLetters.add(letter);
    }

    public long pages() {
        return pages.get();
    }

    public long bytes() {
        return bytes.get();
    }

    /** The pages received, in order (empty unless created with {@code keepPages}). */
    public List<RawPage> kept() {
        synchronized (kept) {
            return List.copyOf(kept);
        }
    }

    public List<DeadLetter> deadLetters() {
        synchronized (deadLetters) {
            return List.copyOf(deadLetters);
        }
    }

    @Override
    public void close() {
    }
}
