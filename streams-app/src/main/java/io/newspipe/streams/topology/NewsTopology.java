package io.newspipe.streams.topology;

import io.newspipe.avro.Article;
import io.newspipe.avro.DeadLetter;
import io.newspipe.avro.DuplicateNotice;
import io.newspipe.schemas.NewsSerdes;
import io.newspipe.streams.config.StreamsAppConfig;
import io.newspipe.streams.dedup.DedupConfig;
import io.newspipe.streams.dedup.DedupStateCodec;
import io.newspipe.streams.dedup.UrlCanonicalizer;
import io.newspipe.streams.extract.ArticleExtractor;
import io.newspipe.streams.limits.ArticleSizeLimit;
import io.newspipe.streams.limits.TimeBudget;
import io.newspipe.streams.metrics.PipelineEvents;
import io.newspipe.streams.route.Route;
import io.newspipe.streams.stage.ExtractStage;
import io.newspipe.streams.stage.StageResult;
import io.newspipe.streams.stage.TagStage;
import io.newspipe.streams.tag.ArticleTagger;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * Wires the pipeline: raw pages → extract → dedup (same URL and revisions, exact copies,
 * near-duplicates; partitioned over {@code dedup.partitions} tasks with the protocol loop of
 * {@link DedupProcessor}) → tag (in the same task) → articles, duplicates, dead letters and routed copies.
 * Only wiring lives here; the logic is in the Kafka-free stage classes. Every raw record yields exactly one
 * record on exactly one of the three output topics (routed copies aside).
 *
 * <p>{@link #build} is thread-safe: each call wires a topology of its own.
 */
public final class NewsTopology {
    private final StreamsAppConfig config;
    private final PipelineEvents events;
    private final ExtractStage extractStage;
    private final TagStage tagStage;
    private final DedupConfig dedupConfig;
    private final Clock clock;
    private final Serde<Article> articles = NewsSerdes.article();
    private final Serde<DuplicateNotice> duplicates = NewsSerdes.duplicateNotice();
    private final Serde<DeadLetter> deadLetters = NewsSerdes.deadLetter();
    /**
     * Changelog settings of the lasting dedup stores: the broker keeps their batches zstd-compressed (the
     * per-record framing, the event times and the URLs compress; the hashes do not), whatever the producer
     * sends.
     */
    private static final Map<String, String> LASTING_CHANGELOG = Map.of("compression.type", "zstd");
    /**
     * Changelog settings of the stores whose records are deleted within seconds (see addDedupStores). Not
     * compressed: every new page passes through them once, so the broker would zstd-compress each page
     * again only to delete it seconds later.
     */
    private static final Map<String, String> TRANSIENT_CHANGELOG = Map.of("segment.bytes", "16777216",
            "segment.ms", "600000", "min.cleanable.dirty.ratio", "0.1", "delete.retention.ms", "3600000");

    private NewsTopology(StreamsAppConfig config, Clock clock, PipelineEvents events) {
        this.config = config;
        this.events = events;
        this.extractStage = new ExtractStage(new ArticleExtractor(), new UrlCanonicalizer(), config.maxPageBytes(),
                new ArticleSizeLimit(config.maxArticleBytes()), budgetOf(config), clock);
        this.tagStage = new TagStage(new ArticleTagger(), clock);
        DedupConfig d = DedupConfig.defaults();
        this.dedupConfig = new DedupConfig(d.numHashes(), d.bands(), d.rowsPerBand(), d.signatureBits(),
                d.shingleSize(), d.jaccardThreshold(), d.containmentThreshold(), d.minShinglesForContainment(),
                d.maxEntriesPerBandKey(), config.dedupRetention());
        this.clock = clock;
    }

    /** Builds the topology for this configuration. */
    public static Topology build(StreamsAppConfig config) {
        return build(config, Clock.systemUTC(), PipelineEvents.NONE);
    }

    /**
     * Builds the topology with a given clock for dead-letter timestamps (deterministic runs) and a
     * listener for metrics.
     */
    public static Topology build(StreamsAppConfig config, Clock clock, PipelineEvents events) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(events, "events");
        return new NewsTopology(config, clock, events).wire();
    }

    private Topology wire() {
        StreamsBuilder builder = new StreamsBuilder();
        addDedupStores(builder);
        KStream<String, StageResult> deduped = dedup(builder, extracted(builder));
        Map<String, KStream<String, StageResult>> afterDedup = deduped.split(Named.as(Names.DEDUP_BRANCH))
                .branch((key, result) -> result.isDuplicate(), Branched.as(Names.BRANCH_DUPLICATE))
                .branch((key, result) -> result.isDeadLetter(), Branched.as(Names.BRANCH_DEAD))
                .defaultBranch(Branched.as(Names.BRANCH_ARTICLE));
        sinkDuplicates(afterDedup.get(Names.DEDUP_BRANCH + Names.BRANCH_DUPLICATE));
        sinkDeadLetters(afterDedup.get(Names.DEDUP_BRANCH + Names.BRANCH_DEAD), "dedup");
        tagAndSink(afterDedup.get(Names.DEDUP_BRANCH + Names.BRANCH_ARTICLE));
        return builder.build();
    }

    /** The raw pages through the extract stage: the articles; every other result goes to the dead letters. */
    private KStream<String, StageResult> extracted(StreamsBuilder builder) {
        KStream<String, StageResult> extracted = builder
                .stream(config.topics().rawPages(), Consumed.with(Serdes.String(), Serdes.ByteArray())
                        .withName(Names.SOURCE_RAW_PAGES))
                .mapValues((key, value) -> {
                    events.pageIn();
                    StageResult result = extractStage.apply(key, value);
                    if (result.isArticle()) {
                        Article a = result.article();
                        events.extracted(a.getSite(), a.getTitle() != null, a.getPublishedAt() != null,
                                !a.getAuthors().isEmpty(), a.getBodyText().length());
                    }
                    return result;
                }, Named.as(Names.EXTRACT));
        Map<String, KStream<String, StageResult>> afterExtract = extracted.split(Named.as(Names.EXTRACT_BRANCH))
                .branch((key, result) -> result.isArticle(), Branched.as(Names.EXTRACT_OK))
                .defaultBranch(Branched.as(Names.EXTRACT_DEAD));
        sinkDeadLetters(afterExtract.get(Names.EXTRACT_BRANCH + Names.EXTRACT_DEAD), "extract");
        return afterExtract.get(Names.EXTRACT_BRANCH + Names.EXTRACT_OK);
    }

    private void sinkDuplicates(KStream<String, StageResult> found) {
        found.mapValues(StageResult::duplicate, Named.as(Names.DUPLICATE_VALUES))
                .processValues(() -> new OutputTap<DuplicateNotice>(events, d -> new OutputTap.Facts(
                        PipelineEvents.DUPLICATE, d.getMethod(), d.getSite())), Named.as(Names.TAP_DUPLICATES))
                .to(config.topics().duplicates(), Produced.with(Serdes.String(), duplicates)
                        .withName(Names.SINK_DUPLICATES));
    }

    /** Tags the articles dedup kept, then writes them to the article topic and the matching route topics. */
    private void tagAndSink(KStream<String, StageResult> kept) {
        // tagging runs right after the decision, in the dedup task: dedup is partitioned, so a further
        // repartition would only add a round trip through Kafka per article
        KStream<String, StageResult> tagged = kept
                .mapValues(result -> tagStage.apply(result.article()), Named.as(Names.TAG));
        Map<String, KStream<String, StageResult>> afterTag = tagged.split(Named.as(Names.TAG_BRANCH))
                .branch((key, result) -> result.isArticle(), Branched.as(Names.BRANCH_ARTICLE))
                .defaultBranch(Branched.as(Names.BRANCH_DEAD));
        sinkDeadLetters(afterTag.get(Names.TAG_BRANCH + Names.BRANCH_DEAD), "tag");

        KStream<String, Article> out = afterTag.get(Names.TAG_BRANCH + Names.BRANCH_ARTICLE)
                .mapValues(StageResult::article, Named.as(Names.ARTICLE_VALUES))
                .processValues(() -> new OutputTap<Article>(events, a -> new OutputTap.Facts(
                        a.getRevision() > 1 ? PipelineEvents.REVISION : PipelineEvents.ARTICLE, null, a.getSite())),
                        Named.as(Names.TAP_ARTICLES));
        out.to(config.topics().articles(), Produced.with(Serdes.String(), articles).withName(Names.SINK_ARTICLES));
        int i = 0;
        for (Route route : config.routes()) {
            String name = Names.ROUTE + i++;
            out.filter((id, article) -> route.matches(article), Named.as(name + "-filter"))
                    .to(route.topic(), Produced.with(Serdes.String(), articles).withName(name + "-sink"));
        }
    }

    /**
     * The partitioned dedup: candidates keyed by article id hash into {@code dedup.partitions} partitions,
     * merged with the protocol topic (read and written by the same processor: the loop between an article's
     * home partition and the partitions of its band keys), decided by {@link DedupProcessor}.
     */
    private KStream<String, StageResult> dedup(StreamsBuilder builder, KStream<String, StageResult> candidates) {
        String protocol = config.dedupProtocolTopic();
        KStream<Long, DedupIo.In> articlesIn = candidates
                .map((key, result) -> KeyValue.pair(DedupStateCodec.articleIdHash(result.article().getId()),
                        DedupIo.Candidate.of(result.article())), Named.as(Names.KEY_BY_ID))
                .repartition(Repartitioned.with(Serdes.Long(), DedupIo.candidateSerde(articles))
                        .withName(Names.REPARTITION_DEDUP)
                        .withNumberOfPartitions(config.dedupPartitions())
                        .withStreamPartitioner(new DedupIo.HomePartitioner<>()))
                .mapValues(DedupIo.In::candidate, Named.as(Names.DEDUP_ARTICLES_IN));
        KStream<Long, DedupIo.In> messagesIn = builder
                .stream(protocol, Consumed.with(Serdes.Long(), Serdes.ByteArray()).withName(Names.SOURCE_DEDUP_PROTOCOL))
                .mapValues(DedupIo.In::message, Named.as(Names.DEDUP_MESSAGES_IN));
        Map<String, KStream<Long, DedupIo.Out>> out = articlesIn.merge(messagesIn, Named.as(Names.DEDUP_MERGE))
                .process(() -> new DedupProcessor(dedupConfig, config.dedupPartitions(), clock), Named.as(Names.DEDUP),
                        Names.STORE_DEDUP_ARTICLES, Names.STORE_DEDUP_DUPLICATE_URLS, Names.STORE_DEDUP_CONTENT,
                        Names.STORE_DEDUP_BANDS, Names.STORE_DEDUP_PENDING, Names.STORE_DEDUP_WAITING)
                .split(Named.as(Names.DEDUP_OUT_BRANCH))
                .branch((key, o) -> o.isMessage(), Branched.as(Names.DEDUP_OUT_MESSAGE))
                .defaultBranch(Branched.as(Names.DEDUP_OUT_RESULT));
        out.get(Names.DEDUP_OUT_BRANCH + Names.DEDUP_OUT_MESSAGE)
                .mapValues(DedupIo.Out::message, Named.as(Names.DEDUP_MESSAGE_VALUES))
                .to(protocol, Produced.with(Serdes.Long(), Serdes.ByteArray())
                        .withStreamPartitioner(new DedupIo.HomePartitioner<>()).withName(Names.SINK_DEDUP_PROTOCOL));
        return out.get(Names.DEDUP_OUT_BRANCH + Names.DEDUP_OUT_RESULT)
                .map((key, o) -> KeyValue.pair(o.resultKey(), o.result()), Named.as(Names.DEDUP_RESULTS));
    }

    private static TimeBudget budgetOf(StreamsAppConfig config) {
        if (config.extractTimeout().isZero()) {
            return null;
        }
        // runaway extractions finish in the background; bound them to a couple beyond the threads
        return new TimeBudget(config.extractTimeout(), config.numStreamThreads() + 2);
    }

    /**
     * The six dedup stores, changelogged (the lasting ones zstd-compressed by the broker) and not cached: the
     * stage keeps what it reads again in its own decoded cache ({@code CachedDedupState}), its keys are rarely
     * written twice within one commit, and Kafka Streams' record cache only added its bookkeeping and evictions
     * (waiting pages of ~12 KB each fill it). A pending article's page and bookkeeping
     * ({@code dedup-waiting}, {@code dedup-pending}) live only until its decision, which needs at least one
     * commit (the band requests must become visible to the other tasks), so the page does reach the
     * changelog, followed by its tombstone; those two changelogs get small segments and eager compaction so
     * what the broker keeps of them stays near the pages in flight.
     */
    private static void addDedupStores(StreamsBuilder builder) {
        for (String name : new String[] {Names.STORE_DEDUP_ARTICLES, Names.STORE_DEDUP_DUPLICATE_URLS,
                Names.STORE_DEDUP_CONTENT, Names.STORE_DEDUP_BANDS}) {
            // band keys only find candidates: 5 of their 8 bytes are enough as store keys (see BandKeySerde)
            Serde<Long> keys = name.equals(Names.STORE_DEDUP_BANDS) ? new BandKeySerde() : Serdes.Long();
            builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), keys,
                    Serdes.ByteArray()).withCachingDisabled().withLoggingEnabled(LASTING_CHANGELOG));
        }
        for (String name : new String[] {Names.STORE_DEDUP_PENDING, Names.STORE_DEDUP_WAITING}) {
            builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.Long(),
                    Serdes.ByteArray()).withCachingDisabled().withLoggingEnabled(TRANSIENT_CHANGELOG));
        }
    }

    private void sinkDeadLetters(KStream<String, StageResult> dead, String stage) {
        dead.map((key, result) -> KeyValue.pair(result.deadLetter().getUrl(), result.deadLetter()),
                        Named.as(Names.DEAD_LETTER_VALUES + stage))
                .processValues(() -> new OutputTap<DeadLetter>(events, d -> new OutputTap.Facts(
                        PipelineEvents.DEAD_LETTER, d.getReason(),
                        d.getRawPage() == null ? null : d.getRawPage().getSite())),
                        Named.as(Names.TAP_DEAD_LETTERS + stage))
                .to(config.topics().deadLetters(), Produced.with(Serdes.String(), deadLetters)
                        .withName(Names.SINK_DEAD_LETTERS + stage));
    }
}
