package io.newspipe.streams.dedup;

import io.newspipe.streams.dedup.DedupStateCodec.BandEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The protocol bookkeeping of one pending article at its home partition (store {@code dedup-pending},
 * encoded by {@link DedupMessageCodec#encodePending}): the article's own state while pending (it enters
 * {@code dedup-articles} only once decided an original, so a duplicate never costs a record there), the
 * timestamp its outputs will carry, how many
 * answers are still expected, the candidates already asked (so a candidate seen on several bands is asked
 * once), the eligible answers received, and the later articles waiting for this one's decision (verify
 * requests that arrived while it was pending). Immutable and thread-safe.
 *
 * @param timestamp record timestamp of the page (produce time), kept for the outputs
 * @param carry opaque bytes the adapter handed in with the page (its record headers), kept for the outputs
 * @param self the article's state (status PENDING): event time, content hash, signature, URL
 * @param bands band answers still expected
 * @param outstanding inquiry answers still expected (late-earlier notices announced by band answers, verify
 *     requests sent); it may dip below 0 when a notice's answer overtakes its band answer, which is why the
 *     two are counted apart: the article is decided when both are 0
 * @param asked id hashes of the candidates already sent an inquiry
 * @param eligible answers naming a published original that duplicates this article
 * @param waiters articles that asked about this one while it was pending
 */
public record PendingWork(long timestamp, byte[] carry, ArticleState self, int bands, int outstanding, long[] asked, List<DedupMessage.Answer> eligible,
                          List<Waiter> waiters) {

    /** A later article's verify request held until this article is decided. */
    public record Waiter(BandEntry asker, double similarity, boolean exact) {
        public Waiter {
            Objects.requireNonNull(asker, "asker");
        }
    }

    public PendingWork {
        Objects.requireNonNull(self, "self");
        carry = carry.clone();
        asked = asked.clone();
        eligible = List.copyOf(eligible);
        waiters = List.copyOf(waiters);
    }

    /** Fresh bookkeeping of article {@code self} expecting {@code bands} band answers. */
    public static PendingWork start(long timestamp, byte[] carry, ArticleState self, int bands) {
        return new PendingWork(timestamp, carry, self, bands, 0, new long[0], List.of(), List.of());
    }

    @Override
    public byte[] carry() {
        return carry.clone();
    }

    @Override
    public long[] asked() {
        return asked.clone();
    }

    /** Whether every expected answer is in. */
    public boolean complete() {
        return bands <= 0 && outstanding <= 0;
    }

    /** Whether an inquiry already went to {@code idHash}. */
    public boolean hasAsked(long idHash) {
        return Arrays.stream(asked).anyMatch(a -> a == idHash);
    }

    /** This bookkeeping after a band answer announcing {@code notices} late-earlier notices. */
    public PendingWork bandAnswered(int notices) {
        return new PendingWork(timestamp, carry, self, bands - 1, outstanding + notices, asked, eligible, waiters);
    }

    /** This bookkeeping after an inquiry to {@code idHash}, which will answer once. */
    public PendingWork ask(long idHash) {
        long[] more = Arrays.copyOf(asked, asked.length + 1);
        more[asked.length] = idHash;
        return new PendingWork(timestamp, carry, self, bands, outstanding + 1, more, eligible, waiters);
    }

    /** This bookkeeping with one answer received. */
    public PendingWork answered(DedupMessage.Answer answer) {
        List<DedupMessage.Answer> kept = eligible;
        if (answer.eligible()) {
            kept = new ArrayList<>(eligible);
            kept.add(answer);
        }
        return new PendingWork(timestamp, carry, self, bands, outstanding - 1, asked, kept, waiters);
    }

    /** This bookkeeping with one more waiter. */
    public PendingWork waitedOnBy(Waiter waiter) {
        List<Waiter> more = new ArrayList<>(waiters);
        more.add(waiter);
        return new PendingWork(timestamp, carry, self, bands, outstanding, asked, eligible, more);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PendingWork p && timestamp == p.timestamp && Arrays.equals(carry, p.carry) && self.equals(p.self) && bands == p.bands && outstanding == p.outstanding
                && Arrays.equals(asked, p.asked) && eligible.equals(p.eligible) && waiters.equals(p.waiters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timestamp, self, bands, outstanding, Arrays.hashCode(asked), eligible, waiters);
    }
}
