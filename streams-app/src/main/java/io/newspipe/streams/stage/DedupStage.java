package io.newspipe.streams.stage;

import io.newspipe.avro.Article;
import io.newspipe.avro.DuplicateNotice;
import io.newspipe.streams.dedup.ArticleIds;
import io.newspipe.streams.dedup.ArticleState;
import io.newspipe.streams.dedup.DedupConfig;
import io.newspipe.streams.dedup.DedupStateCodec;
import io.newspipe.streams.dedup.DedupStateCodec.BandEntry;
import io.newspipe.streams.dedup.DuplicateRule;
import io.newspipe.streams.dedup.Fingerprint;
import io.newspipe.streams.dedup.TextFingerprinter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The dedup decision for one article candidate against the state, in this order: the same canonical
 * URL (unchanged content: {@code same_url} duplicate; changed: next revision), an exact copy
 * (same normalised content hash: {@code exact_copy}), a near-duplicate (MinHash LSH candidates
 * checked by {@link DuplicateRule}: {@code near_duplicate} of the earliest similar original), else a new
 * original, which is indexed. Entries older than the retention window (event time) are ignored.
 *
 * <p>Decisions depend only on the state and the candidate, so the same input order gives the same
 * output. A URL's state is refreshed each time the URL is fetched, so it outlives the window while the
 * story keeps changing. Not thread-safe with respect to the state: one task at a time.
 */
public final class DedupStage {
    private static final Comparator<BandEntry> ORDER =
            Comparator.comparingLong(BandEntry::eventTimeSeconds).thenComparingLong(BandEntry::articleIdHash);
    private final DedupConfig config;
    private final TextFingerprinter fingerprinter;
    private final DuplicateRule rule;
    private final long retentionMillis;

    public DedupStage(DedupConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.fingerprinter = new TextFingerprinter(config);
        this.rule = new DuplicateRule(config);
        this.retentionMillis = config.retention().toMillis();
    }

    /** Decides one candidate and updates the state. */
    public StageResult apply(Article candidate, DedupState state) {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(state, "state");
        Fingerprint fp = fingerprinter.fingerprint(candidate.getBodyText());
        long now = candidate.getFetchedAt().toEpochMilli();
        long idHash = DedupStateCodec.articleIdHash(candidate.getId());
        Article article = Article.newBuilder(candidate).setContentHash(fp.contentHash())
                .setFingerprint(fp.signature().toHex()).build();

        ArticleState own = live(state.article(idHash), now);
        if (own != null) {
            return ownUrl(article, fp, own, idHash, now, state);
        }
        DedupState.DuplicateUrl dupUrl = state.duplicateUrl(idHash);
        if (dupUrl != null && dupUrl.contentHash64() == fp.contentHash64() && fresh(dupUrl.eventTimeMillis(), now)
                && live(state.article(dupUrl.originalIdHash()), now) != null) {
            return duplicateOf(article, dupUrl.originalIdHash(), 1.0, DedupDecisions.SAME_URL, state);
        }
        Long owner = state.contentOwner(fp.contentHash64());
        if (owner != null && live(state.article(owner), now) != null) {
            state.putDuplicateUrl(idHash, new DedupState.DuplicateUrl(owner, fp.contentHash64(), now));
            return duplicateOf(article, owner, 1.0, DedupDecisions.EXACT_COPY, state);
        }
        BandEntry best = fp.isEmpty() ? null : nearest(fp, now, state);
        if (best != null) {
            double similarity = rule.duplicateSimilarity(fp.signature(),
                    state.article(best.articleIdHash()).signature());
            state.putDuplicateUrl(idHash, new DedupState.DuplicateUrl(best.articleIdHash(), fp.contentHash64(), now));
            return duplicateOf(article, best.articleIdHash(), similarity, DedupDecisions.NEAR_DUPLICATE, state);
        }
        index(article, fp, idHash, now, state);
        return StageResult.of(article);
    }

    private StageResult ownUrl(Article article, Fingerprint fp, ArticleState own, long idHash, long now,
            DedupState state) {
        // the URL's state lives as long as the URL keeps being fetched: a live story updated for weeks
        // must not fall back to revision 1 when its first version leaves the retention window
        if (own.contentHash64() == fp.contentHash64()) {
            state.putArticle(idHash, new ArticleState(Math.max(now, own.eventTimeMillis()), own.contentHash64(),
                    own.revision(), own.signature(), own.canonicalUrl()));
            return duplicateOf(article, idHash, 1.0, DedupDecisions.SAME_URL, state);
        }
        int revision = own.revision() + 1;
        state.putArticle(idHash, new ArticleState(Math.max(now, own.eventTimeMillis()), fp.contentHash64(), revision,
                own.signature(), own.canonicalUrl()));
        if (state.contentOwner(fp.contentHash64()) == null) {
            state.putContentOwner(fp.contentHash64(), idHash);
        }
        return StageResult.of(Article.newBuilder(article).setRevision(revision).build());
    }

    private BandEntry nearest(Fingerprint fp, long now, DedupState state) {
        BandEntry best = null;
        for (long key : fp.bandKeys()) {
            for (BandEntry entry : state.band(key)) {
                if ((best != null && ORDER.compare(entry, best) >= 0) || !fresh(entry.eventTimeSeconds() * 1000, now)) {
                    continue;
                }
                ArticleState candidate = state.article(entry.articleIdHash());
                if (candidate != null && rule.duplicateSimilarity(fp.signature(), candidate.signature()) >= 0) {
                    best = entry;
                }
            }
        }
        return best;
    }

    private void index(Article article, Fingerprint fp, long idHash, long now, DedupState state) {
        state.putArticle(idHash, ArticleState.first(now, fp, article.getCanonicalUrl()));
        if (state.contentOwner(fp.contentHash64()) == null) {
            state.putContentOwner(fp.contentHash64(), idHash);
        }
        if (fp.isEmpty()) {
            return;
        }
        BandEntry entry = new BandEntry(idHash, now / 1000);
        for (long key : fp.bandKeys()) {
            List<BandEntry> entries = new ArrayList<>(state.band(key));
            entries.removeIf(e -> !fresh(e.eventTimeSeconds() * 1000, now));
            entries.add(entry);
            entries.sort(ORDER);
            if (entries.size() > config.maxEntriesPerBandKey()) {
                entries = entries.subList(0, config.maxEntriesPerBandKey());
            }
            state.putBand(key, entries);
        }
    }

    private StageResult duplicateOf(Article article, long originalIdHash, double similarity, String method,
            DedupState state) {
        ArticleState original = state.article(originalIdHash);
        String originalUrl = original == null ? "" : original.canonicalUrl();
        String originalId = original == null ? article.getId() : ArticleIds.idOf(originalUrl);
        DuplicateNotice notice = DedupDecisions.notice(article, originalId, originalUrl,
                Math.max(0, Math.min(1, similarity)), method);
        return StageResult.of(notice);
    }

    private ArticleState live(ArticleState s, long now) {
        return s != null && fresh(s.eventTimeMillis(), now) ? s : null;
    }

    private boolean fresh(long eventTimeMillis, long now) {
        return now - eventTimeMillis <= retentionMillis;
    }
}
