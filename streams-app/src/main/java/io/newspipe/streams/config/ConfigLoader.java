package io.newspipe.streams.config;

import io.newspipe.streams.route.Route;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Builds a {@link StreamsAppConfig} from the defaults file, an optional properties file and the
 * environment (NEWSPIPE_ + key upper-cased, '.' and '-' as '_'). Unknown keys in the file are an
 * error naming the key, except {@code kafka.*} pass-through keys. Stateless and thread-safe.
 */
public final class ConfigLoader {
    private static final String DEFAULTS = "/io/newspipe/streams/config/defaults.properties";
    private static final String ENV_PREFIX = "NEWSPIPE_";
    private static final String KAFKA_PREFIX = "kafka.";

    private ConfigLoader() {
    }

    /** Loads from {@code file} (may be null) and the given environment. */
    public static StreamsAppConfig load(Path file, Map<String, String> env) {
        Properties defaults = readDefaults();
        Map<String, String> values = new TreeMap<>();
        defaults.stringPropertyNames().forEach(k -> values.put(k, defaults.getProperty(k)));
        if (file != null) {
            Properties fromFile = readFile(file);
            for (String key : fromFile.stringPropertyNames()) {
                if (!key.startsWith(KAFKA_PREFIX) && !defaults.containsKey(key)) {
                    throw new IllegalArgumentException("unknown configuration key '" + key + "' in " + file);
                }
                values.put(key, fromFile.getProperty(key).strip());
            }
        }
        applyEnvironment(values, env);
        return build(values);
    }

    /** The environment variable that overrides {@code key}. */
    public static String envName(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static void applyEnvironment(Map<String, String> values, Map<String, String> env) {
        for (String key : Map.copyOf(values).keySet()) {
            String v = env.get(envName(key));
            if (v != null) {
                values.put(key, v.strip());
            }
        }
        String kafkaEnv = ENV_PREFIX + "KAFKA_";
        env.forEach((name, value) -> {
            if (name.startsWith(kafkaEnv)) {
                String key = KAFKA_PREFIX + name.substring(kafkaEnv.length()).toLowerCase(Locale.ROOT).replace('_', '.');
                values.put(key, value.strip());
            }
        });
    }

    private static StreamsAppConfig build(Map<String, String> v) {
        Map<String, String> kafka = new HashMap<>();
        v.forEach((k, val) -> {
            if (k.startsWith(KAFKA_PREFIX)) {
                kafka.put(k.substring(KAFKA_PREFIX.length()), val);
            }
        });
        String stateDir = v.get("state.dir");
        return new StreamsAppConfig(
                v.get("bootstrap.servers"),
                v.get("application.id"),
                v.get("processing.guarantee"),
                intValue(v, "num.stream.threads"),
                intValue(v, "num.standby.replicas"),
                stateDir == null || stateDir.isBlank()
                        ? Path.of(System.getProperty("java.io.tmpdir"), "newspipe-streams") : Path.of(stateDir),
                Long.parseLong(v.get("commit.interval.ms")),
                new TopicNames(v.get("topic.raw-pages"), v.get("topic.articles"), v.get("topic.duplicates"),
                        v.get("topic.dead-letters")),
                intValue(v, "limits.max-page-bytes"),
                intValue(v, "limits.max-article-bytes"),
                parseDuration(v.get("limits.extract-timeout")),
                parseDuration(v.get("dedup.retention")),
                intValue(v, "dedup.partitions"),
                intValue(v, "tag.partitions"),
                Route.parseAll(v.get("routes")),
                intValue(v, "http.port"),
                kafka);
    }

    private static int intValue(Map<String, String> v, String key) {
        try {
            return Integer.parseInt(v.get(key).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("configuration key '" + key + "' needs an integer, got '"
                    + v.get(key) + "'", e);
        }
    }

    /** Parses durations such as {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 7d}. */
    public static Duration parseDuration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("0") || t.equals("off")) {
            return Duration.ZERO;
        }
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            return switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new IllegalArgumentException("bad duration '" + text + "'");
            };
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("bad duration '" + text + "' (use ms, s, m, h or d)", e);
        }
    }

    private static Properties readDefaults() {
        Properties p = new Properties();
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULTS, e);
        }
        return p;
    }

    private static Properties readFile(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read configuration " + file, e);
        }
        return p;
    }
}
