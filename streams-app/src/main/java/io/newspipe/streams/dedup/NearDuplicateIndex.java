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
 * <h2>Mapping onto Kafka Streams</h2>
 * Two named, changelogged, persistent stores, both with the same retention (default 7 days of event time;
 * records carry their event time, expired ones are deleted by a stream-time punctuator or ignored on read):
 * <ol>
 *   <li>{@code dedup-articles}, partitioned by article id (the input key): per article one record
 *   ({@link DedupStateCodec#encodeArticle}): event time, content hash (8 bytes), revision, MinHash
 *   signature, canonical URL, status (pending / original / duplicate of Z). Same-URL and revision
 *   decisions ({@link RevisionDecider}) read and write only this store.</li>
 *   <li>{@code dedup-bands}, partitioned by band key through a repartition topic: band key → up to
 *   {@link DedupConfig#maxEntriesPerBandKey()} entries (article id hash 8 bytes, event time), kept sorted
 *   by (event time, article id hash) ({@link DedupStateCodec#encodeBandEntry}).</li>
 * </ol>
 * For a new article X (not a same-URL repeat): (1) its partition stores X as <i>pending</i> and sends one
 * request per band (band key, X's id, event time and signature — the signature travels in the message,
 * it is not stored per band). (2) Each band partition inserts X ({@link BandList#insert}) and answers, keyed by X's id, with the
 * entries ordered before X ("earlier articles with this band key") and the number of entries ordered
 * after X; to each of those later entries Y it sends a <i>late-earlier</i> notice (keyed by Y's id,
 * carrying X's signature). (3) X's partition joins the answers back by article id; for every earlier
 * candidate it sends a verify request to the candidate's partition, which holds the candidate's
 * signature and status and answers with the similarity ({@link DuplicateRule}) and the candidate's root
 * original. (4) When every band answer, verify answer and late-notice answer is in, X is decided by
 * {@link CandidateChooser}: duplicate of the earliest similar candidate (its root original), otherwise
 * an original; X's record then becomes ORIGINAL or DUPLICATE and the article or the notice is emitted.
 *
 * <p><b>Two near-duplicates A &lt; B (by event time, id) arriving at once on different partitions.</b>
 * They share at least one band key with overwhelming probability, and each band partition serialises
 * its requests. If A reached a shared band first, B's answer lists A and B becomes A's duplicate (B
 * waits for A's decision when A is still pending; waits only ever point to earlier articles, so they
 * cannot deadlock). If B reached every shared band first, A's insert sends B a late-earlier notice, and
 * B's partition answers it serially with B's own decision: if B is still pending it records A as an
 * earlier similar candidate and becomes A's duplicate; if B was already published as an original, A
 * becomes B's duplicate (a published article is never retracted). Either way exactly one article and
 * one duplicate come out. Every step is a state read-modify-write inside one task, so under
 * exactly_once_v2 each decision is committed atomically with its outputs, and replay from committed
 * offsets reprocesses the same repartition records in the same order.
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
