package io.newspipe.streams.dedup;

import io.newspipe.streams.dedup.DedupMessage.BandAnswer;
import io.newspipe.streams.dedup.DedupMessage.BandRequest;
import io.newspipe.streams.dedup.DedupMessage.ContentRegister;
import io.newspipe.streams.dedup.DedupMessage.Inquiry;
import io.newspipe.streams.dedup.DedupStateCodec.BandEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Step (2) of the protocol in {@link NearDuplicateIndex}: a band partition inserts an article into the
 * lists of its band keys and of its content hash ({@link BandList#insert}, one read-modify-write per key,
 * serialised by the partition's task), answers with the entries ordered before it, and sends each entry
 * ordered after it a late-earlier notice. Entries older than the retention window before the article's
 * event time are dropped on the way. Immutable and thread-safe; the lists it works on are not.
 */
public final class BandSide {
    private final int maxEntries;
    private final long retentionSeconds;

    /** The band lists and content lists of one partition (state stores in the topology, maps in tests). */
    public interface Lists {
        List<BandEntry> band(long bandKey);

        void putBand(long bandKey, List<BandEntry> entries);

        List<BandEntry> content(long contentHash);

        void putContent(long contentHash, List<BandEntry> entries);
    }

    /** What one band request yields: the answer for the article's home and the notices for later articles. */
    public record Outcome(BandAnswer answer, List<Inquiry> notices) {
        public Outcome {
            Objects.requireNonNull(answer, "answer");
            notices = List.copyOf(notices);
        }
    }

    public BandSide(DedupConfig config) {
        Objects.requireNonNull(config, "config");
        this.maxEntries = config.maxEntriesPerBandKey();
        this.retentionSeconds = config.retention().toSeconds();
    }

    /** Inserts the requesting article under every key of {@code request}. */
    public Outcome insert(BandRequest request, Lists lists) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(lists, "lists");
        BandEntry self = request.article();
        Map<Long, BandEntry> earlierNear = new LinkedHashMap<>();
        Map<Long, BandEntry> earlierExact = new LinkedHashMap<>();
        Set<Long> later = new LinkedHashSet<>();
        // later entries get one notice each, whichever lists they were found in
        for (long key : request.bandKeys()) {
            BandList.Insertion ins = insertInto(lists.band(key), self, stored -> lists.putBand(key, stored));
            ins.earlier().forEach(e -> earlierNear.putIfAbsent(e.articleIdHash(), e));
            ins.later().forEach(e -> later.add(e.articleIdHash()));
        }
        if (request.withContent()) {
            long hash = request.contentHash();
            BandList.Insertion ins = insertInto(lists.content(hash), self,
                    request.contentLookupOnly() ? stored -> { } : stored -> lists.putContent(hash, stored));
            ins.earlier().forEach(e -> earlierExact.putIfAbsent(e.articleIdHash(), e));
            ins.later().forEach(e -> later.add(e.articleIdHash()));
        }
        List<Inquiry> notices = new ArrayList<>(later.size());
        later.forEach(id -> notices.add(new Inquiry(id, self, true, request.contentHash(), request.signature())));
        BandAnswer answer = new BandAnswer(self.articleIdHash(), List.copyOf(earlierNear.values()),
                List.copyOf(earlierExact.values()), notices.size());
        return new Outcome(answer, notices);
    }

    /** Records a revision's content under its hash; nothing to answer. */
    public void register(ContentRegister register, Lists lists) {
        Objects.requireNonNull(register, "register");
        long hash = register.routingKey();
        insertInto(lists.content(hash), register.article(), stored -> lists.putContent(hash, stored));
    }

    private BandList.Insertion insertInto(List<BandEntry> current, BandEntry self,
            java.util.function.Consumer<List<BandEntry>> store) {
        List<BandEntry> live = BandList.retain(current, self.eventTimeSeconds() - retentionSeconds);
        BandList.Insertion ins = BandList.insert(live, self, maxEntries);
        if (!ins.stored().equals(current)) {
            store.accept(ins.stored());
        }
        return ins;
    }
}
