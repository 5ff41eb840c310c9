package io.newspipe.demo.site;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes a sources file in the contracts' section 6 format for running demo sites: loopback allowed, no politeness
 * delay, feeds and sitemaps listed, no start pages (so the expectations do not depend on whether a producer
 * publishes the pages it discovers feeds from). Stateless and thread-safe.
 */
public final class SourcesYaml {

    /** The User-Agent the demo's crawler announces. */
    public static final String USER_AGENT = "Newspipe/1.0 (+https://example.org/newspipe)";

    private SourcesYaml() {
    }

    /** The YAML text for the given sites, each polled every {@code pollInterval}. */
    public static String render(List<SiteInfo> sites, Duration pollInterval) {
        Objects.requireNonNull(sites, "sites");
        Objects.requireNonNull(pollInterval, "pollInterval");
        StringBuilder yaml = new StringBuilder()
                .append("# Sources of the bundled demo site, written by io.newspipe.demo.site.DemoSite.\n")
                .append("# Every host is a loopback address served by the demo itself.\n")
                .append("fetch:\n")
                .append("  user_agent: ").append(quote(USER_AGENT)).append('\n')
                .append("  delay_per_host: 0s\n")
                .append("  allowed_networks: [\"127.0.0.0/8\"]\n")
                .append("sites:\n");
        for (SiteInfo site : sites) {
            yaml.append("  - name: ").append(site.name()).append('\n')
                    .append("    feeds: ").append(list(site.feedUrls())).append('\n')
                    .append("    sitemaps: ").append(list(site.sitemapUrls())).append('\n')
                    .append("    start_pages: []\n")
                    .append("    poll_interval: ").append(duration(pollInterval)).append('\n');
        }
        return yaml.toString();
    }

    private static String list(List<String> urls) {
        return urls.stream().map(SourcesYaml::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The largest whole unit among h, m, s, ms that expresses the duration exactly. */
    static String duration(Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0 && ms > 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0 && ms > 0) {
            return ms / 60_000 + "m";
        }
        if (ms % 1_000 == 0) {
            return ms / 1_000 + "s";
        }
        return ms + "ms";
    }
}
