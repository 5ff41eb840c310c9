package io.newspipe.streams.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newspipe.embedded.EmbeddedKafka;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The lag monitor on the embedded broker: gauges per partition, new partitions within seconds, errors counted. */
class LagMonitorTest {
    @Test
    void exportsLagPerPartitionAndPicksUpNewPartitionsWithinSeconds() throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.shared();
        String input = EmbeddedKafka.uniqueName("monitor-in");
        String output = EmbeddedKafka.uniqueName("monitor-out");
        kafka.createTopics(1, input, output);
        try (KafkaProducer<String, String> p = new KafkaProducer<>(kafka.clientProps(), new StringSerializer(),
                new StringSerializer())) {
            for (int i = 0; i < 5; i++) {
                p.send(new ProducerRecord<>(input, 0, "k", "v"));
            }
            p.flush();
        }
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Properties props = kafka.clientProps();
        try (Admin admin = Admin.create(props);
             LagMonitor monitor = new LagMonitor(new LagProbe(admin, props, Clock.systemUTC()), admin, "g-monitor",
                     List.of(input), List.of(output), registry, Duration.ofMillis(300))) {
            awaitGauge(registry, "newspipe.consumer.group.lag", "0", 5.0);
            // the gauges of one probe are registered one after the other: wait for the time lag too
            assertThat(awaitAnyGauge(registry, "newspipe.consumer.group.time.lag", "partition", "0").value())
                    .isGreaterThanOrEqualTo(0);
            assertThat(awaitAnyGauge(registry, "newspipe.topic.end.offset", "topic", output).value()).isZero();
            assertThat(monitor.isFresh(Duration.ofSeconds(5))).isTrue();
            assertThat(monitor.history().latest().orElseThrow().totalLag()).isEqualTo(5);

            admin.createPartitions(Map.of(input, NewPartitions.increaseTo(2))).all().get(10, TimeUnit.SECONDS);
            long start = System.nanoTime();
            awaitGauge(registry, "newspipe.consumer.group.lag", "1", 0.0);
            System.out.println("new partition exported after " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
    }

    @Test
    void aMissingTopicCountsAnErrorAndKeepsTheMonitorAlive() throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.shared();
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Properties props = kafka.clientProps();
        try (Admin admin = Admin.create(props);
             LagMonitor monitor = new LagMonitor(new LagProbe(admin, props, Clock.systemUTC()), admin, "g-missing",
                     List.of(EmbeddedKafka.uniqueName("no-such-topic")), List.of(), registry, Duration.ofMillis(200))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (registry.find("newspipe.lag.probe.errors").counter().count() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(registry.find("newspipe.lag.probe.errors").counter().count()).isGreaterThanOrEqualTo(2);
            assertThat(monitor.isFresh(Duration.ofMinutes(1))).isFalse();
        }
    }

    private static Gauge awaitAnyGauge(PrometheusMeterRegistry registry, String name, String tag, String value)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Gauge g = registry.find(name).tag(tag, value).gauge();
            if (g != null) {
                return g;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(name + "{" + tag + "=" + value + "} not registered within 10 s:\n"
                + registry.scrape());
    }

    private static void awaitGauge(PrometheusMeterRegistry registry, String name, String partition, double expected)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Gauge g = registry.find(name).tag("partition", partition).gauge();
            if (g != null && g.value() == expected) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(name + "{partition=" + partition + "} != " + expected + " within 10 s:\n"
                + registry.scrape());
    }
}
