package io.newspipe.producer.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt rules per origin (scheme, host, port), parsed by crawler-commons and cached for a TTL.
 * A missing robots.txt (4xx) allows everything; a server error or unreachable robots.txt disallows
 * everything for a minute (RFC 9309); a robots.txt on a refused address or an unknown host allows,
 * because the page fetch itself will then be refused with the precise reason. Thread-safe.
 */
public final class RobotsCache {
    /** Fetches a robots.txt URL (through the guard and the host's politeness slot). */
    @FunctionalInterface
    public interface Loader {
        FetchOutcome load(URI robotsUri);
    }

    private record Entry(BaseRobotRules rules, long expiresNanos) {
    }

    private static final Duration ERROR_TTL = Duration.ofMinutes(1);
    private static final Set<String> TRANSPARENT = Set.of("blocked_address", "dns", "bad_url");

    private final String robotsName;
    private final Duration ttl;
    private final Loader loader;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    public RobotsCache(String robotsName, Duration ttl, Loader loader) {
        this.robotsName = Objects.requireNonNull(robotsName, "robotsName");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** The rules that apply to {@code page}, loading robots.txt on first use or after the TTL. */
    public BaseRobotRules rulesFor(URI page) {
        String origin = origin(page);
        Entry e = entries.get(origin);
        if (e != null && e.expiresNanos - System.nanoTime() > 0) {
            return e.rules;
        }
        synchronized (locks.computeIfAbsent(origin, k -> new Object())) {
            e = entries.get(origin);
            if (e == null || e.expiresNanos - System.nanoTime() <= 0) {
                e = load(origin);
                entries.put(origin, e);
            }
            return e.rules;
        }
    }

    private Entry load(String origin) {
        FetchOutcome outcome = loader.load(URI.create(origin + "/robots.txt"));
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        long now = System.nanoTime();
        if (outcome instanceof FetchOutcome.Fetched f) {
            BaseRobotRules rules = parser.parseContent(origin + "/robots.txt", f.body(),
                    f.headers().getOrDefault("content-type", "text/plain"), List.of(robotsName));
            return new Entry(rules, now + ttl.toNanos());
        }
        if (outcome instanceof FetchOutcome.Failed failed) {
            if (failed.reason().startsWith("http_4") || TRANSPARENT.contains(failed.reason())) {
                return new Entry(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL),
                        now + (failed.reason().startsWith("http_4") ? ttl : ERROR_TTL).toNanos());
            }
        }
        return new Entry(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), now + ERROR_TTL.toNanos());
    }

    static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        int port = uri.getPort();
        boolean def = port < 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT) + (def ? "" : ":" + port);
    }
}
