package io.newspipe.producer.crawl;

import io.newspipe.producer.config.SiteSource;
import io.newspipe.producer.discover.DiscoveredUrl;
import io.newspipe.producer.discover.FeedLinkFinder;
import io.newspipe.producer.discover.FeedParser;
import io.newspipe.producer.discover.SitemapParser;
import io.newspipe.producer.fetch.FetchKind;
import io.newspipe.producer.fetch.FetchOutcome;
import io.newspipe.producer.fetch.PoliteFetcher;
import io.newspipe.producer.fetch.Validators;
import io.newspipe.producer.publish.ProducerMetrics;
import io.newspipe.producer.state.CrawlState;
import io.newspipe.producer.url.UrlCanonicalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the page URLs a site lists right now: fetches its start pages (for feed links), feeds and
 * sitemaps with conditional GET, and returns the listed URLs in listing order, one per canonical URL.
 * A listing answered 304 adds nothing, except that the remembered feeds of a start page and children of
 * a sitemap index are still visited. Thread-safe if its collaborators are; each call is independent.
 */
final class SiteDiscovery {
    private static final Logger LOG = LoggerFactory.getLogger(SiteDiscovery.class);
    static final int MAX_SITEMAPS = 1000;

    private final PoliteFetcher fetcher;
    private final CrawlState state;
    private final ProducerMetrics metrics;

    SiteDiscovery(PoliteFetcher fetcher, CrawlState state, ProducerMetrics metrics) {
        this.fetcher = fetcher;
        this.state = state;
        this.metrics = metrics;
    }

    List<Candidate> discover(SiteSource site, Tally tally) {
        Set<String> feeds = new LinkedHashSet<>(site.feeds());
        for (String startPage : site.startPages()) {
            feeds.addAll(feedsOf(startPage, tally));
        }
        Map<String, Candidate> found = new LinkedHashMap<>();
        for (String feed : feeds) {
            listing(feed, FetchKind.FEED, tally).ifPresent(f -> {
                try {
                    add(found, FeedParser.parse(f.body(), f.finalUri().toString()), "feed", feed);
                } catch (FeedParser.FeedException e) {
                    LOG.warn("{}: {}", site.name(), e.getMessage(), e);
                    fail(tally, "bad_feed");
                }
            });
        }
        sitemaps(site, found, tally);
        tally.candidates += found.size();
        return new ArrayList<>(found.values());
    }

    private List<String> feedsOf(String startPage, Tally tally) {
        // validators are stored together with the discovered feeds, so a 304 can rely on the stored list
        FetchOutcome out = fetcher.fetch(startPage, FetchKind.START_PAGE, state.validators(startPage));
        if (out instanceof FetchOutcome.NotModified) {
            count304(startPage, tally);
            return state.discovered(startPage);
        }
        if (out instanceof FetchOutcome.Fetched f) {
            tally.listings++;
            List<String> feeds = FeedLinkFinder.find(f.body(), charset(f.contentType()), f.finalUri().toString());
            state.putDiscovered(startPage, feeds);
            state.putValidators(startPage, Validators.of(f.headers()));
            return feeds;
        }
        fail(tally, ((FetchOutcome.Failed) out).reason());
        return List.of();
    }

    private void sitemaps(SiteSource site, Map<String, Candidate> found, Tally tally) {
        Deque<String> queue = new ArrayDeque<>(site.sitemaps());
        Set<String> visited = new LinkedHashSet<>();
        while (!queue.isEmpty() && visited.size() < MAX_SITEMAPS) {
            String url = queue.poll();
            if (!visited.add(url)) {
                continue;
            }
            FetchOutcome out = fetcher.fetch(url, FetchKind.SITEMAP, state.validators(url));
            if (out instanceof FetchOutcome.NotModified) {
                count304(url, tally);
                queue.addAll(state.discovered(url));
            } else if (out instanceof FetchOutcome.Fetched f) {
                tally.listings++;
                try {
                    SitemapParser.Sitemap sm = SitemapParser.parse(f.body(), f.finalUri().toString());
                    state.putDiscovered(url, sm.sitemaps());
                    queue.addAll(sm.sitemaps());
                    add(found, sm.pages(), "sitemap", url);
                    state.putValidators(url, Validators.of(f.headers()));
                } catch (FeedParser.FeedException e) {
                    LOG.warn("{}: {}", site.name(), e.getMessage(), e);
                    fail(tally, "bad_sitemap");
                }
            } else {
                fail(tally, ((FetchOutcome.Failed) out).reason());
            }
        }
    }

    private Optional<FetchOutcome.Fetched> listing(String url, FetchKind kind, Tally tally) {
        FetchOutcome out = fetcher.fetch(url, kind, state.validators(url));
        if (out instanceof FetchOutcome.NotModified) {
            count304(url, tally);
            return Optional.empty();
        }
        if (out instanceof FetchOutcome.Failed failed) {
            fail(tally, failed.reason());
            return Optional.empty();
        }
        FetchOutcome.Fetched f = (FetchOutcome.Fetched) out;
        tally.listings++;
        state.putValidators(url, Validators.of(f.headers()));
        return Optional.of(f);
    }

    private void add(Map<String, Candidate> found, List<DiscoveredUrl> urls, String source, String listedBy) {
        for (DiscoveredUrl d : urls) {
            UrlCanonicalizer.canonicalize(d.url()).ifPresent(c -> found.merge(c,
                    new Candidate(d.url(), c, source, listedBy, d.publishedAt(), d.modifiedAt()),
                    (first, again) -> first.withModifiedAt(again.modifiedAt())));
        }
    }

    private void count304(String url, Tally tally) {
        tally.listings++;
        tally.notModified++;
        metrics.notModified(host(url));
    }

    private void fail(Tally tally, String reason) {
        tally.failure(reason);
        metrics.fetchError(reason);
    }

    static String host(String url) {
        try {
            String h = java.net.URI.create(url).getHost();
            return h == null ? "unknown" : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "unknown";
        }
    }

    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String cs = p.substring(8).replace("\"", "").strip();
                try {
                    return java.nio.charset.Charset.isSupported(cs) ? cs : null;
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
