package io.newspipe.schemas;

import io.newspipe.avro.Article;
import io.newspipe.avro.DeadLetter;
import io.newspipe.avro.DuplicateNotice;
import io.newspipe.avro.RawPage;

/**
 * The serdes of the pipeline's topics. Each call returns a new, thread-safe serde.
 */
public final class NewsSerdes {
    private NewsSerdes() {
    }

    public static AvroSerde<RawPage> rawPage() {
        return new AvroSerde<>(RawPage.getClassSchema(), SchemaHistory.of("RawPage"));
    }

    public static AvroSerde<Article> article() {
        return new AvroSerde<>(Article.getClassSchema(), SchemaHistory.of("Article"));
    }

    public static AvroSerde<DuplicateNotice> duplicateNotice() {
        return new AvroSerde<>(DuplicateNotice.getClassSchema(), SchemaHistory.of("DuplicateNotice"));
    }

    public static AvroSerde<DeadLetter> deadLetter() {
        return new AvroSerde<>(DeadLetter.getClassSchema(), SchemaHistory.of("DeadLetter"));
    }
}
