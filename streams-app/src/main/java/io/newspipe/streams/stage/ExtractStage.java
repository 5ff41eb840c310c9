package io.newspipe.streams.stage;

import io.newspipe.avro.Article;
import io.newspipe.avro.RawPage;
import io.newspipe.schemas.AvroSerde;
import io.newspipe.schemas.NewsSerdes;
import io.newspipe.streams.dedup.ArticleIds;
import io.newspipe.streams.dedup.UrlCanonicalizer;
import io.newspipe.streams.extract.ArticleExtractor;
import io.newspipe.streams.extract.ExtractedArticle;
import io.newspipe.streams.extract.ExtractionOutcome;
import io.newspipe.streams.extract.PageInput;
import io.newspipe.streams.extract.Rejection;
import io.newspipe.streams.limits.ArticleSizeLimit;
import io.newspipe.streams.limits.AvroDecodeLimits;
import io.newspipe.streams.limits.TimeBudget;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first stage: decodes a raw-page record, extracts the article and computes its id and canonical
 * URL (the content hash is left empty for the dedup stage, which hashes the text it normalises). One input, one {@link StageResult}: an article candidate or a dead letter.
 * Thread-safe when its collaborators are (they are).
 */
public final class ExtractStage {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractStage.class);
    private final AvroSerde<RawPage> rawPages = NewsSerdes.rawPage();
    private final ArticleExtractor extractor;
    private final UrlCanonicalizer canonicalizer;
    private final int maxPageBytes;
    private final ArticleSizeLimit articleLimit;
    private final TimeBudget budget;
    private final Clock clock;

    /** With the default article size limit ({@link ArticleSizeLimit#DEFAULT_MAX_BYTES}). */
    public ExtractStage(ArticleExtractor extractor, UrlCanonicalizer canonicalizer, int maxPageBytes, Clock clock) {
        this(extractor, canonicalizer, maxPageBytes, new ArticleSizeLimit(ArticleSizeLimit.DEFAULT_MAX_BYTES), clock);
    }

    public ExtractStage(ArticleExtractor extractor, UrlCanonicalizer canonicalizer, int maxPageBytes,
            ArticleSizeLimit articleLimit, Clock clock) {
        this(extractor, canonicalizer, maxPageBytes, articleLimit, null, clock);
    }

    /**
     * @param budget wall-clock budget per page's extraction, or null for none (deterministic runs)
     */
    public ExtractStage(ArticleExtractor extractor, UrlCanonicalizer canonicalizer, int maxPageBytes,
            ArticleSizeLimit articleLimit, TimeBudget budget, Clock clock) {
        this.budget = budget;
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.canonicalizer = Objects.requireNonNull(canonicalizer, "canonicalizer");
        this.maxPageBytes = maxPageBytes;
        this.articleLimit = Objects.requireNonNull(articleLimit, "articleLimit");
        this.clock = Objects.requireNonNull(clock, "clock");
        // a forged Avro length prefix must be a dead letter, not an OutOfMemoryError in the stream thread
        AvroDecodeLimits.install();
    }

    /** Processes one record of the raw-pages topic as received. */
    public StageResult apply(String key, byte[] value) {
        if (value == null) {
            return StageResult.of(DeadLetters.undecodable(key, null, "record has no value (tombstone)", clock.instant()));
        }
        RawPage page;
        try {
            page = rawPages.decode(value);
        } catch (RuntimeException e) {
            return StageResult.of(DeadLetters.undecodable(key, value, e.getMessage(), clock.instant()));
        }
        try {
            return extract(page);
        } catch (ExtractionInterruptedException e) {
            // shutting down: not the page's fault, so no dead letter; the uncommitted record is redone
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("extraction failed for {}", page.getUrl(), e);
            return deadLetter(page, DeadLetters.REASON_INTERNAL_ERROR,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private StageResult extract(RawPage page) {
        ByteBuffer body = page.getBody();
        if (body.remaining() > maxPageBytes) {
            // without its body: the dead letter must fit its topic even when the page did not fit the limit
            return StageResult.of(DeadLetters.of(withoutBody(page), DeadLetters.STAGE_EXTRACT,
                    DeadLetters.REASON_TOO_LARGE, body.remaining() + " bytes > limit " + maxPageBytes
                            + " (body dropped from this dead letter)", clock.instant()));
        }
        if (page.getHttpStatus() >= 400) {
            return deadLetter(page, "http_error", "HTTP status " + page.getHttpStatus());
        }
        String url = page.getFinalUrl() != null ? page.getFinalUrl() : page.getUrl();
        PageInput input = bodyInput(url, body, page);
        ExtractionOutcome outcome;
        if (budget == null) {
            outcome = extractor.extract(input);
        } else {
            TimeBudget.Outcome<ExtractionOutcome> timed = runWithin(input);
            if (timed.timedOut()) {
                return deadLetter(page, "timeout",
                        "extraction took longer than its budget (" + timed.elapsedMillis() + " ms)");
            }
            outcome = timed.value().orElseThrow();
        }
        if (outcome instanceof Rejection rejection) {
            return deadLetter(page, rejection.reason(), rejection.detail());
        }
        Article candidate = toCandidate(page, (ExtractedArticle) outcome);
        int excess = articleLimit.excessSize(candidate);
        if (excess > 0) {
            // the dead letter must fit its topic too: it keeps the page's metadata, not its body
            return StageResult.of(DeadLetters.of(withoutBody(page), DeadLetters.STAGE_EXTRACT,
                    DeadLetters.REASON_TOO_LARGE, "article of " + excess + " bytes > limit " + articleLimit.maxBytes()
                            + " (page body of " + body.remaining() + " bytes dropped from this dead letter)",
                    clock.instant()));
        }
        return StageResult.of(candidate);
    }

    /**
     * The page as the extractor's input, its body read where it lies: the serde's body is a view of the
     * record's value array (no copy), and the extractor reads such a range as it is. A buffer without an
     * accessible array (none in practice) is copied.
     */
    private static PageInput bodyInput(String url, ByteBuffer body, RawPage page) {
        if (body.hasArray()) {
            return new PageInput(url, body.array(), body.arrayOffset() + body.position(), body.remaining(),
                    page.getContentType(), page.getFetchedAt());
        }
        byte[] bytes = new byte[body.remaining()];
        body.duplicate().get(bytes);
        return new PageInput(url, bytes, page.getContentType(), page.getFetchedAt());
    }

    /**
     * An extract dead letter carrying the page, or only its metadata when the body is larger than an
     * article may be: the dead-letter topic has the output topics' message limit, and a record too large
     * to send would fail the stream thread and stall the partition on the same page forever.
     */
    private StageResult deadLetter(RawPage page, String reason, String detail) {
        int size = page.getBody().remaining();
        if (size <= articleLimit.maxBytes()) {
            return StageResult.of(DeadLetters.of(page, DeadLetters.STAGE_EXTRACT, reason, detail, clock.instant()));
        }
        return StageResult.of(DeadLetters.of(withoutBody(page), DeadLetters.STAGE_EXTRACT, reason,
                detail + " (page body of " + size + " bytes dropped from this dead letter)", clock.instant()));
    }

    /** The page's metadata without its body, for a dead letter that must fit its topic. */
    private static RawPage withoutBody(RawPage page) {
        return RawPage.newBuilder(page).setBody(ByteBuffer.allocate(0)).build();
    }

    private TimeBudget.Outcome<ExtractionOutcome> runWithin(PageInput input) {
        try {
            return budget.run(() -> extractor.extract(input));
        } catch (InterruptedException e) {
            // only at shutdown: keep the flag so Kafka Streams stops; the record is retried uncommitted
            Thread.currentThread().interrupt();
            throw new ExtractionInterruptedException("interrupted while extracting " + input.url(), e);
        }
    }

    /** The stream thread was interrupted (shutdown) while a page was being extracted. */
    static final class ExtractionInterruptedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ExtractionInterruptedException(String message, InterruptedException cause) {
            super(message, cause);
        }
    }

    private Article toCandidate(RawPage page, ExtractedArticle a) {
        String canonical = canonicalizer.canonicalize(page.getUrl(), a.declaredCanonicalUrl());
        return Article.newBuilder()
                .setId(ArticleIds.idOf(canonical))
                .setUrl(page.getUrl())
                .setCanonicalUrl(canonical)
                .setRevision(1)
                .setSite(page.getSite() != null ? page.getSite() : a.site())
                .setTitle(a.title())
                .setLead(a.lead())
                .setBodyText(a.bodyText())
                .setBodyHtml(a.bodyHtml())
                .setAuthors(a.authors())
                .setPublishedAt(a.publishedAt())
                .setModifiedAt(a.modifiedAt())
                .setFetchedAt(page.getFetchedAt())
                .setLanguage(a.languageHint())
                .setTextDirection(a.textDirection())
                .setImageUrl(a.imageUrl())
                .setSiteKeywords(a.siteKeywords())
                .setKeywords(List.of())
                .setEntities(List.of())
                .setTopics(List.of())
                // the dedup stage sets the hash from the normalised text it fingerprints anyway
                .setContentHash("")
                .setFingerprint(null)
                .setExtractorVersion(ArticleExtractor.VERSION)
                .build();
    }
}
