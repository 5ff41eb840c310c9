package io.newspipe.producer.config;

import io.newspipe.producer.guard.Cidr;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the fetcher behaves: the {@code fetch:} section of the sources file (CONTRACTS.md section 6).
 * Defaults live in {@link #DEFAULTS}; every key is documented in the producer README section of the
 * javadoc of {@link SourcesParser}.
 *
 * @param userAgent the User-Agent sent with every request; its first product token is the robots.txt name
 * @param delayPerHost pause between two requests to the same host; robots.txt Crawl-delay wins when larger
 * @param allowedNetworks CIDRs exempt from the private-address guard (the demo allows 127.0.0.0/8)
 * @param connectTimeout TCP (and TLS) connect timeout
 * @param readTimeout longest silence while reading a response
 * @param totalTimeout longest time one response may take end to end (cuts slow-drip bodies)
 * @param maxRedirects redirects followed per fetch; every hop is checked by the guard and robots.txt
 * @param maxBodyBytes body cap, applied to decoded bytes; larger bodies are cut and dead-lettered
 * @param maxRetries retries after 429/503 or a connect failure
 * @param maxRetryWait longest Retry-After honoured; longer waits give up with a dead letter
 * @param robotsCacheTtl how long a host's robots.txt is reused
 * @param contentTypes media types accepted for pages (feeds, sitemaps and robots.txt are not filtered)
 * Immutable and thread-safe.
 */
public record FetchSettings(
        String userAgent,
        Duration delayPerHost,
        List<Cidr> allowedNetworks,
        Duration connectTimeout,
        Duration readTimeout,
        Duration totalTimeout,
        int maxRedirects,
        int maxBodyBytes,
        int maxRetries,
        Duration maxRetryWait,
        Duration robotsCacheTtl,
        List<String> contentTypes) {

    /** The defaults of every fetch key. */
    public static final FetchSettings DEFAULTS = new FetchSettings(
            "Newspipe/1.0 (+https://github.com/newspipe/newspipe)",
            Duration.ofSeconds(1),
            List.of(),
            Duration.ofSeconds(5),
            Duration.ofSeconds(10),
            Duration.ofSeconds(30),
            5,
            5 * 1024 * 1024,
            3,
            Duration.ofSeconds(60),
            Duration.ofHours(1),
            List.of("text/html", "application/xhtml+xml"));

    public FetchSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(delayPerHost, "delayPerHost");
        allowedNetworks = List.copyOf(allowedNetworks);
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(totalTimeout, "totalTimeout");
        Objects.requireNonNull(maxRetryWait, "maxRetryWait");
        Objects.requireNonNull(robotsCacheTtl, "robotsCacheTtl");
        contentTypes = List.copyOf(contentTypes);
        if (maxRedirects < 0 || maxBodyBytes <= 0 || maxRetries < 0) {
            throw new IllegalArgumentException("max_redirects and max_retries must be >= 0, max_body_bytes > 0");
        }
    }

    /** The robots.txt agent name: the User-Agent's first product token, lower case. */
    public String robotsName() {
        String token = userAgent.strip().split("[/\\s]", 2)[0];
        return token.toLowerCase(java.util.Locale.ROOT);
    }

    public FetchSettings withDelayPerHost(Duration delay) {
        return new FetchSettings(userAgent, delay, allowedNetworks, connectTimeout, readTimeout, totalTimeout,
                maxRedirects, maxBodyBytes, maxRetries, maxRetryWait, robotsCacheTtl, contentTypes);
    }

    public FetchSettings withAllowedNetworks(List<Cidr> networks) {
        return new FetchSettings(userAgent, delayPerHost, networks, connectTimeout, readTimeout, totalTimeout,
                maxRedirects, maxBodyBytes, maxRetries, maxRetryWait, robotsCacheTtl, contentTypes);
    }

    public FetchSettings withTimeouts(Duration connect, Duration read, Duration total) {
        return new FetchSettings(userAgent, delayPerHost, allowedNetworks, connect, read, total,
                maxRedirects, maxBodyBytes, maxRetries, maxRetryWait, robotsCacheTtl, contentTypes);
    }

    public FetchSettings withMaxBodyBytes(int bytes) {
        return new FetchSettings(userAgent, delayPerHost, allowedNetworks, connectTimeout, readTimeout, totalTimeout,
                maxRedirects, bytes, maxRetries, maxRetryWait, robotsCacheTtl, contentTypes);
    }
}
