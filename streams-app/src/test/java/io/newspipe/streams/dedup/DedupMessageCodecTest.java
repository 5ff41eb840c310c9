package io.newspipe.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newspipe.streams.dedup.DedupMessage.Answer;
import io.newspipe.streams.dedup.DedupMessage.BandAnswer;
import io.newspipe.streams.dedup.DedupMessage.BandRequest;
import io.newspipe.streams.dedup.DedupMessage.ContentRegister;
import io.newspipe.streams.dedup.DedupMessage.Inquiry;
import io.newspipe.streams.dedup.DedupStateCodec.BandEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class DedupMessageCodecTest {
    private static final DedupConfig CONFIG = DedupConfig.defaults();
    private final DedupMessageCodec codec = new DedupMessageCodec(CONFIG);
    private final Fingerprint fp = new TextFingerprinter(CONFIG).fingerprint(DedupFixtures.STORY);
    private final BandEntry entry = new BandEntry(-7L, 1_714_550_400L);

    private DedupMessage roundTrip(DedupMessage m) {
        return codec.decode(m.routingKey(), codec.encode(m));
    }

    @Test
    void everyMessageSurvivesTheCodec() {
        BandRequest request = new BandRequest(11, entry, new long[] {11, -3, 99}, true, fp.contentHash64(),
                fp.signature());
        BandRequest back = (BandRequest) roundTrip(request);
        assertThat(back.article()).isEqualTo(entry);
        assertThat(back.bandKeys()).containsExactly(11, -3, 99);
        assertThat(back.withContent()).isTrue();
        assertThat(back.contentHash()).isEqualTo(fp.contentHash64());
        assertThat(back.signature()).isEqualTo(fp.signature());
        assertThat(back.contentLookupOnly()).isFalse();
        BandRequest lookup = (BandRequest) roundTrip(new BandRequest(11, entry, new long[] {11}, true, true,
                fp.contentHash64(), fp.signature()));
        assertThat(lookup.withContent()).isTrue();
        assertThat(lookup.contentLookupOnly()).isTrue();

        BandAnswer answer = new BandAnswer(-7, List.of(new BandEntry(1, 2)), List.of(new BandEntry(3, 4)), 5);
        assertThat(roundTrip(answer)).isEqualTo(answer);
        Inquiry inquiry = new Inquiry(42, entry, true, fp.contentHash64(), fp.signature());
        assertThat(roundTrip(inquiry)).isEqualTo(inquiry);
        Answer found = new Answer(-7, new BandEntry(42, 9), 0.75, false, "https://www.example.com/a/%D8%A8");
        assertThat(roundTrip(found)).isEqualTo(found);
        Answer none = new Answer(-7, new BandEntry(42, 9), -1, false, "");
        assertThat(roundTrip(none)).isEqualTo(none);
        ContentRegister register = new ContentRegister(fp.contentHash64(), entry);
        assertThat(roundTrip(register)).isEqualTo(register);
    }

    @Test
    void messagesStaySmall() {
        // shingle count, one byte per MinHash value, and the number sketch (at most 17 bytes)
        int signature = 4 + CONFIG.numHashes() + fp.signature().numbers().encodedSize();
        assertThat(codec.encode(new Inquiry(1, entry, false, 0, fp.signature()))).hasSizeLessThanOrEqualTo(22 + signature);
        assertThat(codec.encode(new BandAnswer(1, List.of(), List.of(), 0))).hasSize(7);
        // type, entry, similarity, flag, URL length and the empty URL's one-byte mark
        assertThat(codec.encode(new Answer(1, entry, -1, false, ""))).hasSize(21);
        // a request for all 14 bands and the content hash: under 250 bytes with 8-bit signatures
        assertThat(codec.encode(new BandRequest(1, entry, fp.bandKeys(), true, 0, fp.signature())))
                .hasSizeLessThan(250);
    }

    @Test
    void pendingBookkeepingSurvivesTheCodec() {
        ArticleState self = ArticleState.first(1_714_550_400_000L, fp, "https://www.example.com/story")
                .withStatus(ArticleState.Status.PENDING, 0);
        PendingWork work = PendingWork.start(123L, new byte[] {1, 2, 3}, self, 3).bandAnswered(2).ask(9).ask(-4)
                .answered(new Answer(0, new BandEntry(9, 1), 0.5, true, "https://a.example/x"))
                .answered(new Answer(0, new BandEntry(-4, 1), -1, false, ""))
                .waitedOnBy(new PendingWork.Waiter(new BandEntry(77, 3), 0.625, false));
        PendingWork back = codec.decodePending(codec.encodePending(work));
        assertThat(back).isEqualTo(work);
        assertThat(back.self()).isEqualTo(self);
        assertThat(back.eligible()).hasSize(1);
        assertThat(back.hasAsked(-4)).isTrue();
        assertThat(back.complete()).isFalse();
    }

    @Test
    void bytesItDidNotWriteAreRejectedWithAClearError() {
        assertThatThrownBy(() -> codec.decode(1, new byte[] {99})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown dedup message type");
        assertThatThrownBy(() -> codec.decode(1, new byte[] {3, 1, 0})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("truncated");
        assertThatThrownBy(() -> codec.decode(1, new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
