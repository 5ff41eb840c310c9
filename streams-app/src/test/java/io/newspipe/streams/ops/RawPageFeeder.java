package io.newspipe.streams.ops;

import io.newspipe.avro.RawPage;
import io.newspipe.embedded.EmbeddedKafka;
import io.newspipe.schemas.NewsSerdes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plays the producer in ops tests: publishes raw pages at a steady rate on a background thread until
 * closed. Of every ten pages, one is undecodable (a dead letter) and one is a copy of an earlier page
 * under another URL (a duplicate); sites alternate between an English and an Arabic name.
 */
public final class RawPageFeeder implements AutoCloseable {
    public static final String[] SITES = {"daily-harbor", "الخليج اليوم"};
    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final String page;
    private final long periodMs;
    private final AtomicInteger sent = new AtomicInteger();
    private final Thread thread;
    private volatile boolean running = true;

    public RawPageFeeder(EmbeddedKafka kafka, String topic, int pagesPerSecond) throws IOException {
        this.topic = topic;
        this.periodMs = 1000L / pagesPerSecond;
        try (InputStream in = RawPageFeeder.class.getResourceAsStream("/pages/daily-harbor/port-strike.html")) {
            this.page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Properties p = kafka.clientProps();
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        this.thread = new Thread(this::loop, "raw-page-feeder");
        thread.setDaemon(true);
        thread.start();
    }

    /** Pages sent so far. */
    public int sent() {
        return sent.get();
    }

    private void loop() {
        while (running) {
            int i = sent.get();
            producer.send(record(i));
            sent.incrementAndGet();
            try {
                Thread.sleep(periodMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private ProducerRecord<String, byte[]> record(int i) {
        String site = SITES[i % 2];
        if (i % 10 == 9) {
            return new ProducerRecord<>(topic, "https://broken.example/" + i, new byte[] {9, 9, (byte) i});
        }
        int story = i % 10 == 8 ? i - 8 : i;
        String url = (i % 10 == 8 ? "https://wire-copy.example/story/" : "https://dailyharbor.example/news/") + i;
        String body = page.replace("forty ships", (40 + story) + " ships").replace("Harbor City", "Harbor City " + story);
        RawPage raw = RawPage.newBuilder().setUrl(url).setFetchedAt(Instant.now()).setHttpStatus(200)
                .setContentType("text/html; charset=utf-8").setHeaders(Map.of())
                .setBody(ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8))).setSource("test").setSite(site)
                .setCrawlMetadata(Map.of()).build();
        return new ProducerRecord<>(topic, url, NewsSerdes.rawPage().encode(raw));
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5000);
        producer.close();
    }
}
