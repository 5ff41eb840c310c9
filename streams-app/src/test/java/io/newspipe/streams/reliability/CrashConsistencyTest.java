package io.newspipe.streams.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.embedded.EmbeddedKafka;
import io.newspipe.streams.config.TopicNames;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash consistency of the whole pipeline under exactly_once_v2: the streams app runs as separate
 * JVMs over the embedded broker, is SIGKILLed at random points while pages arrive (copies, re-fetches,
 * revisions and broken records among them) and restarted; the broker is restarted mid-run; two
 * instances with a standby replica lose one to SIGKILL. A read_committed consumer then accounts for
 * every raw page exactly once. Sizes come from system properties (see {@link CrashScenario}); the
 * {@code long-tests} Maven profile runs 10,000 pages.
 */
class CrashConsistencyTest {
    private static final Duration RUNNING_TIMEOUT = Duration.ofSeconds(90);
    @TempDir
    Path dir;

    @Test
    void sigkilledAppRestartsWithNothingLostAndNothingDoubled() throws Exception {
        run(EmbeddedKafka.shared(), CrashScenario.of("sigkill", 3, 0, 1));
    }

    @Test
    void brokerRestartedMidRunLosesAndDoublesNothing() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            run(kafka, CrashScenario.of("broker-restart", 1, 2, 1));
        }
    }

    @Test
    void twoInstancesWithStandbysSurviveOneBeingKilled() throws Exception {
        run(EmbeddedKafka.shared(), CrashScenario.of("two-instances", 3, 0, 2));
    }

    private void run(EmbeddedKafka kafka, CrashScenario s) throws Exception {
        long startNanos = System.nanoTime();
        TopicNames topics = TopicNames.withSuffix("." + EmbeddedKafka.uniqueName(s.name()));
        kafka.createTopics(3, topics.rawPages(), topics.articles(), topics.duplicates(), topics.deadLetters());
        String appId = EmbeddedKafka.uniqueName("newspipe-crash");
        PageCorpus corpus = PageCorpus.generate(s.pages(), s.seed());
        List<AppProcess> apps = new ArrayList<>();
        for (int i = 0; i < s.instances(); i++) {
            apps.add(new AppProcess(dir.resolve("instance-" + i), ProcessConfigs.streams(kafka.bootstrapServers(),
                    appId, topics, dir.resolve("state-" + i), s.instances() > 1 ? 1 : 0, Map.of()),
                    ProcessConfigs.JVM_OPTIONS));
        }
        ExecutorService feeder = Executors.newSingleThreadExecutor();
        try (OutputLedger ledger = new OutputLedger(kafka.bootstrapServers(), topics, Map.of())) {
            apps.forEach(AppProcess::start);
            for (AppProcess app : apps) {
                assertThat(app.awaitRunning(RUNNING_TIMEOUT)).as("instance up; log:%n%s", app.log()).isTrue();
            }
            Future<?> feeding = feeder.submit(() -> {
                Feeder.feed(kafka.bootstrapServers(), topics.rawPages(), corpus.pages(), s.feedTime(), Map.of());
                return null;
            });
            int[] done = injectFaults(kafka, apps, s, ledger);
            feeding.get(10, TimeUnit.MINUTES);
            Drain.await(kafka.admin(), appId, topics.rawPages(), ledger, s.pages(), drainTimeout(s));
            OutputLedger.Figures f = ledger.figures(corpus.pages());
            long rawRecords = rawRecords(kafka, topics.rawPages());
            System.out.println(s.name() + ": records on the raw topic " + rawRecords + " for " + s.pages() + " fed");
            s.writeFigures(f, done[0], done[1], Duration.ofNanos(System.nanoTime() - startNanos));

            assertThat(done[0]).as("kills survived").isEqualTo(s.kills());
            assertThat(rawRecords).as("the feeding producer wrote each page once").isEqualTo(s.pages());
            assertThat(f.lost()).as("records lost").isZero();
            assertThat(f.doubled()).as("records doubled").isZero();
            assertThat(f.outputs()).as("raw = articles + duplicates + dead letters").isEqualTo(s.pages());
            assertThat(f.revisionsDoubled()).as("an (id, revision) twice").isZero();
            assertThat(f.revisionGaps()).as("revisions 1, 2, 3 … in topic order per id").isZero();
            assertThat(f.revisionsOutOfFetchOrder())
                    .as("a later revision number never carries an older fetch (else the compacted latest is stale)")
                    .isZero();
            assertThat(f.deadLetters()).as("broken records dead-lettered")
                    .isGreaterThanOrEqualTo((int) corpus.count(PageCorpus.Kind.BROKEN));
        } finally {
            feeder.shutdownNow();
            for (AppProcess app : apps) {
                app.close();
            }
        }
    }

    /** Kills and broker restarts in a random order, each at a random point after the app is back up. */
    private static int[] injectFaults(EmbeddedKafka kafka, List<AppProcess> apps, CrashScenario s,
            OutputLedger ledger) throws InterruptedException {
        Random random = new Random(s.seed());
        List<Boolean> faults = new ArrayList<>();
        for (int i = 0; i < s.kills(); i++) {
            faults.add(Boolean.TRUE);
        }
        for (int i = 0; i < s.brokerRestarts(); i++) {
            faults.add(Boolean.FALSE);
        }
        Collections.shuffle(faults, random);
        int kills = 0;
        int restarts = 0;
        for (boolean kill : faults) {
            for (AppProcess app : apps) {
                assertThat(app.awaitRunning(RUNNING_TIMEOUT)).as("instance back up; log:%n%s", app.log()).isTrue();
            }
            // let it work for a random while: the kill lands mid-transaction, mid-restore or mid-rebalance
            ledger.poll(Duration.ofMillis(300 + random.nextInt(3_000)));
            if (kill) {
                AppProcess victim = apps.get(random.nextInt(apps.size()));
                victim.kill();
                kills++;
                victim.start();
            } else {
                kafka.restart(Duration.ofSeconds(2));
                restarts++;
            }
        }
        return new int[] {kills, restarts};
    }

    /** Records on the raw topic: the sum of its end offsets (the feeder is not transactional). */
    private static long rawRecords(EmbeddedKafka kafka, String topic) throws Exception {
        Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> request =
                new java.util.HashMap<>();
        for (int p = 0; p < 3; p++) {
            request.put(new org.apache.kafka.common.TopicPartition(topic, p),
                    org.apache.kafka.clients.admin.OffsetSpec.latest());
        }
        return kafka.admin().listOffsets(request).all().get().values().stream()
                .mapToLong(info -> info.offset()).sum();
    }

    private static Duration drainTimeout(CrashScenario s) {
        return Duration.ofSeconds(120 + s.pages() / 20L);
    }
}
