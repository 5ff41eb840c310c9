package io.newspipe.streams.tag;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * A tool, not a test: builds the tagger as the app does at start-up ({@code new ArticleTagger()}), tags one short
 * article per language, and prints the loading time, the live heap after a full collection and the peak of the
 * heap's pools. Its exit status says whether the tagger started: run it under a decreasing {@code -Xmx} to find the
 * smallest heap that starts it ({@code docs/performance.md}, "start-up heap"). Usage: no arguments.
 */
public final class TaggerStartHeap {
    private TaggerStartHeap() {
    }

    public static void main(String[] args) {
        var threads = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        ArticleTagger tagger = new ArticleTagger();
        long t1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        String[][] samples = {
            {"Talks in Geneva", "The United Nations met officials from France and Egypt in Geneva on Monday.", "en"},
            {"Réunion à Paris", "Le ministre des Affaires étrangères a rencontré l'ONU à Paris lundi.", "fr"},
            {"اجتماع في القاهرة", "التقى وزير الخارجية المصري بممثلي الأمم المتحدة في القاهرة يوم الاثنين.", "ar"},
            {"دیدار در تهران", "وزیر امور خارجه ایران با نمایندگان سازمان ملل در تهران دیدار کرد.", "fa"},
        };
        int entities = 0;
        for (String[] s : samples) {
            entities += tagger.tag(s[0], s[1], s[2]).entities().size();
        }
        long t2 = System.nanoTime();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long live = rt.totalMemory() - rt.freeMemory();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "load %.0f ms (thread CPU %.0f ms), first tags %.0f ms, %d entities, live after gc %.1f MB,"
                + " sum of heap pools' peaks %.1f MB, max heap %.0f MB%n", (t1 - t0) / 1e6, (c1 - c0) / 1e6, (t2 - t1) / 1e6, entities,
                live / 1e6, peak / 1e6, rt.maxMemory() / 1e6);
    }
}
