package io.newspipe.bench;

import io.newspipe.avro.Article;
import io.newspipe.avro.DeadLetter;
import io.newspipe.avro.DuplicateNotice;
import io.newspipe.schemas.AvroSerde;
import io.newspipe.schemas.NewsSerdes;
import io.newspipe.streams.stage.StageResult;
import java.util.Objects;

/**
 * Avro encoding of what a stage put out, as the topology's sinks write it: an article, a dead letter or a
 * duplicate notice. The bench's stage timings encode through it so that every measurement pays the same
 * serialisation. Not thread-safe (one per measuring thread).
 */
final class StageOutputs {
    private final AvroSerde<Article> articles = NewsSerdes.article();
    private final AvroSerde<DeadLetter> deadLetters = NewsSerdes.deadLetter();
    private final AvroSerde<DuplicateNotice> duplicates = NewsSerdes.duplicateNotice();

    /** The record's bytes, whichever kind of output {@code result} is. */
    byte[] encode(StageResult result) {
        Objects.requireNonNull(result, "result");
        if (result.isArticle()) {
            return articles.encode(result.article());
        }
        return result.isDeadLetter() ? deadLetters.encode(result.deadLetter())
                : duplicates.encode(result.duplicate());
    }

    /** The article serde, for the candidate that crosses the dedup input topic. */
    AvroSerde<Article> articles() {
        return articles;
    }
}
