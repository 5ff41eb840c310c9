package io.newspipe.producer.config;

import io.newspipe.producer.guard.Cidr;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a sources file (CONTRACTS.md section 6) into {@link Sources}. Unknown keys are an error naming
 * the key; durations take {@code ms}, {@code s}, {@code m}, {@code h}.
 *
 * <p>Keys of {@code fetch:} (defaults in {@link FetchSettings#DEFAULTS}): {@code user_agent},
 * {@code delay_per_host} (1s), {@code allowed_networks} ([]), {@code connect_timeout} (5s),
 * {@code read_timeout} (10s), {@code total_timeout} (30s), {@code max_redirects} (5),
 * {@code max_body_bytes} (5 MiB), {@code max_retries} (3), {@code max_retry_wait} (60s),
 * {@code robots_cache_ttl} (1h), {@code content_types} ([text/html, application/xhtml+xml]).
 * Keys of each site: {@code name} (required), {@code feeds}, {@code sitemaps}, {@code start_pages},
 * {@code poll_interval} (5m).
 *
 * <p>Stateless and thread-safe.
 */
public final class SourcesParser {
    private static final Set<String> TOP_KEYS = Set.of("fetch", "sites");
    private static final Set<String> FETCH_KEYS = Set.of("user_agent", "delay_per_host", "allowed_networks",
            "connect_timeout", "read_timeout", "total_timeout", "max_redirects", "max_body_bytes", "max_retries",
            "max_retry_wait", "robots_cache_ttl", "content_types");
    private static final Set<String> SITE_KEYS = Set.of("name", "feeds", "sitemaps", "start_pages", "poll_interval");

    private SourcesParser() {
    }

    /** Reads and parses a sources file. */
    public static Sources parse(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        }
    }

    /** Parses sources from YAML text. */
    public static Sources parse(String yaml) {
        return parse(new StringReader(Objects.requireNonNull(yaml, "yaml")), "sources");
    }

    private static Sources parse(Reader reader, String origin) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(origin + ": not valid YAML: " + e.getMessage(), e);
        }
        Map<String, Object> top = map(root == null ? Map.of() : root, "(top level)");
        checkKeys(top, TOP_KEYS, "");
        FetchSettings fetch = fetch(top.get("fetch") == null ? Map.of() : map(top.get("fetch"), "fetch"));
        List<SiteSource> sites = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<?> rawSites = list(top.get("sites"), "sites");
        for (int i = 0; i < rawSites.size(); i++) {
            SiteSource site = site(map(rawSites.get(i), "sites[" + i + "]"), "sites[" + i + "].");
            if (!names.add(site.name())) {
                throw new IllegalArgumentException("sites[" + i + "].name: duplicate site name " + site.name());
            }
            sites.add(site);
        }
        return new Sources(fetch, sites);
    }

    private static FetchSettings fetch(Map<String, Object> m) {
        checkKeys(m, FETCH_KEYS, "fetch.");
        FetchSettings d = FetchSettings.DEFAULTS;
        List<Cidr> networks = new ArrayList<>();
        for (String cidr : strings(m.get("allowed_networks"), "fetch.allowed_networks")) {
            networks.add(Cidr.parse(cidr));
        }
        List<String> types = m.containsKey("content_types")
                ? strings(m.get("content_types"), "fetch.content_types") : d.contentTypes();
        return new FetchSettings(
                m.containsKey("user_agent") ? string(m.get("user_agent"), "fetch.user_agent") : d.userAgent(),
                duration(m, "delay_per_host", "fetch.", d.delayPerHost()),
                networks,
                duration(m, "connect_timeout", "fetch.", d.connectTimeout()),
                duration(m, "read_timeout", "fetch.", d.readTimeout()),
                duration(m, "total_timeout", "fetch.", d.totalTimeout()),
                integer(m, "max_redirects", d.maxRedirects()),
                integer(m, "max_body_bytes", d.maxBodyBytes()),
                integer(m, "max_retries", d.maxRetries()),
                duration(m, "max_retry_wait", "fetch.", d.maxRetryWait()),
                duration(m, "robots_cache_ttl", "fetch.", d.robotsCacheTtl()),
                types);
    }

    private static SiteSource site(Map<String, Object> m, String prefix) {
        checkKeys(m, SITE_KEYS, prefix);
        if (m.get("name") == null) {
            throw new IllegalArgumentException(prefix + "name: required");
        }
        return new SiteSource(string(m.get("name"), prefix + "name"),
                strings(m.get("feeds"), prefix + "feeds"),
                strings(m.get("sitemaps"), prefix + "sitemaps"),
                strings(m.get("start_pages"), prefix + "start_pages"),
                duration(m, "poll_interval", prefix, SiteSource.DEFAULT_POLL_INTERVAL));
    }

    private static void checkKeys(Map<String, Object> m, Set<String> known, String prefix) {
        for (String key : m.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("unknown key " + prefix + key + " (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String key) {
        if (!(value instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException(key + ": expected a mapping");
        }
        for (Object k : m.keySet()) {
            if (!(k instanceof String)) {
                throw new IllegalArgumentException(key + ": keys must be strings, got " + k);
            }
        }
        return (Map<String, Object>) m;
    }

    private static List<?> list(Object value, String key) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> l)) {
            throw new IllegalArgumentException(key + ": expected a list");
        }
        return l;
    }

    private static List<String> strings(Object value, String key) {
        List<String> out = new ArrayList<>();
        List<?> items = list(value, key);
        for (int i = 0; i < items.size(); i++) {
            out.add(string(items.get(i), key + "[" + i + "]"));
        }
        return out;
    }

    private static String string(Object value, String key) {
        if (!(value instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException(key + ": expected a non-empty string");
        }
        return s.strip();
    }

    private static Duration duration(Map<String, Object> m, String name, String prefix, Duration fallback) {
        Object v = m.get(name);
        if (v == null) {
            return fallback;
        }
        return Durations.parse(prefix + name, String.valueOf(v));
    }

    private static int integer(Map<String, Object> m, String name, int fallback) {
        Object v = m.get(name);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Integer i) || i < 0) {
            throw new IllegalArgumentException("fetch." + name + ": expected a non-negative integer, got " + v);
        }
        return i;
    }
}
