package io.newspipe.bench;

import io.newspipe.avro.Article;
import io.newspipe.avro.DuplicateNotice;
import io.newspipe.streams.stage.DedupDecisions;
import io.newspipe.streams.stage.SeenContent;
import io.newspipe.streams.stage.SeenUrl;
import io.newspipe.streams.stage.StageResult;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The topology's current dedup (exact normalised-content hash, then same URL → revision) with
 * hash maps standing in for the two state stores; state values are serialised as the stores hold
 * them, so that cost is counted. Not thread-safe.
 */
public final class ExactAndUrlDedup implements DedupUnderTest {
    private final Map<String, byte[]> seenContent = new HashMap<>();
    private final Map<String, byte[]> seenUrls = new HashMap<>();

    @Override
    public StageResult apply(Article candidate) {
        byte[] content = seenContent.get(candidate.getContentHash());
        Optional<DuplicateNotice> notice = DedupDecisions.byContent(candidate,
                content == null ? null : SeenContent.fromBytes(content));
        if (notice.isPresent()) {
            return StageResult.of(notice.get());
        }
        seenContent.put(candidate.getContentHash(), new SeenContent(candidate.getId(), candidate.getUrl(),
                candidate.getFetchedAt().toEpochMilli()).toBytes());
        byte[] url = seenUrls.get(candidate.getCanonicalUrl());
        Article article = DedupDecisions.byUrl(candidate, url == null ? null : SeenUrl.fromBytes(url));
        seenUrls.put(candidate.getCanonicalUrl(), new SeenUrl(article.getId(), article.getRevision(),
                article.getContentHash(), article.getFetchedAt().toEpochMilli()).toBytes());
        return StageResult.of(article);
    }
}
