package io.newspipe.streams.stage;

import io.newspipe.avro.Article;
import io.newspipe.streams.dedup.ArticleIds;
import io.newspipe.streams.dedup.ArticleState;
import io.newspipe.streams.dedup.BandSide;
import io.newspipe.streams.dedup.DedupConfig;
import io.newspipe.streams.dedup.DedupMessage;
import io.newspipe.streams.dedup.DedupStateCodec;
import io.newspipe.streams.dedup.DedupStateCodec.BandEntry;
import io.newspipe.streams.dedup.DuplicateOf;
import io.newspipe.streams.dedup.Fingerprint;
import io.newspipe.streams.dedup.HomePartitions;
import io.newspipe.streams.dedup.PendingWork;
import io.newspipe.streams.dedup.TextFingerprinter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * One partition of the partitioned dedup (the protocol in {@code NearDuplicateIndex}'s javadoc). An
 * article arrives at its home partition (by article id hash) and is decided in this order: a pending
 * article with the same URL makes it wait for that decision; the same canonical URL (unchanged content:
 * {@code same_url}; changed: next revision); a URL already judged a duplicate refetched unchanged
 * ({@code same_url} of the same original); else it becomes pending and the protocol runs: band requests
 * (its LSH band keys and, as one more "band", its content hash) to the partitions owning them, inquiries
 * to the candidates, and the decision by {@code CandidateChooser} ({@link PendingDecisions}).
 *
 * <p>Messages for keys this partition owns are handled here at once, in order, within the same call,
 * exactly as if they had come back through the protocol topic: every step is a read-modify-write of this
 * task's state, so the outcome does not depend on which path a message took. Not thread-safe: one
 * instance per stream task.
 */
public final class PartitionedDedupStage {
    private final TextFingerprinter fingerprinter;
    private final long retentionMillis;
    private final int partitions;
    private final int self;
    private final PartitionedDedupState state;
    private final DedupOutbox outbox;
    private final BandSide bandSide;
    private final PendingDecisions decisions;
    private final Deque<DedupMessage> local = new ArrayDeque<>();
    private long timestamp;
    private byte[] carry = new byte[0];

    /**
     * @param partitions the dedup partition count
     * @param self the partition this instance serves
     */
    public PartitionedDedupStage(DedupConfig config, int partitions, int self, PartitionedDedupState state,
            DedupOutbox outbox) {
        Objects.requireNonNull(config, "config");
        this.fingerprinter = new TextFingerprinter(config);
        this.retentionMillis = config.retention().toMillis();
        this.partitions = partitions;
        this.self = self;
        this.state = new CachedDedupState(state);
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.bandSide = new BandSide(config);
        this.decisions = new PendingDecisions(config, this.state, outbox, this::send, this::followUp);
        if (self < 0 || self >= partitions) {
            throw new IllegalArgumentException("partition " + self + " not in [0, " + partitions + ")");
        }
    }

    /**
     * Decides (or starts deciding) one article candidate arriving at its home partition; its result will
     * carry {@code recordTimestamp} and {@code pageCarry} (opaque bytes, e.g. the record's headers).
     */
    public void onArticle(Article candidate, long recordTimestamp, byte[] pageCarry) {
        onArticle(candidate, null, recordTimestamp, pageCarry);
    }

    /**
     * As {@link #onArticle(Article, long, byte[])}, with the bytes the candidate was decoded from (null when
     * unknown): a page that must wait for its decision is then kept as those bytes (see {@link WaitingPage}).
     */
    public void onArticle(Article candidate, byte[] candidateBytes, long recordTimestamp, byte[] pageCarry) {
        Objects.requireNonNull(candidate, "candidate");
        this.timestamp = recordTimestamp;
        this.carry = Objects.requireNonNull(pageCarry, "pageCarry");
        arrive(candidate, candidateBytes);
        drain();
    }

    /** Handles one protocol message addressed to a key this partition owns. */
    public void onMessage(DedupMessage message, long recordTimestamp) {
        Objects.requireNonNull(message, "message");
        this.timestamp = recordTimestamp;
        handle(message);
        drain();
    }

    private void arrive(Article candidate, byte[] candidateBytes) {
        Fingerprint fp = fingerprinter.fingerprint(candidate.getBodyText());
        long now = candidate.getFetchedAt().toEpochMilli();
        long idHash = DedupStateCodec.articleIdHash(candidate.getId());
        Article article = WaitingPage.restore(candidate, fp.contentHash(), fp.signature().toHex());
        if (state.pending(idHash) != null) {
            List<WaitingPage> pages = new ArrayList<>(state.waiting(idHash));
            pages.add(new WaitingPage(article, candidateBytes));
            state.putWaiting(idHash, pages);
            return;
        }
        ArticleState own = state.article(idHash);
        if (own != null && fresh(own.eventTimeMillis(), now)) {
            ownUrl(article, fp, own, idHash, now);
            return;
        }
        DuplicateOf dup = state.duplicateOf(idHash);
        if (dup != null && dup.contentHash64() == fp.contentHash64() && fresh(dup.eventTimeMillis(), now)) {
            emitNotice(article, dup.originalUrl(), 1.0, DedupDecisions.SAME_URL);
            return;
        }
        start(new WaitingPage(article, candidateBytes), fp, idHash, now);
    }

    private void ownUrl(Article article, Fingerprint fp, ArticleState own, long idHash, long now) {
        // the URL's state lives as long as the URL keeps being fetched: a live story updated for weeks
        // must not fall back to revision 1 when its first version leaves the retention window
        long kept = Math.max(now, own.eventTimeMillis());
        if (own.contentHash64() == fp.contentHash64()) {
            if (kept != own.eventTimeMillis()) { // an unchanged record would only add to the changelog
                state.putArticle(idHash, new ArticleState(kept, own.contentHash64(), own.revision(), own.signature(),
                        own.canonicalUrl()));
            }
            emitNotice(article, own.canonicalUrl(), 1.0, DedupDecisions.SAME_URL);
            return;
        }
        int revision = own.revision() + 1;
        state.putArticle(idHash, new ArticleState(kept, fp.contentHash64(), revision, own.signature(),
                own.canonicalUrl()));
        send(new DedupMessage.ContentRegister(fp.contentHash64(), new BandEntry(idHash, now / 1000)));
        outbox.emit(article.getId(), StageResult.of(Article.newBuilder(article).setRevision(revision).build()),
                timestamp, carry);
    }

    private void start(WaitingPage page, Fingerprint fp, long idHash, long now) {
        ArticleState self = ArticleState.first(now, fp, page.article().getCanonicalUrl())
                .withStatus(ArticleState.Status.PENDING, 0);
        state.putWaiting(idHash, List.of(page));
        BandEntry entry = new BandEntry(idHash, now / 1000);
        long contentHash = fp.contentHash64();
        long[] keys = fp.isEmpty() ? new long[0] : fp.bandKeys();
        int[] homes = new int[keys.length];
        BitSet asked = new BitSet(partitions);
        for (int k = 0; k < keys.length; k++) {
            homes[k] = HomePartitions.of(keys[k], partitions);
            asked.set(homes[k]);
        }
        int contentPartition = HomePartitions.of(contentHash, partitions);
        asked.set(contentPartition);
        state.putPending(idHash, PendingWork.start(timestamp, carry, self, asked.cardinality()));
        // one request per partition, in partition order, each with its keys in band order
        for (int partition = asked.nextSetBit(0); partition >= 0; partition = asked.nextSetBit(partition + 1)) {
            long[] bandKeys = keysOf(keys, homes, partition);
            boolean withContent = partition == contentPartition;
            long routing = withContent ? contentHash : bandKeys[0];
            // with band keys, exact copies are found on the bands: the content list is only looked up
            send(new DedupMessage.BandRequest(routing, entry, bandKeys, withContent, !fp.isEmpty(),
                    contentHash, fp.signature()));
        }
    }

    private static long[] keysOf(long[] keys, int[] homes, int partition) {
        int n = 0;
        for (int home : homes) {
            n += home == partition ? 1 : 0;
        }
        long[] out = new long[n];
        int at = 0;
        for (int k = 0; k < keys.length; k++) {
            if (homes[k] == partition) {
                out[at++] = keys[k];
            }
        }
        return out;
    }

    private void handle(DedupMessage message) {
        if (message instanceof DedupMessage.BandRequest m) {
            BandSide.Outcome outcome = bandSide.insert(m, state);
            // the answer first: on the article's home partition it then precedes any notice's answer
            send(outcome.answer());
            outcome.notices().forEach(this::send);
        } else if (message instanceof DedupMessage.ContentRegister m) {
            bandSide.register(m, state);
        } else if (message instanceof DedupMessage.BandAnswer m) {
            decisions.onBandAnswer(m);
        } else if (message instanceof DedupMessage.Inquiry m) {
            decisions.onInquiry(m);
        } else if (message instanceof DedupMessage.Answer m) {
            decisions.onAnswer(m);
        }
    }

    private void send(DedupMessage message) {
        if (HomePartitions.of(message.routingKey(), partitions) == self) {
            local.add(message);
        } else {
            outbox.send(message);
        }
    }

    private void drain() {
        DedupMessage next;
        while ((next = local.poll()) != null) {
            handle(next);
        }
    }

    /**
     * A same-URL page that waited for its article's decision, now handled with the timestamp and carry of
     * the article it waited behind (its own are not kept: such refetches are rare).
     */
    private void followUp(WaitingPage page, long pageTimestamp, byte[] pageCarry) {
        long savedTimestamp = timestamp;
        byte[] savedCarry = carry;
        timestamp = pageTimestamp;
        carry = pageCarry;
        arrive(page.article(), page.candidateBytes());
        timestamp = savedTimestamp;
        carry = savedCarry;
    }

    private void emitNotice(Article article, String originalUrl, double similarity, String method) {
        outbox.emit(article.getId(), StageResult.of(DedupDecisions.notice(article, ArticleIds.idOf(originalUrl),
                originalUrl, Math.max(0, Math.min(1, similarity)), method)), timestamp, carry);
    }

    private boolean fresh(long eventTimeMillis, long now) {
        return now - eventTimeMillis <= retentionMillis;
    }
}
