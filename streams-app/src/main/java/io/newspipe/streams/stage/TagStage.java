package io.newspipe.streams.stage;

import io.newspipe.avro.Article;
import io.newspipe.avro.Entity;
import io.newspipe.avro.EntityType;
import io.newspipe.avro.Topic;
import io.newspipe.streams.extract.ExtractedArticle;
import io.newspipe.streams.tag.ArticleTagger;
import io.newspipe.streams.tag.Tags;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tag stage: language, direction, entities, topics, keywords added to an article. A tagging
 * failure becomes a dead letter (stage {@code tag}). Thread-safe.
 */
public final class TagStage {
    private static final Logger LOG = LoggerFactory.getLogger(TagStage.class);
    /** Caps per article, so a pathological text cannot grow an article past its topic's message limit. */
    static final int MAX_ENTITIES = 200;
    static final int MAX_TOPICS = 20;
    static final int MAX_KEYWORDS = 10;
    static final int MAX_MENTIONS = 20;
    private final ArticleTagger tagger;
    private final Clock clock;

    public TagStage(ArticleTagger tagger, Clock clock) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public StageResult apply(Article article) {
        Objects.requireNonNull(article, "article");
        try {
            Tags tags = tagger.tag(asExtracted(article));
            return StageResult.of(Article.newBuilder(article)
                    .setLanguage(tags.language())
                    .setTextDirection(tags.textDirection())
                    .setEntities(tags.entities().stream().limit(MAX_ENTITIES).map(e -> Entity.newBuilder()
                            .setType(EntityType.valueOf(e.type().name()))
                            .setName(e.name()).setId(e.id()).setCountryCode(e.countryCode())
                            .setMentions(e.mentions().stream().limit(MAX_MENTIONS).toList())
                            .setCount(e.count()).build()).toList())
                    .setTopics(tags.topics().stream().limit(MAX_TOPICS)
                            .map(t -> new Topic(t.code(), t.label(), t.score())).toList())
                    .setKeywords(tags.keywords().stream().limit(MAX_KEYWORDS).toList())
                    .build());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("tagging failed for {}", article.getUrl(), e);
            return StageResult.of(DeadLetters.ofUrl(article.getUrl(), DeadLetters.STAGE_TAG,
                    DeadLetters.REASON_INTERNAL_ERROR, e.getClass().getSimpleName() + ": " + e.getMessage(),
                    clock.instant()));
        }
    }

    private static ExtractedArticle asExtracted(Article a) {
        return new ExtractedArticle(a.getUrl(), a.getCanonicalUrl(), a.getSite() == null ? "" : a.getSite(),
                a.getTitle(), a.getLead(), a.getBodyText(), a.getBodyHtml(), a.getAuthors(), a.getPublishedAt(),
                a.getModifiedAt(), a.getLanguage(), a.getTextDirection(), a.getImageUrl(),
                a.getSiteKeywords() == null ? List.of() : a.getSiteKeywords());
    }
}
