package io.newspipe.streams.reliability;

import io.newspipe.avro.Article;
import io.newspipe.schemas.NewsSerdes;
import io.newspipe.streams.config.TopicNames;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the three output topics with a {@code read_committed} consumer (assigned every partition, no
 * group) from the beginning and keeps
 * what is needed to account for every fed page: the URL of each output record, each article's
 * (id, revision) and fetch time in topic order. Not thread-safe.
 */
public final class OutputLedger implements AutoCloseable {
    private final TopicNames topics;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Integer> urlCounts = new HashMap<>();
    private final Map<String, List<String>> outcomesByUrl = new HashMap<>();
    private final Map<String, List<Article>> revisionsById = new HashMap<>();
    private int articles;
    private int duplicates;
    private int deadLetters;

    public OutputLedger(String bootstrapServers, TopicNames topics, Map<String, String> clientOverrides) {
        this.topics = topics;
        Properties p = new Properties();
        p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.putAll(clientOverrides);
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        // assigned, not subscribed: a group rebalance (e.g. when the broker restarts) would send an
        // uncommitted reader back to the earliest offset and make it count records twice
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics.outputs()) {
            consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Polls for about {@code duration}, recording every committed output record. */
    public void poll(Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                record(r);
            }
        }
    }

    private void record(ConsumerRecord<String, byte[]> r) {
        String url;
        String outcome;
        if (r.topic().equals(topics.articles())) {
            Article a = NewsSerdes.article().decode(r.value());
            url = a.getUrl();
            outcome = "article:" + a.getId() + "#" + a.getRevision();
            revisionsById.computeIfAbsent(a.getId(), k -> new ArrayList<>()).add(a);
            articles++;
        } else if (r.topic().equals(topics.duplicates())) {
            var d = NewsSerdes.duplicateNotice().decode(r.value());
            url = d.getUrl();
            outcome = "duplicate:" + d.getMethod();
            duplicates++;
        } else {
            var d = NewsSerdes.deadLetter().decode(r.value());
            url = d.getUrl();
            outcome = "dead_letter:" + d.getStage() + "/" + d.getReason() + ":" + d.getDetail();
            deadLetters++;
        }
        urlCounts.merge(url, 1, Integer::sum);
        outcomesByUrl.computeIfAbsent(url, k -> new ArrayList<>())
                .add(outcome + "@" + r.topic() + "/" + r.partition() + ":" + r.offset());
    }

    public int total() {
        return articles + duplicates + deadLetters;
    }

    /** The accounting against what was fed. */
    public Figures figures(List<PageCorpus.Fed> fed) {
        Map<String, Integer> expected = new HashMap<>();
        fed.forEach(f -> expected.merge(f.url(), 1, Integer::sum));
        int lost = 0;
        int doubled = 0;
        List<String> examples = new ArrayList<>();
        Set<String> urls = new HashSet<>(expected.keySet());
        urls.addAll(urlCounts.keySet());
        for (String url : urls) {
            int diff = urlCounts.getOrDefault(url, 0) - expected.getOrDefault(url, 0);
            lost += Math.max(0, -diff);
            doubled += Math.max(0, diff);
            if (diff != 0 && examples.size() < 10) {
                examples.add(url + " fed " + expected.getOrDefault(url, 0) + "x, out: "
                        + outcomesByUrl.getOrDefault(url, List.of()));
            }
        }
        if (!examples.isEmpty()) {
            System.out.println("accounting differences (first 10):");
            examples.forEach(e -> System.out.println("  " + e));
        }
        int revisionsDoubled = 0;
        int revisionGaps = 0;
        int outOfFetchOrder = 0;
        for (List<Article> versions : revisionsById.values()) {
            Set<Integer> seen = new HashSet<>();
            Instant lastFetch = Instant.MIN;
            for (int i = 0; i < versions.size(); i++) {
                Article a = versions.get(i);
                if (!seen.add(a.getRevision())) {
                    revisionsDoubled++;
                } else if (a.getRevision() != i + 1) {
                    revisionGaps++;
                }
                if (a.getFetchedAt().isBefore(lastFetch)) {
                    outOfFetchOrder++;
                }
                lastFetch = a.getFetchedAt();
            }
        }
        return new Figures(fed.size(), total(), articles, duplicates, deadLetters, lost, doubled, revisionsDoubled,
                revisionGaps, outOfFetchOrder);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }

    /**
     * What a crash run measured.
     *
     * @param revisionsDoubled an article (id, revision) seen twice
     * @param revisionGaps a revision number out of sequence 1, 2, 3 … in its id's topic order
     * @param revisionsOutOfFetchOrder a revision carrying an older fetch than the revision before it
     */
    public record Figures(int fed, int outputs, int articles, int duplicates, int deadLetters, int lost, int doubled,
            int revisionsDoubled, int revisionGaps, int revisionsOutOfFetchOrder) {
    }
}
