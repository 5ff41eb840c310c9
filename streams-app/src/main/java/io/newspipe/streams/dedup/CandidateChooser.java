package io.newspipe.streams.dedup;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * Step (4) of the Kafka mapping in {@link NearDuplicateIndex}: once every verify answer for a pending
 * article X is in, picks what X duplicates. Eligible: similar candidates ordered before X (whatever their
 * status) and similar candidates ordered after X that are already published originals (a published
 * article is never retracted). The earliest eligible candidate by {@link BandList#ORDER} wins, and X points
 * at its root original. The result does not depend on the order the answers arrived in. The partitioned
 * dedup ({@code PendingDecisions}) passes only answers naming published originals (duplicates are not
 * candidates there, see {@link NearDuplicateIndex}), exact copies first. Stateless and thread-safe.
 */
public final class CandidateChooser {
    private CandidateChooser() {
    }

    /**
     * One verify answer: the candidate's band entry (id hash, event time), the similarity by
     * {@link DuplicateRule} (negative when not a duplicate), its status and, for a duplicate, its original.
     */
    public record Answer(DedupStateCodec.BandEntry candidate, double similarity, ArticleState.Status status,
                         long duplicateOfIdHash) {
        public Answer {
            Objects.requireNonNull(candidate, "candidate");
            Objects.requireNonNull(status, "status");
        }

        /** The id hash X should point at: the candidate's original when the candidate is a duplicate. */
        public long rootIdHash() {
            return status == ArticleState.Status.DUPLICATE ? duplicateOfIdHash : candidate.articleIdHash();
        }
    }

    /** The answer X duplicates, or empty when X is an original. */
    public static Optional<Answer> choose(DedupStateCodec.BandEntry self, Collection<Answer> answers) {
        Objects.requireNonNull(self, "self");
        Objects.requireNonNull(answers, "answers");
        Answer best = null;
        for (Answer answer : answers) {
            if (answer.similarity() < 0 || answer.candidate().articleIdHash() == self.articleIdHash()) {
                continue;
            }
            boolean earlier = BandList.ORDER.compare(answer.candidate(), self) < 0;
            boolean eligible = earlier || answer.status() == ArticleState.Status.ORIGINAL;
            if (eligible && (best == null || BandList.ORDER.compare(answer.candidate(), best.candidate()) < 0)) {
                best = answer;
            }
        }
        return Optional.ofNullable(best);
    }
}
