package io.newspipe.streams.dedup;

import io.newspipe.streams.dedup.DedupStateCodec.BandEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The protocol bookkeeping of one pending article at its home partition (store {@code dedup-pending},
 * encoded by {@link DedupMessageCodec#encodePending}): the timestamp its outputs will carry, how many
 * answers are still expected, the candidates already asked (so a candidate seen on several bands is asked
 * once), the eligible answers received, and the later articles waiting for this one's decision (verify
 * requests that arrived while it was pending). Immutable and thread-safe.
 *
 * @param timestamp record timestamp of the page (produce time), kept for the outputs
 * @param outstanding answers still expected; the article is decided when it reaches 0
 * @param asked id hashes of the candidates already sent an inquiry
 * @param eligible answers naming a published original that duplicates this article
 * @param waiters articles that asked about this one while it was pending
 */
public record PendingWork(long timestamp, int outstanding, long[] asked, List<DedupMessage.Answer> eligible,
                          List<Waiter> waiters) {

    /** A later article's verify request held until this article is decided. */
    public record Waiter(BandEntry asker, double similarity, boolean exact) {
        public Waiter {
            Objects.requireNonNull(asker, "asker");
        }
    }

    public PendingWork {
        asked = asked.clone();
        eligible = List.copyOf(eligible);
        waiters = List.copyOf(waiters);
    }

    /** Fresh bookkeeping expecting {@code outstanding} band answers. */
    public static PendingWork start(long timestamp, int outstanding) {
        return new PendingWork(timestamp, outstanding, new long[0], List.of(), List.of());
    }

    @Override
    public long[] asked() {
        return asked.clone();
    }

    /** Whether every expected answer is in. */
    public boolean complete() {
        return outstanding <= 0;
    }

    /** Whether an inquiry already went to {@code idHash}. */
    public boolean hasAsked(long idHash) {
        return Arrays.stream(asked).anyMatch(a -> a == idHash);
    }

    /** This bookkeeping expecting {@code delta} more answers (negative: answers received). */
    public PendingWork expect(int delta) {
        return new PendingWork(timestamp, outstanding + delta, asked, eligible, waiters);
    }

    /** This bookkeeping after an inquiry to {@code idHash}, which will answer once. */
    public PendingWork ask(long idHash) {
        long[] more = Arrays.copyOf(asked, asked.length + 1);
        more[asked.length] = idHash;
        return new PendingWork(timestamp, outstanding + 1, more, eligible, waiters);
    }

    /** This bookkeeping with one answer received. */
    public PendingWork answered(DedupMessage.Answer answer) {
        List<DedupMessage.Answer> kept = eligible;
        if (answer.eligible()) {
            kept = new ArrayList<>(eligible);
            kept.add(answer);
        }
        return new PendingWork(timestamp, outstanding - 1, asked, kept, waiters);
    }

    /** This bookkeeping with one more waiter. */
    public PendingWork waitedOnBy(Waiter waiter) {
        List<Waiter> more = new ArrayList<>(waiters);
        more.add(waiter);
        return new PendingWork(timestamp, outstanding, asked, eligible, more);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PendingWork p && timestamp == p.timestamp && outstanding == p.outstanding
                && Arrays.equals(asked, p.asked) && eligible.equals(p.eligible) && waiters.equals(p.waiters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timestamp, outstanding, Arrays.hashCode(asked), eligible, waiters);
    }
}
