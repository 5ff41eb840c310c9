package io.newspipe.streams.stage;

import io.newspipe.avro.Article;
import io.newspipe.streams.dedup.DedupConfig;
import io.newspipe.streams.dedup.DedupMessage;
import io.newspipe.streams.dedup.DedupMessageCodec;
import io.newspipe.streams.dedup.DedupStateCodec;
import io.newspipe.streams.dedup.HomePartitions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Several partitions of the partitioned dedup with a network the test controls: messages between
 * partitions wait in flight until the test delivers them, in any order it likes. Every message crosses
 * the binary codec, as it would cross the protocol topic.
 */
final class DedupCluster {
    /** A page's final result, with the partition that emitted it. */
    record Emitted(String articleId, StageResult result, int partition) {
    }

    private record InFlight(int partition, DedupMessage message) {
    }

    private final int partitions;
    private final DedupMessageCodec codec;
    private final List<PartitionedDedupStage> stages = new ArrayList<>();
    final List<MapPartitionedDedupState> states = new ArrayList<>();
    final List<Emitted> emitted = new ArrayList<>();
    private final List<InFlight> inFlight = new ArrayList<>();
    int messagesSent;

    DedupCluster(DedupConfig config, int partitions) {
        this.partitions = partitions;
        this.codec = new DedupMessageCodec(config);
        for (int p = 0; p < partitions; p++) {
            int self = p;
            MapPartitionedDedupState state = new MapPartitionedDedupState();
            states.add(state);
            stages.add(new PartitionedDedupStage(config, partitions, p, state, new DedupOutbox() {
                @Override
                public void emit(String articleId, StageResult result, long timestamp, byte[] carry) {
                    emitted.add(new Emitted(articleId, result, self));
                }

                @Override
                public void send(DedupMessage message) {
                    messagesSent++;
                    DedupMessage crossed = codec.decode(message.routingKey(), codec.encode(message));
                    inFlight.add(new InFlight(HomePartitions.of(message.routingKey(), partitions), crossed));
                }
            }));
        }
    }

    /** Hands a candidate to its home partition (by article id hash). */
    void submit(Article candidate) {
        long id = DedupStateCodec.articleIdHash(candidate.getId());
        stages.get(HomePartitions.of(id, partitions)).onArticle(candidate, 0, new byte[0]);
    }

    /** Delivers in-flight messages matching {@code which}, oldest first, until none match. */
    void deliverMatching(Predicate<DedupMessage> which) {
        for (int i = 0; i < inFlight.size(); ) {
            if (which.test(inFlight.get(i).message())) {
                deliver(inFlight.remove(i));
                i = 0;
            } else {
                i++;
            }
        }
    }

    /** Delivers every message in a random order (new messages join the pool) until none is in flight. */
    void deliverAll(Random random) {
        while (!inFlight.isEmpty()) {
            deliver(inFlight.remove(random.nextInt(inFlight.size())));
        }
    }

    /** Delivers every message, oldest first. */
    void deliverAllInOrder() {
        while (!inFlight.isEmpty()) {
            deliver(inFlight.remove(0));
        }
    }

    int inFlight() {
        return inFlight.size();
    }

    /** Pages still waiting for a decision on any partition. */
    int pending() {
        return states.stream().mapToInt(s -> s.pending.size()).sum();
    }

    List<Article> articles() {
        return emitted.stream().filter(e -> e.result().isArticle()).map(e -> e.result().article()).toList();
    }

    List<io.newspipe.avro.DuplicateNotice> duplicates() {
        return emitted.stream().filter(e -> e.result().isDuplicate()).map(e -> e.result().duplicate()).toList();
    }

    private void deliver(InFlight f) {
        stages.get(f.partition()).onMessage(f.message(), 0);
    }
}
