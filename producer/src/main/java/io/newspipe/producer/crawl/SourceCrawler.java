package io.newspipe.producer.crawl;

import io.newspipe.avro.RawPage;
import io.newspipe.producer.config.SiteSource;
import io.newspipe.producer.config.Sources;
import io.newspipe.producer.fetch.FetchKind;
import io.newspipe.producer.fetch.FetchOutcome;
import io.newspipe.producer.fetch.PoliteFetcher;
import io.newspipe.producer.fetch.Validators;
import io.newspipe.producer.guard.HostResolver;
import io.newspipe.producer.publish.PageSink;
import io.newspipe.producer.publish.ProducerMetrics;
import io.newspipe.producer.publish.RawPages;
import io.newspipe.producer.state.CrawlState;
import io.newspipe.producer.url.UrlCanonicalizer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Polls sites: discovers listed URLs ({@link SiteDiscovery}), fetches the ones not in the seen-set
 * politely, and hands each page to a {@link PageSink}, or a dead letter (stage {@code fetch}) when the page
 * cannot be published (blocked_address, too_large, content_type, timeout, http_4xx, ...). A URL robots.txt
 * disallows is not a failure: it is never requested, only counted (report and metrics), and not retried.
 * A URL is added to the seen-set once published or permanently failed; a transiently failing URL is
 * tried again on the next polls and given up (seen) after {@value #MAX_TRANSIENT_FAILURES} failures. A seen
 * URL is fetched again (conditionally) only when a listing gives it a later last-change date (Atom
 * {@code updated}, sitemap {@code lastmod}) than at its last fetch: a corrected article, published as a new
 * raw page of the same URL so the streams app can make a revision.
 * This is also the programmatic API the demo uses: {@link #crawlOnce(Sources, PageSink)}.
 * Thread-safe: different sites may be polled concurrently; one site should not be polled twice at once.
 */
public final class SourceCrawler {
    static final int MAX_TRANSIENT_FAILURES = 3;
    private static final Set<String> SOURCES = Set.of("feed", "sitemap");

    private final Sources sources;
    private final PoliteFetcher fetcher;
    private final CrawlState state;
    private final PageSink sink;
    private final ProducerMetrics metrics;
    private final SiteDiscovery discovery;
    private final Map<String, Integer> transientFailures = new ConcurrentHashMap<>();

    public SourceCrawler(Sources sources, HostResolver resolver, CrawlState state, PageSink sink,
                         ProducerMetrics metrics) {
        this(sources, new PoliteFetcher(sources.fetch(), Objects.requireNonNull(resolver, "resolver")), state, sink,
                metrics);
    }

    /** A crawler using the given fetcher (whose settings should be {@code sources.fetch()}). */
    public SourceCrawler(Sources sources, PoliteFetcher fetcher, CrawlState state, PageSink sink,
                         ProducerMetrics metrics) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.state = Objects.requireNonNull(state, "state");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.discovery = new SiteDiscovery(fetcher, state, metrics);
    }

    /** Crawls every site once with a fresh in-memory state and the system resolver; returns the total. */
    public static PollReport crawlOnce(Sources sources, PageSink sink) {
        return new SourceCrawler(sources, HostResolver.system(), CrawlState.inMemory(), sink,
                ProducerMetrics.simple()).pollAll(1);
    }

    public Sources sources() {
        return sources;
    }

    /** Polls every site once, {@code threads} sites at a time, and returns the summed report. */
    public PollReport pollAll(int threads) {
        if (threads <= 1 || sources.sites().size() <= 1) {
            PollReport total = PollReport.EMPTY;
            for (SiteSource site : sources.sites()) {
                total = total.plus(poll(site));
            }
            return total;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, sources.sites().size()));
        try {
            List<Future<PollReport>> futures = sources.sites().stream().map(s -> pool.submit(() -> poll(s))).toList();
            PollReport total = PollReport.EMPTY;
            for (Future<PollReport> f : futures) {
                total = total.plus(f.get());
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PollReport.EMPTY;
        } catch (ExecutionException e) {
            throw new IllegalStateException("poll failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Polls one site once: new listed URLs are fetched and handed to the sink. */
    public PollReport poll(SiteSource site) {
        Objects.requireNonNull(site, "site");
        Tally tally = new Tally();
        for (Candidate c : discovery.discover(site, tally)) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            if (!state.isSeen(c.canonicalUrl())) {
                tally.newUrls++;
                fetchPage(site, c, tally, Validators.NONE);
            } else if (corrected(c)) {
                tally.revisits++;
                fetchPage(site, c, tally, state.validators(c.canonicalUrl()));
            }
        }
        state.flush();
        sink.flush();
        return tally.report();
    }

    /** Whether a listing now gives a later last-change date than when the page was last fetched. */
    private boolean corrected(Candidate c) {
        java.time.Instant before = state.listedModified(c.canonicalUrl());
        return c.modifiedAt() != null && before != null && c.modifiedAt().isAfter(before);
    }

    private void fetchPage(SiteSource site, Candidate c, Tally tally, Validators validators) {
        FetchOutcome out = fetcher.fetch(c.url(), FetchKind.PAGE, validators);
        if (out instanceof FetchOutcome.NotModified) {
            state.putListedModified(c.canonicalUrl(), c.modifiedAt());
            metrics.notModified(SiteDiscovery.host(c.url()));
        } else if (out instanceof FetchOutcome.Fetched f) {
            publish(site, c, f, tally);
        } else if (out instanceof FetchOutcome.Failed failed) {
            recordFailure(site, c, failed, tally);
        }
    }

    /** Hands a fetched page to the sink and marks it (and the URL it was redirected to) seen. */
    private void publish(SiteSource site, Candidate c, FetchOutcome.Fetched f, Tally tally) {
        RawPage page = RawPages.of(c.canonicalUrl(), f, SOURCES.contains(c.source()) ? c.source() : "feed",
                site.name(), metadata(c, f));
        sink.page(c.canonicalUrl(), page);
        metrics.fetched(SiteDiscovery.host(f.finalUri().toString()), f.body().length);
        tally.pages++;
        state.markSeen(c.canonicalUrl());
        UrlCanonicalizer.canonicalize(f.finalUri().toString()).ifPresent(state::markSeen);
        state.putValidators(c.canonicalUrl(), Validators.of(f.headers()));
        state.putListedModified(c.canonicalUrl(), c.modifiedAt());
        transientFailures.remove(c.canonicalUrl());
    }

    /**
     * Counts a failed fetch and, unless it was interrupted or robots.txt disallowed the URL, sends a dead
     * letter; the URL is given up (seen) when the failure is permanent or the transient ones reach the limit.
     */
    private void recordFailure(SiteSource site, Candidate c, FetchOutcome.Failed failed, Tally tally) {
        tally.failure(failed.reason());
        metrics.fetchError(failed.reason());
        if (failed.reason().equals("interrupted")) {
            return;
        }
        if (failed.reason().equals("robots_disallowed")) {
            // a site's wish, not a failure: never fetched, never published, not retried
            state.markSeen(c.canonicalUrl());
            return;
        }
        RawPage partial = failed.partial() == null ? null
                : RawPages.withoutBody(RawPages.of(c.canonicalUrl(), failed.partial(), c.source(), site.name(),
                metadata(c, failed.partial())), failed.reason());
        sink.deadLetter(c.canonicalUrl(), RawPages.deadLetter(c.canonicalUrl(), "fetch", failed.reason(),
                failed.detail(), partial));
        tally.deadLetters++;
        int failures = failed.permanent() ? MAX_TRANSIENT_FAILURES
                : transientFailures.merge(c.canonicalUrl(), 1, Integer::sum);
        if (failures >= MAX_TRANSIENT_FAILURES) {
            state.markSeen(c.canonicalUrl());
            state.putListedModified(c.canonicalUrl(), c.modifiedAt());
            transientFailures.remove(c.canonicalUrl());
        }
    }

    private static Map<String, String> metadata(Candidate c, FetchOutcome.Fetched f) {
        Map<String, String> m = new TreeMap<>();
        m.put(c.source() + "_url", c.listedBy());
        m.put("listed_url", c.url());
        if (c.publishedAt() != null) {
            m.put("published_at", c.publishedAt().toString());
        }
        if (c.modifiedAt() != null) {
            m.put("modified_at", c.modifiedAt().toString());
        }
        if (f.redirects() > 0) {
            m.put("redirects", Integer.toString(f.redirects()));
        }
        Validators v = Validators.of(f.headers());
        v.etag().ifPresent(e -> m.put("etag", e));
        v.lastModified().ifPresent(l -> m.put("last_modified", l));
        return m;
    }
}
