package io.newspipe.streams.stage;

import io.newspipe.streams.dedup.ArticleState;
import io.newspipe.streams.dedup.DedupStateCodec.BandEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link DedupState} in plain maps, for unit tests of the dedup decisions. */
final class MapDedupState implements DedupState {
    final Map<Long, ArticleState> articles = new HashMap<>();
    final Map<Long, DuplicateUrl> duplicateUrls = new HashMap<>();
    final Map<Long, Long> contentOwners = new HashMap<>();
    final Map<Long, List<BandEntry>> bands = new HashMap<>();

    @Override
    public ArticleState article(long id) {
        return articles.get(id);
    }

    @Override
    public void putArticle(long id, ArticleState state) {
        articles.put(id, state);
    }

    @Override
    public DuplicateUrl duplicateUrl(long id) {
        return duplicateUrls.get(id);
    }

    @Override
    public void putDuplicateUrl(long id, DuplicateUrl d) {
        duplicateUrls.put(id, d);
    }

    @Override
    public Long contentOwner(long hash) {
        return contentOwners.get(hash);
    }

    @Override
    public void putContentOwner(long hash, long id) {
        contentOwners.put(hash, id);
    }

    @Override
    public List<BandEntry> band(long key) {
        return bands.getOrDefault(key, List.of());
    }

    @Override
    public void putBand(long key, List<BandEntry> entries) {
        bands.put(key, List.copyOf(entries));
    }
}
