package io.newspipe.streams.dedup;

import io.newspipe.streams.dedup.DedupStateCodec.BandEntry;
import java.util.List;
import java.util.Objects;

/**
 * The messages of the partitioned near-duplicate protocol (see {@link NearDuplicateIndex}, "Mapping onto
 * Kafka Streams"). Every message names the 8-byte key it is routed by ({@link #routingKey()}): an article
 * id hash, an LSH band key or a content hash; {@link HomePartitions} maps it to the partition whose task
 * holds that key's state. Encoded by {@link DedupMessageCodec}. Immutable and thread-safe.
 */
public sealed interface DedupMessage {

    /** The key whose partition must handle this message. */
    long routingKey();

    /**
     * Insert article {@code article} into the band lists of {@code bandKeys} and, when {@code withContent},
     * look up the exact-copy list of {@code contentHash}, inserting the article there too unless
     * {@code contentLookupOnly}; every key routes to the same partition. An article with band keys only looks
     * its content hash up: its exact copies share all its band keys and are found there (their homes compare
     * content hashes), so only articles without band keys (texts too short to shingle) and revisions
     * ({@link ContentRegister}) are kept in content lists. The signature travels for the late-earlier notices.
     */
    record BandRequest(long routingKey, BandEntry article, long[] bandKeys, boolean withContent,
                       boolean contentLookupOnly, long contentHash, MinHashSignature signature)
            implements DedupMessage {
        public BandRequest {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(signature, "signature");
            bandKeys = bandKeys.clone();
        }

        /** A request that, when {@code withContent}, also inserts the article into the content list. */
        public BandRequest(long routingKey, BandEntry article, long[] bandKeys, boolean withContent, long contentHash,
                           MinHashSignature signature) {
            this(routingKey, article, bandKeys, withContent, false, contentHash, signature);
        }

        @Override
        public long[] bandKeys() {
            return bandKeys.clone();
        }
    }

    /**
     * A band partition's answer to X's {@link BandRequest}, routed by X's id hash: the entries ordered before
     * X on its near-duplicate bands and on its content key, and how many late-earlier notices it sent.
     */
    record BandAnswer(long routingKey, List<BandEntry> earlierNear, List<BandEntry> earlierExact, int notices)
            implements DedupMessage {
        public BandAnswer {
            earlierNear = List.copyOf(earlierNear);
            earlierExact = List.copyOf(earlierExact);
        }
    }

    /**
     * Asks article {@code routingKey} how it relates to article {@code from}: a late-earlier notice when
     * {@code notice} (from is earlier and was inserted after it), else a verify request (from is later and
     * found it on a band). The asked article compares {@code from}'s content hash and signature with its own:
     * equal content hashes make an exact copy.
     */
    record Inquiry(long routingKey, BandEntry from, boolean notice, long contentHash, MinHashSignature signature)
            implements DedupMessage {
        public Inquiry {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(signature, "signature");
        }
    }

    /**
     * The answer to an {@link Inquiry}, routed by the asker's id hash: {@code candidate} is a published
     * original that the asker duplicates with {@code similarity} (an exact copy when {@code exact}), with
     * canonical URL {@code url}; a negative similarity means "not a candidate for you".
     */
    record Answer(long routingKey, BandEntry candidate, double similarity, boolean exact, String url)
            implements DedupMessage {
        public Answer {
            Objects.requireNonNull(candidate, "candidate");
            Objects.requireNonNull(url, "url");
        }

        /** Whether the asker may count the candidate. */
        public boolean eligible() {
            return similarity >= 0;
        }
    }

    /** Records a revision's new content under its content hash (no answer: the revision is already out). */
    record ContentRegister(long routingKey, BandEntry article) implements DedupMessage {
        public ContentRegister {
            Objects.requireNonNull(article, "article");
        }
    }
}
