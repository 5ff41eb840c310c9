package io.newspipe.streams.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.embedded.EmbeddedKafka;
import io.newspipe.streams.app.StreamsApp;
import io.newspipe.streams.config.StreamsAppConfig;
import io.newspipe.streams.config.TopicNames;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page that fits the raw topic and {@code limits.max-page-bytes} but whose article does not fit the
 * output (and repartition) topics' {@code max.message.bytes} (Kafka's default, about 1 MB; the article
 * carries {@code body_text} and {@code body_html}, so it can be twice the page's text).
 * The contract wants it accounted for (an article or a dead letter) and the stream to go on; a
 * {@code RecordTooLargeException} in a stream thread instead fails the thread, which is replaced and
 * reads the same page again, forever: a poison pill that stalls its partition.
 */
class OversizedOutputTest {
    @TempDir
    Path stateDir;

    @Test
    void aPageWhoseArticleExceedsTheTopicMessageLimitIsAccountedForAndTheStreamGoesOn() throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.shared();
        TopicNames topics = TopicNames.withSuffix("." + EmbeddedKafka.uniqueName("oversized"));
        // as a deployment that admits pages up to limits.max-page-bytes (10 MiB) must configure its raw topic;
        // the other topics keep the broker's default message limit (about 1 MB)
        kafka.admin().createTopics(List.of(new NewTopic(topics.rawPages(), 1, (short) 1)
                .configs(Map.of("max.message.bytes", Integer.toString(16 * 1024 * 1024))))).all().get();
        kafka.createTopics(1, topics.rawPages(), topics.articles(), topics.duplicates(), topics.deadLetters());
        StreamsAppConfig config = StreamsAppConfig.defaults().withBootstrapServers(kafka.bootstrapServers())
                .withApplicationId(EmbeddedKafka.uniqueName("newspipe-oversized")).withStateDir(stateDir)
                .withTopics(topics).withHttpPort(-1);
        String bigUrl = "https://big.example/news/long-read";
        String smallUrl = "https://small.example/news/after";
        // 3 MB of text: within limits.max-page-bytes and the raw topic's limit, not within the others'
        List<PageCorpus.Fed> pages = List.of(
                new PageCorpus.Fed(bigUrl, BadPages.html(bigUrl, BadPages.bigPage(3_000_000)), PageCorpus.Kind.NEW),
                new PageCorpus.Fed(smallUrl, BadPages.html(smallUrl, BadPages.goodPage()), PageCorpus.Kind.NEW));
        try (StreamsApp app = StreamsApp.start(config);
             OutputLedger ledger = new OutputLedger(kafka.bootstrapServers(), topics, Map.of())) {
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            Feeder.feed(kafka.bootstrapServers(), topics.rawPages(), pages, Duration.ZERO,
                    Map.of("max.request.size", Integer.toString(16 * 1024 * 1024)));
            long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
            while (ledger.total() < pages.size() && System.nanoTime() < deadline) {
                ledger.poll(Duration.ofSeconds(1));
            }
            OutputLedger.Figures f = ledger.figures(pages);
            assertThat(f.lost()).as("both pages accounted for; the big one as an article or a too_large dead letter")
                    .isZero();
            assertThat(f.doubled()).isZero();
        }
    }
}
