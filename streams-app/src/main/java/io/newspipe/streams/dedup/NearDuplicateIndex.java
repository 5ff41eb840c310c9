package io.newspipe.streams.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * In-memory reference implementation of the near-duplicate index: exact copies by content hash first,
 * then LSH candidates by band key, each checked by {@link DuplicateRule}; among duplicates the earliest
 * article by (event time, article id) wins. Articles older than the retention window (event time,
 * relative to the latest event time added) are forgotten. Used by the evaluation, the benchmark and as
 * the specification of the Kafka Streams version. Not thread-safe: one instance per stream task.
 *
 * <h2>Mapping onto Kafka Streams (as wired in {@code NewsTopology})</h2>
 * Dedup runs in {@code dedup.partitions} tasks (default 4). Every key is an 8-byte hash and
 * {@link HomePartitions} assigns it a partition, the same for both input topics of the dedup processor:
 * the dedup input topic ({@code <application.id>-dedup-input-repartition}, article candidates keyed by
 * article id hash) and the protocol topic ({@code <application.id>-dedup-protocol}, {@link DedupMessage}s
 * keyed by their routing key, written and read by the same processor: a loop created by the app at start
 * with the same partition count). One task thus plays three roles for the keys it owns: home of articles
 * (by id hash), band partition (by LSH band key) and content partition (by content hash, treated as one
 * more "band" so exact copies across partitions are caught by the same protocol). Six named stores without
 * Kafka Streams' record cache, changelogged (the four lasting ones with {@code compression.type=zstd}, which
 * the broker applies to their batches):
 * {@code dedup-articles} (per original article, {@link DedupStateCodec#encodeArticle}: event
 * time, content hash, revision, signature, canonical URL), {@code dedup-duplicate-urls}
 * ({@link DuplicateOf}), {@code dedup-bands} and {@code dedup-content} (key → up to
 * {@link DedupConfig#maxEntriesPerBandKey()} entries, article id hash and event time, sorted by
 * {@link BandList#ORDER}; a content list holds only articles without band keys and revisions, see below),
 * {@code dedup-pending} ({@link PendingWork}, with the pending article's own state:
 * it enters {@code dedup-articles} only if decided an original) and {@code dedup-waiting} (the page
 * itself and same-URL refetches waiting for the decision, kept as the bytes they were read from the dedup
 * input topic plus the content hash and fingerprint dedup gave them); the last two are deleted on the
 * decision, and the stage also keeps them decoded in memory while the article is pending (written through,
 * so the stores stay the truth after a restart). Everything but pending articles expires on event time
 * (default 7 days). A decided original thus lasts as 15 records: its 14 band entries and its article.
 *
 * <p>For a new article X (not a same-URL repeat, see {@code PartitionedDedupStage}): (1) its home stores X
 * as <i>pending</i> and sends one {@link DedupMessage.BandRequest} per partition owning some of its band
 * keys or its content hash (id, event time, all the keys that partition owns, the signature): at most
 * {@code dedup.partitions} requests, one answer each. (2) Each band partition inserts X
 * ({@link BandSide}, {@link BandList#insert}) under its band keys; under its content hash X is inserted only
 * when it has no band keys (a text too short to shingle), and otherwise only looked up: an exact copy has
 * the same band keys, so it meets X on the bands and X's home finds the equal content hash (revisions,
 * whose new text has no band entries, register their content hash with a
 * {@link DedupMessage.ContentRegister}). The partition answers, keyed by X's id, with the entries ordered before
 * X; to each entry Y ordered after X it sends a <i>late-earlier notice</i> (keyed by Y's id, carrying X's
 * signature and content hash) and tells X how many notices to expect. (3) X's home asks every earlier
 * candidate once (verify {@link DedupMessage.Inquiry}); the candidate's home holds its signature, content
 * hash and status and answers with the similarity ({@link DuplicateRule}; equal content hashes make an
 * exact copy) when it is a published original, "not a candidate" otherwise, and <i>holds</i> the answer
 * while the candidate is itself pending and similar. A notice is answered at once: a published similar
 * original says so (X may become its duplicate: a published article is never retracted); a pending Y
 * answers "not a candidate" and asks X itself, so only the later article ever waits. (4) When every band
 * answer and every inquiry answer is in (counted apart, so an answer overtaking its band answer cannot
 * end the wait early), {@link CandidateChooser} picks the earliest eligible candidate, exact copies first;
 * X is emitted as an article or a notice, its held inquiries are answered, and same-URL refetches that
 * waited are handled.
 *
 * <p><b>Changes from the first design</b>, for flaws found while wiring it: duplicates are not candidates
 * (the original design pointed a page at a duplicate's root; that made chains A~B~C collapse C into A
 * though C is not similar to A, unlike this reference index, and lost precision); a decided duplicate's
 * record moves to {@code dedup-duplicate-urls} with its original's URL, since the original lives on another
 * partition. Waits are only ever held for an asker ordered after the pending article, so they end.
 *
 * <p><b>Two near-duplicates A &lt; B (by event time, id) arriving at once on different partitions.</b>
 * They share at least one band key with overwhelming probability (else they are never compared, as in this
 * reference), and each band partition serialises its requests. If A reached a shared band first, B's
 * answer lists A and B asks A, waiting while A is pending; A ends an original (or a duplicate of an earlier
 * article, and then B is compared with that one on its own bands), so B becomes A's duplicate. If B
 * reached every shared band first, A's inserts send B late-earlier notices: a pending B asks A and becomes
 * its duplicate; a B already published makes A its duplicate. Either way one article and one duplicate.
 * Every step is a read-modify-write of one task's stores, and messages to keys of the same task are
 * handled in the same step; under exactly_once_v2 each step commits atomically with its outputs and
 * messages, and replay from committed offsets re-reads the same records in the same order.
 */
public final class NearDuplicateIndex {
    private static final Comparator<Entry> ORDER =
            Comparator.comparingLong(Entry::eventTimeMillis).thenComparing(Entry::articleId);

    private record Entry(String articleId, long eventTimeMillis, Fingerprint fingerprint) {
    }

    private final DedupConfig config;
    private final DuplicateRule rule;
    private final Map<String, Entry> byContentHash = new HashMap<>();
    private final Map<Long, List<Entry>> byBandKey = new HashMap<>();
    private final Map<String, Entry> byId = new HashMap<>();
    private final PriorityQueue<Entry> byTime = new PriorityQueue<>(ORDER);
    private long streamTime = Long.MIN_VALUE;

    public NearDuplicateIndex(DedupConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.rule = new DuplicateRule(config);
    }

    /** Indexes an original article. Re-adding an id replaces nothing (first fingerprint wins). */
    public void add(String articleId, long eventTimeMillis, Fingerprint fingerprint) {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (byId.containsKey(articleId)) {
            return;
        }
        Entry entry = new Entry(articleId, eventTimeMillis, fingerprint);
        byId.put(articleId, entry);
        byTime.add(entry);
        byContentHash.merge(fingerprint.contentHash(), entry, (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
        if (!fingerprint.isEmpty()) {
            for (long key : fingerprint.bandKeys()) {
                List<Entry> list = byBandKey.computeIfAbsent(key, k -> new ArrayList<>(2));
                insertBounded(list, entry);
            }
        }
        streamTime = Math.max(streamTime, eventTimeMillis);
        expire();
    }

    private void insertBounded(List<Entry> list, Entry entry) {
        int at = 0;
        while (at < list.size() && ORDER.compare(list.get(at), entry) < 0) {
            at++;
        }
        if (at < config.maxEntriesPerBandKey()) {
            list.add(at, entry);
            if (list.size() > config.maxEntriesPerBandKey()) {
                list.remove(list.size() - 1);
            }
        }
    }

    /** The earliest indexed article this fingerprint duplicates, if any. */
    public Optional<DuplicateMatch> findDuplicate(Fingerprint fingerprint) {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Entry exact = byContentHash.get(fingerprint.contentHash());
        if (exact != null) {
            return Optional.of(new DuplicateMatch(exact.articleId(), exact.eventTimeMillis(), 1.0,
                    DuplicateMatch.EXACT_COPY));
        }
        if (fingerprint.isEmpty()) {
            return Optional.empty();
        }
        Entry best = null;
        double bestSimilarity = 0;
        for (long key : fingerprint.bandKeys()) {
            List<Entry> list = byBandKey.get(key);
            if (list == null) {
                continue;
            }
            for (Entry candidate : list) {
                if (best != null && ORDER.compare(candidate, best) >= 0) {
                    continue;
                }
                double similarity = rule.duplicateSimilarity(fingerprint.signature(),
                        candidate.fingerprint().signature());
                if (similarity >= 0) {
                    best = candidate;
                    bestSimilarity = similarity;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new DuplicateMatch(best.articleId(),
                best.eventTimeMillis(), bestSimilarity, DuplicateMatch.NEAR_DUPLICATE));
    }

    /** Number of articles currently indexed. */
    public int size() {
        return byId.size();
    }

    /** The longest band-key list (never above {@link DedupConfig#maxEntriesPerBandKey()}). */
    int longestBandList() {
        return byBandKey.values().stream().mapToInt(List::size).max().orElse(0);
    }

    private void expire() {
        long horizon = streamTime - config.retention().toMillis();
        while (!byTime.isEmpty() && byTime.peek().eventTimeMillis() < horizon) {
            remove(byTime.poll());
        }
    }

    private void remove(Entry entry) {
        byId.remove(entry.articleId());
        byContentHash.remove(entry.fingerprint().contentHash(), entry);
        for (long key : entry.fingerprint().bandKeys()) {
            List<Entry> list = byBandKey.get(key);
            if (list != null && list.remove(entry) && list.isEmpty()) {
                byBandKey.remove(key);
            }
        }
    }
}
