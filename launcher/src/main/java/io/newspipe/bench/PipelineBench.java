package io.newspipe.bench;

import io.newspipe.embedded.EmbeddedKafka;
import io.newspipe.streams.app.DedupProtocolTopic;
import io.newspipe.streams.config.StreamsAppConfig;
import io.newspipe.streams.config.TopicNames;
import io.newspipe.streams.topology.NewsTopology;
import io.newspipe.streams.topology.StreamsProperties;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end-to-end measurement on a real broker, with the streams app's topology and Kafka Streams
 * properties (exactly_once_v2 by default): preload N raw pages, start the app, time the drain from
 * the first page consumed to the last output visible to a read_committed consumer; then paced
 * phases at fractions of that rate for latency percentiles ({@link PacedPhases}); then memory and state size.
 * Not thread-safe; one run at a time.
 */
public final class PipelineBench {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineBench.class);
    private static final Duration STARTUP = Duration.ofSeconds(120);
    private final BenchOptions options;
    private final List<SourcePage> sources;
    private JitWarmup warmup = new JitWarmup(0);
    private long drainCompileMillis;

    public PipelineBench(BenchOptions options, List<SourcePage> sources) {
        this.options = Objects.requireNonNull(options, "options");
        this.sources = List.copyOf(sources);
    }

    /** Runs the whole measurement; the broker and the state directories are gone afterwards. */
    public PipelineResult run() throws InterruptedException {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            TopicNames topics = TopicNames.withSuffix("." + EmbeddedKafka.uniqueName("bench"));
            kafka.createTopics(options.partitions(), topics.rawPages(), topics.articles(), topics.duplicates(),
                    topics.deadLetters());
            allowRequestSizedBatches(kafka.admin(), topics.rawPages());
            String appId = EmbeddedKafka.uniqueName("newspipe-bench");
            Path stateRoot = options.workDir().resolve(appId);
            StreamsAppConfig base = io.newspipe.streams.config.ConfigLoader.load(options.config(), Map.of())
                    .withBootstrapServers(kafka.bootstrapServers())
                    .withApplicationId(appId).withTopics(topics).withThreads(options.threads()).withHttpPort(-1);
            List<KafkaStreams> apps = new ArrayList<>();
            try (PagePublisher publisher = new PagePublisher(kafka.bootstrapServers(), topics.rawPages());
                 CommittedOutputs outputs = new CommittedOutputs(kafka.bootstrapServers(), topics,
                         EmbeddedKafka.uniqueName("bench-verify"))) {
                Drain drain = warmUpAndDrain(publisher, outputs, base, stateRoot, apps);
                double maxRate = options.maxRate() > 0 ? options.maxRate() : drain.pagesPerSecond();
                List<LatencyPhase> phases = new PacedPhases(sources, options.latencySeconds(), publisher, outputs)
                        .run(base, topics, maxRate);
                MemoryProbe memory = MemoryProbe.sample();
                long liveBytes = StateSize.directoryBytes(stateRoot);
                apps.forEach(a -> a.close(Duration.ofSeconds(30)));
                apps.clear();
                OutputCounts counts = outputs.counts();
                StateSize state = StateSize.measure(kafka.admin(), appId, stateRoot, liveBytes, counts.articles());
                return new PipelineResult(options.pages(), drain.counts(), counts, drain.seconds(),
                        drain.pagesPerSecond(), drain.cpuSeconds(), options.pages() / drain.cpuSeconds(),
                        drain.jitSeconds(), options.pages() / Math.max(1e-9, drain.cpuSeconds() - drain.jitSeconds()),
                        drainCompileMillis / 1e3, warmup.pages(), warmup.lastShare(), warmup.settled(),
                        maxRate, phases, memory, state, drain.cpuSplit());
            } finally {
                apps.forEach(a -> a.close(Duration.ofSeconds(30)));
                TempTree.delete(stateRoot);
            }
        }
    }

    /**
     * The untimed warm-up through the running app, then the timed batch: preload, drain. The warm-up is
     * {@code --warmup-pages} pages, then further rounds of that size until the JIT has settled
     * ({@link JitWarmup}) or {@code --warmup-max-pages} are spent; each round is sent while the apps are
     * paused, as the timed batch is.
     */
    private Drain warmUpAndDrain(PagePublisher publisher, CommittedOutputs outputs, StreamsAppConfig base,
            Path stateRoot, List<KafkaStreams> apps) throws InterruptedException {
        TimingEvents events = new TimingEvents();
        JitWarmup warmup = new JitWarmup(Math.max(options.warmupPages(), options.warmupMaxPages()));
        for (int n = options.warmupPages(); n > 0; n = warmup.nextRound(options.warmupPages())) {
            long cpu0 = TimingEvents.processCpuNanos();
            long jit0 = TimingEvents.jitMillis();
            List<BenchPage> warm = BenchCorpus.generate(sources, n, BenchCorpus.WARMUP_VARIANTS + warmup.pages());
            long target = outputs.total() + n;
            // each round is met as the timed batch will be (clock re-armed, apps paused while it is sent,
            // then resumed): code the drain runs only on its first page or after a pause would otherwise
            // still be compiled for the warm-up's profile, and the drain would pay its deoptimisation and
            // recompilation (a JFR recording showed both at the drain's start, docs/performance.md, session 18)
            events.rearm();
            apps.forEach(KafkaStreams::pause);
            publisher.publish(warm, RawRecords.encodeAll(warm));
            apps.forEach(KafkaStreams::resume);
            if (apps.isEmpty()) {
                apps.addAll(startApps(base, stateRoot, events));
            }
            awaitOutputs(outputs, target, "warm-up");
            warmup.round(n, TimingEvents.processCpuNanos() - cpu0, (TimingEvents.jitMillis() - jit0) * 1_000_000L);
            LOG.info("warm-up round {}: {} pages, JIT {} of the process CPU", warmup.rounds(), n, warmup.lastShare());
        }
        this.warmup = warmup;
        events.rearm();
        long compileMillis0 = compileMillis();
        OutputCounts before = outputs.counts();
        // the batch is preloaded, as documented: with the apps running (after a warm-up) they would start on
        // it while this thread still compresses and sends it, and the drain's CPU would count the bench's
        // own producer (~1 ms per page, docs/performance.md, "Kafka-side round")
        apps.forEach(KafkaStreams::pause);
        preload(publisher);
        // the generated batch (hundreds of MB of pages and their records) is garbage once sent: collected
        // now, it is not collected by a full GC in the middle of the drain and billed to the pipeline
        System.gc();
        apps.forEach(KafkaStreams::resume);
        if (apps.isEmpty()) {
            apps.addAll(startApps(base, stateRoot, events));
        }
        Drain drain = drain(outputs, events, before);
        this.drainCompileMillis = compileMillis() - compileMillis0;
        return drain;
    }

    /** Generates the timed batch and publishes it; nothing of it stays reachable afterwards. */
    private void preload(PagePublisher publisher) {
        List<BenchPage> batch = BenchCorpus.generate(sources, options.pages(), BenchCorpus.TIMED_VARIANTS);
        publisher.publish(batch, RawRecords.encodeAll(batch));
    }

    /** Lets the raw topic take any batch the bench's publisher may send ({@link PagePublisher#MAX_REQUEST_BYTES}). */
    static void allowRequestSizedBatches(Admin admin, String rawTopic) {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, rawTopic);
        AlterConfigOp op = new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                Integer.toString(PagePublisher.MAX_REQUEST_BYTES)), AlterConfigOp.OpType.SET);
        try {
            admin.incrementalAlterConfigs(Map.of(topic, List.of(op))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not set max.message.bytes of " + rawTopic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while configuring " + rawTopic, e);
        }
    }

    /** The JVM's accumulated compilation time (elapsed, all compiler threads), or 0 when not reported. */
    private static long compileMillis() {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private List<KafkaStreams> startApps(StreamsAppConfig base, Path stateRoot, TimingEvents events)
            throws InterruptedException {
        List<KafkaStreams> apps = new ArrayList<>();
        for (int i = 0; i < options.instances(); i++) {
            StreamsAppConfig cfg = base.withStateDir(stateRoot.resolve("instance-" + i));
            if (i == 0) {
                try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", cfg.bootstrapServers()))) {
                    DedupProtocolTopic.ensure(admin, cfg);
                }
            }
            KafkaStreams app = new KafkaStreams(NewsTopology.build(cfg, Clock.systemUTC(), events),
                    StreamsProperties.of(cfg));
            app.start();
            apps.add(app);
        }
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (apps.stream().anyMatch(a -> a.state() != KafkaStreams.State.RUNNING)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("streams app did not reach RUNNING in " + STARTUP);
            }
            Thread.sleep(20);
        }
        return apps;
    }

    private long awaitOutputs(CommittedOutputs outputs, long target, String what) throws InterruptedException {
        Duration timeout = Duration.ofSeconds(Math.max(180, target / 5L));
        long end = outputs.awaitTotal(target, timeout);
        if (end < 0) {
            throw new IllegalStateException(what + " timed out: " + outputs.total() + " of " + target
                    + " outputs visible after " + timeout);
        }
        return end;
    }

    private Drain drain(CommittedOutputs outputs, TimingEvents events, OutputCounts before)
            throws InterruptedException {
        long end = awaitOutputs(outputs, before.total() + options.pages(), "drain");
        double cpuSeconds = (TimingEvents.processCpuNanos() - events.firstInCpuNanos()) / 1e9;
        double jitSeconds = (TimingEvents.jitMillis() - events.firstInJitMillis()) / 1e3;
        double seconds = (end - events.firstInNanos()) / 1e9;
        Map<String, Double> split = events.firstInThreads() == null ? Map.of()
                : ThreadCpuSplit.take().msPerPageSince(events.firstInThreads(), options.pages());
        LOG.info("drained {} pages in {} s ({} s CPU, {} s JIT)", options.pages(), seconds, cpuSeconds, jitSeconds);
        return new Drain(seconds, options.pages() / seconds, cpuSeconds, jitSeconds, outputs.counts().since(before),
                split);
    }

    private record Drain(double seconds, double pagesPerSecond, double cpuSeconds, double jitSeconds,
            OutputCounts counts, Map<String, Double> cpuSplit) {
    }

    /**
     * The end-to-end figures.
     *
     * @param pages pages preloaded
     * @param drainCounts outputs visible when the drain ended
     * @param finalCounts outputs visible at the end (drain and latency phases)
     * @param drainSeconds first page consumed to last output visible
     * @param pagesPerSecond sustained throughput of the drain
     * @param drainCpuSeconds CPU time this process (broker included) spent during the drain
     * @param pagesPerCpuSecond pages per CPU-second of the whole process: what the pipeline costs, whatever
     *     else shares the cores
     * @param drainJitSeconds CPU time of the JIT compiler threads during the drain (part of the CPU above)
     * @param pagesPerCpuSecondWithoutJit pages per CPU-second left after the JIT's time: closer to a
     *     long-running process, whose compilers have long finished
     * @param drainCompileSeconds growth of the JVM's total compilation time during the drain
     *     ({@code CompilationMXBean}: elapsed time of all compiler threads, so more than their CPU on a loaded machine)
     * @param warmupPages warm-up pages pushed through before the timed batch
     * @param warmupJitShare the JIT compilers' share of the process CPU in the last warm-up round (NaN: no warm-up)
     * @param jitSettled whether the warm-up ended because the JIT had settled (false: page budget spent)
     * @param maxRate rate the latency fractions refer to
     * @param latency the paced phases
     * @param memory heap and RSS of this JVM (broker, app and bench clients together)
     * @param state state-store size
     * @param drainCpuMsPerPage CPU ms per page of the drain by thread group ({@link ThreadCpuSplit})
     */
    public record PipelineResult(int pages, OutputCounts drainCounts, OutputCounts finalCounts, double drainSeconds,
            double pagesPerSecond, double drainCpuSeconds, double pagesPerCpuSecond, double drainJitSeconds,
            double pagesPerCpuSecondWithoutJit, double drainCompileSeconds, int warmupPages, double warmupJitShare,
            boolean jitSettled, double maxRate,
            List<LatencyPhase> latency, MemoryProbe memory, StateSize state, Map<String, Double> drainCpuMsPerPage) {
    }
}
