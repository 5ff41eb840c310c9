package io.newspipe.streams.stage;

import io.newspipe.avro.Article;
import io.newspipe.avro.DeadLetter;
import io.newspipe.avro.DuplicateNotice;
import java.util.Objects;
import org.apache.avro.specific.SpecificRecord;

/**
 * What a stage made of one page: exactly one of an article (or article candidate), a duplicate notice
 * or a dead letter. Keeps the accounting invariant visible in the types: every stage maps one input
 * to one result.
 *
 * <p>Immutable itself, but the Avro record it holds is mutable: share a result between threads only if nobody
 * changes that record.
 *
 * @param record the {@link Article}, {@link DuplicateNotice} or {@link DeadLetter}
 */
public record StageResult(SpecificRecord record) {
    public StageResult {
        Objects.requireNonNull(record, "record");
        if (!(record instanceof Article || record instanceof DuplicateNotice || record instanceof DeadLetter)) {
            throw new IllegalArgumentException("not a pipeline output: " + record.getClass().getName());
        }
    }

    public static StageResult of(SpecificRecord record) {
        return new StageResult(record);
    }

    public boolean isArticle() {
        return record instanceof Article;
    }

    public boolean isDuplicate() {
        return record instanceof DuplicateNotice;
    }

    public boolean isDeadLetter() {
        return record instanceof DeadLetter;
    }

    public Article article() {
        return (Article) record;
    }

    public DuplicateNotice duplicate() {
        return (DuplicateNotice) record;
    }

    public DeadLetter deadLetter() {
        return (DeadLetter) record;
    }
}
