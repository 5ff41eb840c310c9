package io.newspipe.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs an {@link EmbeddedKafka} from the command line: prints its bootstrap servers, start time and
 * memory use, then serves until interrupted (Ctrl-C), or exits at once with {@code --exit}.
 *
 * <pre>java -cp … io.newspipe.embedded.EmbeddedKafkaMain [--exit]</pre>
 *
 * <p>A command-line entry point, run once per JVM: not thread-safe, nothing to share.
 */
public final class EmbeddedKafkaMain {

    private EmbeddedKafkaMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        boolean exitAtOnce = args.length > 0 && "--exit".equals(args[0]);
        long startNanos = System.nanoTime();
        EmbeddedKafka kafka = EmbeddedKafka.start();
        long startMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long heapUsedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        System.out.printf(Locale.ROOT, "bootstrap.servers=%s%nstarted_ms=%d%nheap_used_after_gc_mb=%d%nrss_mb=%s%n",
                kafka.bootstrapServers(), startMillis, heapUsedMb, residentSetMb());
        if (exitAtOnce) {
            long stopNanos = System.nanoTime();
            kafka.close();
            System.out.printf(Locale.ROOT, "stopped_ms=%d%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopNanos));
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            stopped.countDown();
        }, "embedded-kafka-main-shutdown"));
        stopped.await();
    }

    /** VmRSS from /proc (Linux); "unknown" elsewhere. */
    private static String residentSetMb() {
        Path status = Path.of("/proc/self/status");
        try {
            return Files.readAllLines(status, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.toString(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024))
                    .findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
