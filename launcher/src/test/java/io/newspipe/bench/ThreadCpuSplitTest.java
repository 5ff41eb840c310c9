package io.newspipe.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ThreadCpuSplitTest {

    @Test
    void aThreadBornInsideTheWindowIsCountedInItsGroup() throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(mx.isThreadCpuTimeSupported());
        CountDownLatch burnt = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        long[] burntNanos = new long[1];
        ThreadCpuSplit before = ThreadCpuSplit.take();
        // named like an extraction worker of TimeBudget, started after the first snapshot, alive at the second
        Thread worker = new Thread(() -> {
            long h = 1;
            long start = mx.getCurrentThreadCpuTime();
            while (mx.getCurrentThreadCpuTime() - start < 50_000_000L) {
                for (int i = 0; i < 10_000; i++) {
                    h = 31 * h + i;
                }
            }
            burntNanos[0] = mx.getCurrentThreadCpuTime() + (h == 42 ? 1 : 0);
            burnt.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newspipe-budgeted-test");
        worker.start();
        burnt.await();
        Map<String, Double> ms = ThreadCpuSplit.take().msPerPageSince(before, 1);
        release.countDown();
        worker.join();
        assertThat(ms.get("extract pool")).isGreaterThanOrEqualTo(40.0);
    }
}
