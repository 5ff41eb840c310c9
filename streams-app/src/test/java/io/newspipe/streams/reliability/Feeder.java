package io.newspipe.streams.reliability;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Produces the corpus to the raw topic in order, spread evenly over a given time, as the producer would. */
public final class Feeder {
    private static final int BATCH = 10;

    private Feeder() {
    }

    /** Sends every page (idempotent, acks=all, patient enough to ride out a broker restart). */
    public static void feed(String bootstrap, String topic, List<PageCorpus.Fed> pages, Duration spread,
            Map<String, String> overrides) throws InterruptedException {
        Properties p = new Properties();
        p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "180000");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "180000");
        p.putAll(overrides);
        long pauseMillis = spread.toMillis() * BATCH / Math.max(1, pages.size());
        try (KafkaProducer<String, byte[]> producer =
                     new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < pages.size(); i++) {
                PageCorpus.Fed page = pages.get(i);
                producer.send(new ProducerRecord<>(topic, page.url(), page.value()));
                if (i % BATCH == BATCH - 1) {
                    TimeUnit.MILLISECONDS.sleep(pauseMillis);
                }
            }
            producer.flush();
        }
    }
}
