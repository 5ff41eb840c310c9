package io.newspipe.streams.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.avro.Article;
import io.newspipe.avro.DeadLetter;
import io.newspipe.avro.DuplicateNotice;
import io.newspipe.avro.RawPage;
import io.newspipe.embedded.EmbeddedKafka;
import io.newspipe.schemas.NewsSerdes;
import io.newspipe.streams.app.StreamsApp;
import io.newspipe.streams.config.StreamsAppConfig;
import io.newspipe.streams.config.TopicNames;
import io.newspipe.streams.route.Route;
import io.newspipe.streams.testing.SyntheticArticles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on a real KRaft broker: raw pages in, the streams app with exactly-once and two stream
 * threads over three partitions, and a read_committed consumer that checks every page is accounted
 * for exactly once, copies collapse across partitions, revisions keep their id, and routed copies
 * appear.
 */
class PipelineIntegrationTest {
    private static final Instant T0 = Instant.parse("2024-03-05T10:00:00Z");
    private static final List<String> NEAR_PAIR = List.of("https://coastal-times.example/harbour-story",
            "https://bay-herald.example/news/harbour-story");

    @TempDir
    Path stateDir;

    @Test
    void everyRawPageIsAccountedForExactlyOnceOnTheRealBroker() throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.shared();
        String suffix = "." + EmbeddedKafka.uniqueName("it");
        TopicNames topics = TopicNames.withSuffix(suffix);
        String routed = "news.articles.lang.en.v1" + suffix;
        kafka.createTopics(3, topics.rawPages(), topics.articles(), topics.duplicates(), topics.deadLetters(), routed);
        StreamsAppConfig config = StreamsAppConfig.defaults()
                .withBootstrapServers(kafka.bootstrapServers())
                .withApplicationId(EmbeddedKafka.uniqueName("newspipe-it"))
                .withStateDir(stateDir).withTopics(topics).withThreads(2).withHttpPort(-1)
                .withRoutes(Route.parseAll("lang:en=" + routed));

        List<ProducerRecord<String, byte[]>> inputs = inputs(topics.rawPages());
        try (StreamsApp app = StreamsApp.start(config)) {
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            produce(kafka, inputs);
            Map<String, List<ConsumerRecord<String, byte[]>>> out =
                    consume(kafka, List.of(topics.articles(), topics.duplicates(), topics.deadLetters(), routed),
                            inputs.size(), Duration.ofSeconds(90));

            List<Article> articles = decode(out.get(topics.articles()), r -> NewsSerdes.article().decode(r));
            List<DuplicateNotice> dups = decode(out.get(topics.duplicates()),
                    r -> NewsSerdes.duplicateNotice().decode(r));
            List<DeadLetter> dead = decode(out.get(topics.deadLetters()), r -> NewsSerdes.deadLetter().decode(r));

            assertThat(articles.size() + dups.size() + dead.size()).isEqualTo(inputs.size());
            List<String> outUrls = new ArrayList<>();
            articles.forEach(a -> outUrls.add(a.getUrl()));
            dups.forEach(d -> outUrls.add(d.getUrl()));
            dead.forEach(d -> outUrls.add(d.getUrl()));
            assertThat(outUrls).containsExactlyInAnyOrderElementsOf(inputs.stream().map(ProducerRecord::key).toList());

            assertThat(articles.stream().filter(a -> a.getRevision() == 1)).hasSize(21);
            assertThat(articles.stream().filter(a -> a.getRevision() == 2)).hasSize(2)
                    .allSatisfy(rev -> assertThat(articles).anySatisfy(first -> {
                        assertThat(first.getId()).isEqualTo(rev.getId());
                        assertThat(first.getRevision()).isEqualTo(1);
                    }));
            // the copies carry another URL in their canonical link, so their normalised body is the same
            assertThat(dups).filteredOn(d -> d.getMethod().equals("exact_copy")).hasSize(5);
            assertThat(dups).filteredOn(d -> d.getMethod().equals("same_url")).hasSize(3);
            // the two reworded copies published at once on different partitions: one article, one notice
            List<Article> pair = articles.stream().filter(a -> NEAR_PAIR.contains(a.getUrl())).toList();
            assertThat(pair).hasSize(1);
            assertThat(dups).filteredOn(d -> d.getMethod().equals("near_duplicate")).singleElement()
                    .satisfies(d -> {
                        assertThat(NEAR_PAIR).contains(d.getUrl());
                        assertThat(d.getUrl()).isNotEqualTo(pair.get(0).getUrl());
                        assertThat(d.getDuplicateOf()).isEqualTo(pair.get(0).getId());
                    });
            assertThat(dead).hasSize(3).allSatisfy(d -> assertThat(d.getReason()).isEqualTo("undecodable"));
            assertThat(out.get(routed)).hasSize(articles.size());
            for (ConsumerRecord<String, byte[]> r : out.get(topics.articles())) {
                assertThat(r.key()).isEqualTo(NewsSerdes.article().decode(r.value()).getId());
            }
        }
    }

    private static List<ProducerRecord<String, byte[]>> inputs(String topic) throws IOException {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String body = SyntheticArticles.page(i, "https://dailyharbor.example/news/" + i);
            bodies.add(body);
            records.add(raw(topic, "https://dailyharbor.example/news/" + i, body));
        }
        for (int i = 0; i < 5; i++) {
            records.add(raw(topic, "https://wire-copy.example/story/" + i, bodies.get(i)));
        }
        for (int i = 5; i < 8; i++) {
            records.add(raw(topic, "https://dailyharbor.example/news/" + i, bodies.get(i)));
        }
        for (int i = 8; i < 10; i++) {
            records.add(raw(topic, "https://dailyharbor.example/news/" + i,
                    bodies.get(i).replace("</article>", "<p>Correction: an earlier version of this story gave the"
                            + " wrong date for the meeting, which takes place on Thursday.</p></article>")));
        }
        // two copies of one story under different URLs, the second with a reworded intro, sent to two
        // different partitions in the same batch
        String story = SyntheticArticles.page(100, NEAR_PAIR.get(0), 10);
        int intro = story.indexOf("<p>", story.indexOf("byline"));
        String reworded = story.substring(0, intro) + "<p>Officials said on Wednesday that the decision had been"
                + " expected for weeks, and that talks would resume soon.</p>\n"
                + story.substring(story.indexOf("</p>", intro) + 5);
        ProducerRecord<String, byte[]> a = raw(topic, NEAR_PAIR.get(0), story);
        ProducerRecord<String, byte[]> b = raw(topic, NEAR_PAIR.get(1), reworded.replace(NEAR_PAIR.get(0),
                NEAR_PAIR.get(1)));
        records.add(new ProducerRecord<>(topic, 0, a.key(), a.value()));
        records.add(new ProducerRecord<>(topic, 1, b.key(), b.value()));
        for (int i = 0; i < 3; i++) {
            records.add(new ProducerRecord<>(topic, "https://broken.example/" + i, new byte[] {9, 9, (byte) i}));
        }
        return records;
    }

    private static ProducerRecord<String, byte[]> raw(String topic, String url, String html) {
        RawPage page = RawPage.newBuilder().setUrl(url).setFetchedAt(T0).setHttpStatus(200)
                .setContentType("text/html; charset=utf-8").setHeaders(Map.of())
                .setBody(ByteBuffer.wrap(html.getBytes(StandardCharsets.UTF_8))).setSource("test").setSite(null)
                .setCrawlMetadata(Map.of()).build();
        return new ProducerRecord<>(topic, url, NewsSerdes.rawPage().encode(page));
    }

    private static void produce(EmbeddedKafka kafka, List<ProducerRecord<String, byte[]>> records) {
        Properties p = kafka.clientProps();
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer =
                     new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            // Sequential sends keep the order of a URL's versions within its partition.
            for (ProducerRecord<String, byte[]> r : records) {
                producer.send(r);
            }
            producer.flush();
        }
    }

    private static Map<String, List<ConsumerRecord<String, byte[]>>> consume(EmbeddedKafka kafka, List<String> topics,
            int expectedMain, Duration timeout) {
        Properties p = kafka.clientProps();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, EmbeddedKafka.uniqueName("verify"));
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, List<ConsumerRecord<String, byte[]>>> out = new HashMap<>();
        topics.forEach(t -> out.put(t, new ArrayList<>()));
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(topics);
            long deadline = System.nanoTime() + timeout.toNanos();
            long quietUntil = Long.MAX_VALUE;
            while (System.nanoTime() < deadline && System.nanoTime() < quietUntil) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    out.get(r.topic()).add(r);
                }
                int main = out.get(topics.get(0)).size() + out.get(topics.get(1)).size() + out.get(topics.get(2)).size();
                if (main >= expectedMain && quietUntil == Long.MAX_VALUE) {
                    // keep reading a little longer: a doubled record would show up now
                    quietUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                }
            }
        }
        return out;
    }

    private interface Decoder<T> {
        T decode(byte[] bytes);
    }

    private static <T> List<T> decode(List<ConsumerRecord<String, byte[]>> records, Decoder<T> decoder) {
        return records.stream().map(r -> decoder.decode(r.value())).toList();
    }
}
