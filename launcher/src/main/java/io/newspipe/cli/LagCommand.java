package io.newspipe.cli;

import io.newspipe.streams.app.LagExporter;
import io.newspipe.streams.config.ConfigLoader;
import io.newspipe.streams.config.StreamsAppConfig;
import io.newspipe.streams.config.TopicNames;
import io.newspipe.streams.metrics.LagHistory;
import io.newspipe.streams.metrics.LagProbe;
import io.newspipe.streams.metrics.LagReport;
import io.newspipe.streams.metrics.LagSnapshot;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./newspipe lag}: committed lag, time lag, consume and produce rates and time to drain of
 * the pipeline's consumer groups, as a table refreshing like {@code top}, once, as JSON, or served
 * as Prometheus metrics ({@code --serve}).
 */
@Command(name = "lag", mixinStandardHelpOptions = true,
        description = {"Shows the pipeline's consumer-group lag per partition of the raw-pages topic, the age of",
            "the oldest unprocessed page (time lag), consume/produce rates and time to drain.",
            "Refreshes like top until Ctrl-C; --once prints one reading; --json prints JSON lines;",
            "--serve <port> runs a lag exporter serving /metrics for Prometheus."})
final class LagCommand implements Callable<Integer> {
    private static final String CLEAR = "\033[H\033[2J";
    private final StreamsAppConfig defaults = ConfigLoader.load(null, System.getenv());

    @Option(names = "--bootstrap-servers", paramLabel = "<host:port,...>",
            description = "Kafka bootstrap servers (default: NEWSPIPE_BOOTSTRAP_SERVERS or ${DEFAULT-VALUE}).")
    String bootstrapServers = defaults.bootstrapServers();

    @Option(names = "--group", paramLabel = "<group>",
            description = "Consumer group, repeatable (default: the streams application.id, ${DEFAULT-VALUE}).")
    List<String> groups = new ArrayList<>(List.of(defaults.applicationId()));

    @Option(names = "--topic", paramLabel = "<topic>", description = "Input topic (default: ${DEFAULT-VALUE}).")
    String topic = defaults.topics().rawPages();

    @Option(names = "--once", description = "Print one reading and exit.")
    boolean once;

    @Option(names = "--json", description = "JSON (one object per group and reading) instead of a table.")
    boolean json;

    @Option(names = "--interval", paramLabel = "<duration>", description = "Time between readings, e.g. 2s, 500ms "
            + "(default: ${DEFAULT-VALUE}). --once takes two readings this far apart to measure rates.")
    String interval = "2s";

    @Option(names = "--count", paramLabel = "<n>", description = "Stop after n refreshes (default: until Ctrl-C).")
    int count = -1;

    @Option(names = "--serve", paramLabel = "<port>", description = "Serve /metrics and /health/* on this port instead.")
    Integer serve;

    @Option(names = "--command-config", paramLabel = "<file>",
            description = "Kafka client properties (security settings) for the lag reader.")
    Path commandConfig;

    private PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    LagCommand withOut(PrintStream stream) {
        this.out = stream;
        return this;
    }

    @Override
    public Integer call() throws Exception {
        Duration every = ConfigLoader.parseDuration(interval);
        Properties props = clientProps();
        if (serve != null) {
            return serve(props, every);
        }
        Map<String, LagHistory> histories = new LinkedHashMap<>();
        groups.forEach(g -> histories.put(g, new LagHistory(Duration.ofMinutes(10).toMillis(), 60_000)));
        try (Admin admin = Admin.create(props); LagProbe probe = new LagProbe(admin, props, Clock.systemUTC())) {
            int readings = once ? 2 : count;
            for (int i = 0; readings < 0 || i < readings; i++) {
                if (i > 0) {
                    Thread.sleep(every.toMillis());
                }
                for (String g : groups) {
                    histories.get(g).add(probe.read(g, List.of(topic)));
                }
                if (!once || i == readings - 1) {
                    print(histories, !once);
                }
            }
        }
        return 0;
    }

    private void print(Map<String, LagHistory> histories, boolean refreshing) {
        StringBuilder sb = new StringBuilder();
        if (refreshing && !json) {
            sb.append(CLEAR).append("newspipe lag   (Ctrl-C to quit)\n\n");
        }
        histories.values().forEach(h -> {
            LagSnapshot s = h.latest().orElseThrow();
            sb.append(json ? LagReport.json(s, h.rates()) + "\n" : LagReport.table(s, h.rates()) + "\n");
        });
        out.print(sb);
        out.flush();
    }

    private int serve(Properties props, Duration every) throws Exception {
        try (LagExporter exporter = new LagExporter(props, groups.get(0), List.of(topic),
                outputTopics(), serve, every)) {
            out.println("newspipe lag exporter: group=" + groups.get(0) + " topic=" + topic + " http=:" + exporter.port());
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "newspipe-lag-shutdown"));
            stop.await();
        }
        return 0;
    }

    private List<String> outputTopics() {
        TopicNames t = defaults.topics();
        return List.of(t.articles(), t.duplicates(), t.deadLetters());
    }

    private Properties clientProps() throws IOException {
        Properties p = new Properties();
        if (commandConfig != null) {
            try (Reader r = Files.newBufferedReader(commandConfig, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "newspipe-lag");
        return p;
    }
}
