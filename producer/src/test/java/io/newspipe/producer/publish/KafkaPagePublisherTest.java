package io.newspipe.producer.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.avro.DeadLetter;
import io.newspipe.avro.RawPage;
import io.newspipe.producer.config.ProducerConfig;
import io.newspipe.schemas.NewsSerdes;
import io.newspipe.schemas.Topics;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** Unit test of the publisher's own logic on Kafka's MockProducer; the broker round trip is the IT. */
class KafkaPagePublisherTest {
    private final ProducerMetrics metrics = ProducerMetrics.simple();

    static RawPage page(String url, int bodyBytes) {
        return RawPage.newBuilder().setUrl(url).setFetchedAt(Instant.parse("2026-11-29T04:00:00Z"))
                .setContentType("text/html").setBody(ByteBuffer.wrap(new byte[bodyBytes])).setSource("feed")
                .setSite("s").setHeaders(Map.of()).setCrawlMetadata(Map.of()).build();
    }

    @Test
    void deliveryGuaranteesAreFixed() {
        Map<String, Object> p = KafkaPagePublisher.kafkaProperties(ProducerConfig.of("127.0.0.1:9092"));
        assertThat(p).containsEntry("enable.idempotence", "true").containsEntry("acks", "all")
                .containsEntry("compression.type", "zstd").containsEntry("bootstrap.servers", "127.0.0.1:9092");
    }

    @Test
    void publishesUnderTheCanonicalUrlAndDeadLettersPagesAboveTheCap() {
        MockProducer<String, byte[]> mock = new MockProducer<>(true, null, new StringSerializer(),
                new ByteArraySerializer());
        try (KafkaPagePublisher publisher = new KafkaPagePublisher(mock, 10_000, metrics)) {
            publisher.page("https://example.org/a", page("https://example.org/a", 100));
            publisher.page("https://example.org/big", page("https://example.org/big", 50_000));
        }
        assertThat(mock.history()).extracting(ProducerRecord::topic).containsExactly(Topics.RAW_PAGES,
                Topics.DEAD_LETTERS);
        ProducerRecord<String, byte[]> first = mock.history().get(0);
        assertThat(first.key()).isEqualTo("https://example.org/a");
        RawPage back = NewsSerdes.rawPage().deserializer().deserialize(Topics.RAW_PAGES, first.value());
        assertThat(back.getBody().remaining()).isEqualTo(100);
        DeadLetter dl = NewsSerdes.deadLetter().deserializer().deserialize(Topics.DEAD_LETTERS,
                mock.history().get(1).value());
        assertThat(dl.getStage()).isEqualTo("publish");
        assertThat(dl.getReason()).isEqualTo("too_large");
        assertThat(dl.getRawPage().getBody().remaining()).isZero();
        assertThat(metrics.count("newspipe.producer.dead.letters", "stage", "publish", "reason", "too_large"))
                .isEqualTo(1);
        assertThat(metrics.count("newspipe.producer.published", "topic", Topics.RAW_PAGES)).isEqualTo(1);
    }

    @Test
    void aFailedSendBecomesADeadLetterNotACrash() {
        MockProducer<String, byte[]> mock = new MockProducer<>(false, null, new StringSerializer(),
                new ByteArraySerializer());
        try (KafkaPagePublisher publisher = new KafkaPagePublisher(mock, 100_000, metrics)) {
            publisher.page("https://example.org/a", page("https://example.org/a", 10));
            mock.errorNext(new RecordTooLargeException("broker says no"));
            mock.completeNext();
            assertThat(mock.history()).extracting(ProducerRecord::topic).containsExactly(Topics.RAW_PAGES,
                    Topics.DEAD_LETTERS);
            DeadLetter dl = NewsSerdes.deadLetter().deserializer().deserialize(Topics.DEAD_LETTERS,
                    mock.history().get(1).value());
            assertThat(dl.getReason()).isEqualTo("too_large");
            assertThat(dl.getDetail()).contains("broker says no");
        }
    }
}
