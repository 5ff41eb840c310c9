package io.newspipe.producer.fetch;

import crawlercommons.robots.BaseRobotRules;
import io.newspipe.producer.config.FetchSettings;
import io.newspipe.producer.guard.AddressGuard;
import io.newspipe.producer.guard.BlockedAddressException;
import io.newspipe.producer.guard.HostResolver;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches one URL the way a site operator would welcome: robots.txt honoured (Disallow, Crawl-delay), one
 * connection and a pause per host, a clear User-Agent, conditional GET, retries with backoff on 429/503
 * honouring Retry-After, timeouts, a redirect limit with every hop checked by robots.txt and the
 * {@link AddressGuard} (resolved once, connected to the checked address), a decoded-body cap and a
 * content-type filter for pages. Never throws for a bad URL or a bad server: every problem is a
 * {@link FetchOutcome.Failed} with a reason. Thread-safe.
 */
public final class PoliteFetcher {
    private static final Logger LOG = LoggerFactory.getLogger(PoliteFetcher.class);
    private static final Duration BASE_BACKOFF = Duration.ofMillis(500);

    private final FetchSettings settings;
    private final AddressGuard guard;
    private final SocketHttpClient client;
    private final HostPoliteness politeness = new HostPoliteness();
    private final RobotsCache robots;
    private final SocketHttpClient.Timeouts timeouts;
    private final Clock clock;

    public PoliteFetcher(FetchSettings settings, HostResolver resolver) {
        this(settings, resolver, Clock.systemUTC());
    }

    public PoliteFetcher(FetchSettings settings, HostResolver resolver, Clock clock) {
        this(settings, resolver, clock, SocketHttpClient.Connector.plain());
    }

    /** A fetcher whose connections are opened by {@code connector} (tests record every connection target). */
    public PoliteFetcher(FetchSettings settings, HostResolver resolver, Clock clock,
                         SocketHttpClient.Connector connector) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = new SocketHttpClient(connector);
        this.guard = new AddressGuard(resolver, settings.allowedNetworks());
        this.robots = new RobotsCache(settings.robotsName(), settings.robotsCacheTtl(),
                uri -> fetch(uri.toString(), FetchKind.ROBOTS, Validators.NONE));
        this.timeouts = new SocketHttpClient.Timeouts(settings.connectTimeout(), settings.readTimeout(),
                settings.totalTimeout());
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public FetchSettings settings() {
        return settings;
    }

    /** Fetches {@code url}; {@code validators} make the first request conditional. */
    public FetchOutcome fetch(String url, FetchKind kind, Validators validators) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(validators, "validators");
        URI requested;
        try {
            requested = new URI(Objects.requireNonNull(url, "url").strip());
        } catch (URISyntaxException e) {
            return new FetchOutcome.Failed(URI.create("urn:newspipe:invalid-url"), "bad_url", e.getMessage(), null, true);
        }
        URI current = requested;
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            String scheme = current.getScheme() == null ? "" : current.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || current.getHost() == null) {
                return new FetchOutcome.Failed(requested, "bad_url", "not an http(s) URL: " + current, null, true);
            }
            Duration pause = kind == FetchKind.ROBOTS ? settings.delayPerHost() : robotsPause(current);
            if (pause == null) {
                return new FetchOutcome.Failed(requested, "robots_disallowed", current.toString(), null, true);
            }
            Attempt attempt = exchange(requested, current, hop == 0 ? validators : Validators.NONE, pause);
            if (attempt.failure != null) {
                return attempt.failure;
            }
            HttpResult r = attempt.result;
            if (r.isRedirect() && r.header("location").isPresent()) {
                try {
                    current = current.resolve(new URI(r.header("location").get().strip()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return new FetchOutcome.Failed(requested, "bad_redirect", e.getMessage(), null, true);
                }
                continue;
            }
            return classify(requested, current, kind, r, hop);
        }
        return new FetchOutcome.Failed(requested, "too_many_redirects", "more than " + settings.maxRedirects(),
                null, true);
    }

    /** The pause robots.txt asks for before the next request to {@code uri}'s host, or null if disallowed. */
    private Duration robotsPause(URI uri) {
        BaseRobotRules rules = robots.rulesFor(uri);
        if (!rules.isAllowed(uri.toString())) {
            return null;
        }
        Duration pause = settings.delayPerHost();
        return rules.getCrawlDelay() > 0 ? max(pause, Duration.ofMillis(rules.getCrawlDelay())) : pause;
    }

    private FetchOutcome classify(URI requested, URI finalUri, FetchKind kind, HttpResult r, int redirects) {
        if (r.status() == 304) {
            return new FetchOutcome.NotModified(requested);
        }
        FetchOutcome.Fetched fetched = new FetchOutcome.Fetched(requested, finalUri, r.status(), r.headers(),
                r.body(), clock.instant(), redirects);
        if (r.status() < 200 || r.status() > 299) {
            boolean permanent = r.status() >= 400 && r.status() < 500 && r.status() != 429 && r.status() != 408;
            return new FetchOutcome.Failed(requested, "http_" + r.status(), finalUri.toString(), null, permanent);
        }
        if (r.truncated()) {
            return new FetchOutcome.Failed(requested, "too_large",
                    "body cut at " + settings.maxBodyBytes() + " decoded bytes", fetched, true);
        }
        if (kind == FetchKind.PAGE && !acceptedType(r.header("content-type").orElse(""))) {
            return new FetchOutcome.Failed(requested, "content_type",
                    r.header("content-type").orElse("(none)"), fetched, true);
        }
        return fetched;
    }

    private boolean acceptedType(String contentType) {
        String media = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return settings.contentTypes().contains(media);
    }

    private record Attempt(HttpResult result, FetchOutcome.Failed failure) {
    }

    /** What {@link #send} gives for a refused connection worth another try (its back-off is already taken). */
    private static final Attempt RETRY = new Attempt(null, null);

    private Attempt exchange(URI requested, URI uri, Validators validators, Duration pause) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        for (int attempt = 0; ; attempt++) {
            Attempt sent = send(requested, uri, host, validators, pause, attempt);
            if (sent == RETRY) {
                continue;
            }
            HttpResult r = sent.result();
            if (r == null || (r.status() != 429 && r.status() != 503)) {
                return sent;
            }
            Duration wait = RetryAfter.parse(r.header("retry-after").orElse(null), clock.instant())
                    .orElse(backoff(attempt));
            if (attempt >= settings.maxRetries() || wait.compareTo(settings.maxRetryWait()) > 0) {
                return sent;
            }
            politeness.defer(host, wait);
        }
    }

    /**
     * One request in the host's turn: its result, a failure, or {@link #RETRY} when the connection was refused and
     * retries are left (the host's next turn then comes after the back-off, not the pause).
     */
    private Attempt send(URI requested, URI uri, String host, Validators validators, Duration pause, int attempt) {
        Duration after = pause;
        try {
            politeness.acquire(host);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(requested, "interrupted", "stopped", false);
        }
        try {
            InetAddress address = guard.permit(host);
            return new Attempt(client.get(uri, address, requestHeaders(validators), settings.maxBodyBytes(), timeouts),
                    null);
        } catch (BlockedAddressException e) {
            LOG.warn("refused {}", uri, e);
            return failed(requested, "blocked_address", e.getMessage(), true);
        } catch (UnknownHostException e) {
            return failed(requested, "dns", String.valueOf(e.getMessage()), false);
        } catch (SocketTimeoutException e) {
            return failed(requested, "timeout", uri + ": " + e.getMessage(), false);
        } catch (SocketHttpClient.UnsupportedEncodingException e) {
            return failed(requested, "bad_encoding", e.getMessage(), true);
        } catch (ConnectException e) {
            if (attempt >= settings.maxRetries()) {
                return failed(requested, "connect", uri + ": " + e.getMessage(), false);
            }
            after = max(pause, backoff(attempt));
            return RETRY;
        } catch (IOException e) {
            LOG.debug("fetch of {} failed", uri, e);
            return failed(requested, e instanceof java.util.zip.ZipException ? "bad_encoding" : "io",
                    uri + ": " + e, false);
        } finally {
            politeness.release(host, after);
        }
    }

    private Duration backoff(int attempt) {
        Duration d = BASE_BACKOFF.multipliedBy(1L << Math.min(attempt, 10));
        return d.compareTo(settings.maxRetryWait()) > 0 ? settings.maxRetryWait() : d;
    }

    private Map<String, String> requestHeaders(Validators validators) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("User-Agent", settings.userAgent());
        h.put("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        validators.etag().ifPresent(v -> h.put("If-None-Match", v));
        validators.lastModified().ifPresent(v -> h.put("If-Modified-Since", v));
        return h;
    }

    private static Attempt failed(URI requested, String reason, String detail, boolean permanent) {
        return new Attempt(null, new FetchOutcome.Failed(requested, reason, detail, null, permanent));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
