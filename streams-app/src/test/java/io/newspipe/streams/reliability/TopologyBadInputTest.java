package io.newspipe.streams.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.avro.DeadLetter;
import io.newspipe.schemas.NewsSerdes;
import io.newspipe.streams.config.ConfigLoader;
import io.newspipe.streams.config.StreamsAppConfig;
import io.newspipe.streams.config.TopicNames;
import io.newspipe.streams.topology.NewsTopology;
import io.newspipe.streams.topology.StreamsProperties;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wrong bytes on the input topic, through the whole topology: each record yields exactly one output,
 * undecodable ones a dead letter {@code decode/undecodable} that keeps the bytes as received, and the
 * stream keeps going (a good page after the garbage is still an article). Also the page-size limit.
 */
class TopologyBadInputTest {
    private static final Instant T0 = Instant.parse("2026-01-05T06:00:00Z");
    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, byte[]> articles;
    private TestOutputTopic<String, byte[]> duplicates;
    private TestOutputTopic<String, DeadLetter> deadLetters;

    @BeforeEach
    void start() {
        // limits.max-page-bytes lowered through the environment route, as an operator would
        StreamsAppConfig config = ConfigLoader.load(null, Map.of(ConfigLoader.envName("limits.max-page-bytes"), "4096"))
                .withStateDir(stateDir).withTopics(TopicNames.withSuffix(""));
        driver = new TopologyTestDriver(NewsTopology.build(config), StreamsProperties.of(config));
        raw = driver.createInputTopic("news.raw-pages.v1", Serdes.String().serializer(), Serdes.ByteArray().serializer());
        articles = driver.createOutputTopic("news.articles.v1", Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer());
        duplicates = driver.createOutputTopic("news.duplicates.v1", Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer());
        deadLetters = driver.createOutputTopic("news.dead-letters.v1", Serdes.String().deserializer(),
                NewsSerdes.deadLetter().deserializer());
    }

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void wrongAvroBytesBecomeUndecodableDeadLettersAndTheStreamGoesOn() {
        Random random = new Random(8);
        byte[] valid = BadPages.html("https://dailyharbor.example/news/ok", BadPages.goodPage());
        List<byte[]> garbage = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            byte[] b = i % 3 == 0 ? new byte[random.nextInt(64)] : valid.clone();
            if (i % 3 == 0) {
                random.nextBytes(b);
            } else if (i % 3 == 1) {
                b = java.util.Arrays.copyOf(b, 10 + random.nextInt(b.length - 10)); // truncated record
            } else {
                b[2 + random.nextInt(8)] ^= (byte) (1 + random.nextInt(255));        // unknown fingerprint
            }
            garbage.add(b);
        }
        for (int i = 0; i < garbage.size(); i++) {
            raw.pipeInput("https://garbage.example/" + i, garbage.get(i), T0);
        }
        raw.pipeInput("https://garbage.example/null", null, T0);
        raw.pipeInput("https://garbage.example/forged-length", forgedLength(valid), T0);
        raw.pipeInput("https://dailyharbor.example/news/ok", valid, T0);

        List<DeadLetter> dead = deadLetters.readValuesToList();
        assertThat(dead).hasSize(garbage.size() + 2).allSatisfy(d -> {
            assertThat(d.getStage()).isEqualTo("decode");
            assertThat(d.getReason()).isEqualTo("undecodable");
            assertThat(d.getUrl()).startsWith("https://garbage.example/");
        });
        assertThat(dead.get(0).getRawValue().remaining()).as("the bytes as received are kept")
                .isEqualTo(garbage.get(0).length);
        assertThat(articles.readValuesToList()).as("a good page after the garbage").hasSize(1);
        assertThat(duplicates.isEmpty()).isTrue();
    }

    /** A valid header then a string length prefix of about a gigabyte: a poison pill without decode limits. */
    private static byte[] forgedLength(byte[] valid) {
        byte[] forged = java.util.Arrays.copyOf(valid, 15);
        byte[] prefix = {(byte) 0xFE, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x05};
        System.arraycopy(prefix, 0, forged, 10, prefix.length);
        return forged;
    }

    @Test
    void pagesOverTheConfiguredLimitAreDeadLetteredTooLarge() {
        byte[] big = BadPages.bigPage(5_000);
        assertThat(big.length).isGreaterThan(4096);
        raw.pipeInput("https://big.example/a", BadPages.html("https://big.example/a", big), T0);
        byte[] fits = BadPages.bigPage(3_000);
        raw.pipeInput("https://big.example/b", BadPages.html("https://big.example/b", fits), T0);

        DeadLetter d = deadLetters.readValue();
        assertThat(d.getReason()).isEqualTo("too_large");
        assertThat(d.getStage()).isEqualTo("extract");
        assertThat(d.getDetail()).contains("> limit 4096");
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(articles.readValuesToList()).hasSize(1);
    }
}
