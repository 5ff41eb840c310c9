package io.newspipe.bench;

import io.newspipe.avro.Article;
import io.newspipe.schemas.AvroSerde;
import io.newspipe.schemas.NewsSerdes;
import io.newspipe.streams.stage.StageResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One build's side of {@link DedupAB}, loaded in that build's class loader: the path a candidate takes from
 * the extract stage's output to the dedup stage's output, in four parts {@link DedupAB} times one by one:
 * the candidate's Avro encode (for the dedup input topic), its decode at the dedup task, the partitioned dedup
 * ({@link InMemoryDedup}, fresh at each {@link #reset}) and the output's Avro encode. Public for reflection
 * only; not thread-safe.
 */
public final class DedupABSide {
    private final AvroSerde<Article> serde = NewsSerdes.article();
    private final StageOutputs outputs = new StageOutputs();
    private final List<Article> candidates = new ArrayList<>();
    private InMemoryDedup dedup = new InMemoryDedup();
    private byte[] encoded;
    private Article decoded;
    private StageResult result;

    /** @param candidates the candidates' Avro bytes (the wire format, the same in both builds) */
    public DedupABSide(List<byte[]> candidates) {
        Objects.requireNonNull(candidates, "candidates").forEach(b -> this.candidates.add(serde.decode(b)));
    }

    /** A fresh dedup: every pass decides the same pages anew. */
    public void reset() {
        dedup = new InMemoryDedup();
    }

    /** Part 0: encodes candidate {@code i}. */
    public void encodeCandidate(int i) {
        encoded = serde.encode(candidates.get(i));
    }

    /** Part 1: decodes it as the dedup task does. */
    public void decodeCandidate() {
        decoded = serde.decode(encoded);
    }

    /** Part 2: the dedup decision. */
    public void dedup() {
        result = dedup.apply(decoded, encoded);
    }

    /** Part 3: the output's bytes (compared between the builds). */
    public byte[] encodeOutput() {
        return outputs.encode(result);
    }
}
