package io.newspipe.streams.stage;

import io.newspipe.avro.Article;
import io.newspipe.streams.dedup.ArticleIds;
import io.newspipe.streams.dedup.ArticleState;
import io.newspipe.streams.dedup.BandList;
import io.newspipe.streams.dedup.CandidateChooser;
import io.newspipe.streams.dedup.DedupConfig;
import io.newspipe.streams.dedup.DedupMessage.Answer;
import io.newspipe.streams.dedup.DedupMessage.BandAnswer;
import io.newspipe.streams.dedup.DedupMessage;
import io.newspipe.streams.dedup.DedupMessage.Inquiry;
import io.newspipe.streams.dedup.DedupStateCodec.BandEntry;
import io.newspipe.streams.dedup.DuplicateOf;
import io.newspipe.streams.dedup.DuplicateRule;
import io.newspipe.streams.dedup.PendingWork;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Steps (3) and (4) of the protocol in {@code NearDuplicateIndex}, at an article's home partition:
 * collecting band answers, asking the earlier candidates (verify) and answering inquiries about its own
 * articles, then deciding a pending article once every answer is in.
 *
 * <p>An inquiry about a pending article P is answered at once unless P must be waited for: a verify
 * request from a later article similar to P is held until P is decided (waits point only to earlier
 * articles, so they end); a late-earlier notice from an earlier article X is answered "not a candidate"
 * at once, and P instead asks X itself (P, being later, may wait for X). Duplicates are not candidates:
 * a decided duplicate's record is deleted, so a later page is compared with originals only, as the
 * single-task {@code NearDuplicateIndex} does (no chains through duplicates). Not thread-safe.
 */
final class PendingDecisions {
    private final DuplicateRule rule;
    private final long retentionSeconds;
    private final PartitionedDedupState state;
    private final DedupOutbox outbox;
    private final Consumer<DedupMessage> send;
    private final FollowUp followUp;

    /** Handles a same-URL page that waited behind a decided article. */
    interface FollowUp {
        void accept(WaitingPage page, long timestamp, byte[] carry);
    }

    PendingDecisions(DedupConfig config, PartitionedDedupState state, DedupOutbox outbox,
            Consumer<DedupMessage> send, FollowUp followUp) {
        this.rule = new DuplicateRule(config);
        this.retentionSeconds = config.retention().toSeconds();
        this.state = state;
        this.outbox = outbox;
        this.send = send;
        this.followUp = followUp;
    }

    void onBandAnswer(BandAnswer answer) {
        long id = answer.routingKey();
        PendingWork work = state.pending(id);
        if (work == null) {
            return; // a replayed answer for an article already decided
        }
        ArticleState self = work.self();
        work = work.bandAnswered(answer.notices());
        BandEntry entry = entryOf(id, self);
        work = ask(work, answer.earlierExact(), entry, self);
        work = ask(work, answer.earlierNear(), entry, self);
        settle(id, work);
    }

    private PendingWork ask(PendingWork work, List<BandEntry> candidates, BandEntry entry, ArticleState self) {
        PendingWork result = work;
        for (BandEntry candidate : candidates) {
            if (!result.hasAsked(candidate.articleIdHash())) {
                result = result.ask(candidate.articleIdHash());
                send.accept(new Inquiry(candidate.articleIdHash(), entry, false, self.contentHash64(), self.signature()));
            }
        }
        return result;
    }

    void onAnswer(Answer answer) {
        PendingWork work = state.pending(answer.routingKey());
        if (work != null) {
            settle(answer.routingKey(), work.answered(answer));
        }
    }

    void onInquiry(Inquiry inquiry) {
        long id = inquiry.routingKey();
        PendingWork targetWork = state.pending(id);
        ArticleState target = targetWork != null ? targetWork.self() : state.article(id);
        long asker = inquiry.from().articleIdHash();
        if (target == null || Math.abs(target.eventTimeMillis() / 1000 - inquiry.from().eventTimeSeconds())
                > retentionSeconds) {
            send.accept(notCandidate(asker, new BandEntry(id, inquiry.from().eventTimeSeconds())));
            return;
        }
        BandEntry entry = entryOf(id, target);
        boolean exact = inquiry.contentHash() == target.contentHash64();
        double similarity = exact ? 1.0 : rule.duplicateSimilarity(inquiry.signature(), target.signature());
        if (target.status() == ArticleState.Status.ORIGINAL) {
            send.accept(answer(asker, entry, similarity, exact, target.canonicalUrl()));
        } else if (target.status() != ArticleState.Status.PENDING || similarity < 0) {
            send.accept(notCandidate(asker, entry));
        } else if (inquiry.notice()) {
            send.accept(notCandidate(asker, entry));
            if (!targetWork.hasAsked(asker)) {
                state.putPending(id, targetWork.ask(asker));
                send.accept(new Inquiry(asker, entry, false, target.contentHash64(), target.signature()));
            }
        } else if (BandList.ORDER.compare(inquiry.from(), entry) > 0) {
            // only a later article may wait for this one: every wait points to an earlier article, so
            // waits always end
            state.putPending(id, targetWork.waitedOnBy(
                    new PendingWork.Waiter(inquiry.from(), similarity, exact)));
        } else {
            send.accept(notCandidate(asker, entry));
        }
    }

    private void settle(long id, PendingWork work) {
        if (work.complete()) {
            decide(id, work);
        } else {
            state.putPending(id, work);
        }
    }

    private void decide(long id, PendingWork work) {
        ArticleState self = work.self();
        List<WaitingPage> pages = state.waiting(id);
        BandEntry entry = entryOf(id, self);
        Optional<Answer> chosen = choose(entry, work.eligible(), true).or(() -> choose(entry, work.eligible(), false));
        Article article = pages.get(0).article();
        if (chosen.isPresent()) {
            Answer c = chosen.get();
            if (state.article(id) != null) {
                state.deleteArticle(id); // an expired earlier life of this URL
            }
            state.putDuplicateOf(id, new DuplicateOf(c.candidate().articleIdHash(), c.url(), self.contentHash64(),
                    self.eventTimeMillis()));
            String method = c.exact() ? DedupDecisions.EXACT_COPY : DedupDecisions.NEAR_DUPLICATE;
            outbox.emit(article.getId(), StageResult.of(DedupDecisions.notice(article, ArticleIds.idOf(c.url()),
                    c.url(), Math.max(0, Math.min(1, c.similarity())), method)), work.timestamp(), work.carry());
            work.waiters().forEach(w -> send.accept(notCandidate(w.asker().articleIdHash(), entry)));
        } else {
            state.putArticle(id, self.withStatus(ArticleState.Status.ORIGINAL, 0));
            outbox.emit(article.getId(), StageResult.of(article), work.timestamp(), work.carry());
            work.waiters().forEach(w -> send.accept(answer(w.asker().articleIdHash(), entry, w.similarity(),
                    w.exact(), self.canonicalUrl())));
        }
        state.deletePending(id);
        state.deleteWaiting(id);
        pages.subList(1, pages.size()).forEach(page -> followUp.accept(page, work.timestamp(), work.carry()));
    }

    private static Optional<Answer> choose(BandEntry self, List<Answer> eligible, boolean exact) {
        List<CandidateChooser.Answer> options = eligible.stream().filter(a -> a.exact() == exact)
                .map(a -> new CandidateChooser.Answer(a.candidate(), a.similarity(), ArticleState.Status.ORIGINAL, 0))
                .toList();
        return CandidateChooser.choose(self, options).flatMap(best -> eligible.stream()
                .filter(a -> a.exact() == exact && a.candidate().equals(best.candidate())).findFirst());
    }

    private static Answer answer(long asker, BandEntry candidate, double similarity, boolean exact, String url) {
        return similarity < 0 ? notCandidate(asker, candidate) : new Answer(asker, candidate, similarity, exact, url);
    }

    private static Answer notCandidate(long asker, BandEntry candidate) {
        return new Answer(asker, candidate, -1, false, "");
    }

    private static BandEntry entryOf(long id, ArticleState state) {
        return new BandEntry(id, state.eventTimeMillis() / 1000);
    }
}
