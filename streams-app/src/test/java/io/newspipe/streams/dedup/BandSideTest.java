package io.newspipe.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.streams.dedup.DedupMessage.BandRequest;
import io.newspipe.streams.dedup.DedupMessage.Inquiry;
import io.newspipe.streams.dedup.DedupStateCodec.BandEntry;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BandSideTest {
    private static final long DAY = 86_400;
    private final DedupConfig config = DedupConfig.defaults();
    private final BandSide side = new BandSide(config);
    private final MinHashSignature sig = new TextFingerprinter(config).fingerprint(DedupFixtures.STORY).signature();
    private final Lists lists = new Lists();

    private static final class Lists implements BandSide.Lists {
        final Map<Long, List<BandEntry>> bands = new HashMap<>();
        final Map<Long, List<BandEntry>> content = new HashMap<>();

        @Override
        public List<BandEntry> band(long key) {
            return bands.getOrDefault(key, List.of());
        }

        @Override
        public void putBand(long key, List<BandEntry> entries) {
            bands.put(key, entries);
        }

        @Override
        public List<BandEntry> content(long hash) {
            return content.getOrDefault(hash, List.of());
        }

        @Override
        public void putContent(long hash, List<BandEntry> entries) {
            content.put(hash, entries);
        }
    }

    private BandSide.Outcome insert(BandEntry e, long[] keys, boolean withContent) {
        return side.insert(new BandRequest(keys[0], e, keys, withContent, 555, sig), lists);
    }

    @Test
    void answersTheEarlierEntriesAndNotifiesEachLaterArticleOnce() {
        BandEntry early = new BandEntry(1, 1000);
        BandEntry late = new BandEntry(3, 3000);
        insert(early, new long[] {10, 11}, true);
        insert(late, new long[] {10, 11}, true);

        BandSide.Outcome middle = insert(new BandEntry(2, 2000), new long[] {10, 11}, true);

        assertThat(middle.answer().routingKey()).isEqualTo(2);
        assertThat(middle.answer().earlierNear()).containsExactly(early);
        assertThat(middle.answer().earlierExact()).containsExactly(early);
        assertThat(middle.answer().notices()).isEqualTo(1);
        assertThat(middle.notices()).singleElement().satisfies(n -> {
            assertThat(n.routingKey()).isEqualTo(3);
            assertThat(n.notice()).isTrue();
            assertThat(n.from()).isEqualTo(new BandEntry(2, 2000));
            assertThat(n.contentHash()).isEqualTo(555);
        });
        assertThat(lists.bands.get(10L)).extracting(BandEntry::articleIdHash).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aReplayedRequestChangesNothing() {
        insert(new BandEntry(1, 1000), new long[] {10}, false);
        BandSide.Outcome first = insert(new BandEntry(2, 2000), new long[] {10}, false);
        BandSide.Outcome again = insert(new BandEntry(2, 2000), new long[] {10}, false);
        assertThat(again).isEqualTo(first);
        assertThat(lists.bands.get(10L)).hasSize(2);
    }

    @Test
    void entriesOlderThanTheRetentionAreDroppedAndNotReported() {
        long retention = config.retention().toSeconds();
        insert(new BandEntry(1, 1000), new long[] {10}, true);
        BandSide.Outcome much = insert(new BandEntry(2, 1000 + retention + DAY), new long[] {10}, true);
        assertThat(much.answer().earlierNear()).isEmpty();
        assertThat(much.answer().earlierExact()).isEmpty();
        assertThat(lists.bands.get(10L)).extracting(BandEntry::articleIdHash).containsExactly(2L);
        assertThat(Duration.ofSeconds(retention)).isEqualTo(config.retention());
    }

    @Test
    void aRevisionRegistersItsContentWithoutNotices() {
        side.register(new DedupMessage.ContentRegister(555, new BandEntry(9, 500)), lists);
        BandSide.Outcome copy = insert(new BandEntry(4, 600), new long[] {10}, true);
        assertThat(copy.answer().earlierExact()).containsExactly(new BandEntry(9, 500));
        assertThat(copy.notices()).extracting(Inquiry::routingKey).isEmpty();
    }

    @Test
    void aContentLookupFindsAndNotifiesButDoesNotInsert() {
        BandEntry early = new BandEntry(1, 1000);
        BandEntry late = new BandEntry(3, 3000);
        insert(early, new long[] {10}, true);
        insert(late, new long[] {11}, true);
        BandEntry middle = new BandEntry(2, 2000);

        BandSide.Outcome lookup = side.insert(new BandRequest(12, middle, new long[] {12}, true, true, 555, sig), lists);

        assertThat(lookup.answer().earlierExact()).containsExactly(early);
        assertThat(lookup.notices()).extracting(n -> n.routingKey()).containsExactly(3L);
        assertThat(lists.content.get(555L)).containsExactly(early, late);
        assertThat(lists.bands.get(12L)).containsExactly(middle);
    }
}
