package io.newspipe.demo.site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Derives {@link DemoExpectations} from the manifest: follows each site's feeds and sitemaps (before and after the
 * correction) to the pages they name, drops what robots.txt disallows, and counts what each page's kind must
 * become. Stateless and thread-safe.
 */
public final class ExpectationCalculator {

    static final String BASE = "{{BASE}}";

    private ExpectationCalculator() {
    }

    /**
     * Computes the expectations of a demo run.
     *
     * @param manifest the bundled content
     * @param baseUrls base URL per site name, used to write {@link DemoExpectations#fetchedUrls()}
     * @throws IllegalStateException if a feed or sitemap names a path the site does not serve
     */
    public static DemoExpectations compute(DemoManifest manifest, Map<String, String> baseUrls) {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(baseUrls, "baseUrls");
        Tally tally = new Tally();
        for (SiteSpec site : manifest.sites()) {
            String base = Objects.requireNonNull(baseUrls.get(site.name()), "no base URL for " + site.name());
            RobotsRules robots = manifest.find(site.name(), "/robots.txt", false)
                    .map(e -> RobotsRules.parse(text(e))).orElse(RobotsRules.parse(""));
            for (String path : listedPaths(manifest, site)) {
                tally.count(manifest, site.name(), path, base, robots.disallows(path));
            }
        }
        return tally.result();
    }

    /** Page paths named by the site's feeds and sitemaps in either correction state, sitemap indexes followed. */
    static Set<String> listedPaths(DemoManifest manifest, SiteSpec site) {
        Set<String> pages = new LinkedHashSet<>();
        for (boolean corrected : new boolean[] {false, true}) {
            Deque<String> documents = new ArrayDeque<>(site.feedPaths());
            documents.addAll(site.sitemapPaths());
            Set<String> seen = new HashSet<>();
            while (!documents.isEmpty()) {
                String path = documents.poll();
                if (!seen.add(path)) {
                    continue;
                }
                ManifestEntry document = require(manifest, site.name(), path, corrected);
                for (String link : FeedLinks.itemLinks(text(document))) {
                    String linked = toPath(link, site.name());
                    boolean isDocument = manifest.find(site.name(), linked, corrected)
                            .map(e -> !e.kind().isPage()).orElse(false);
                    if (isDocument) {
                        documents.add(linked);
                    } else {
                        pages.add(linked);
                    }
                }
            }
        }
        return pages;
    }

    private static String toPath(String link, String site) {
        if (!link.startsWith(BASE + "/")) {
            throw new IllegalStateException(site + " links outside itself: " + link);
        }
        return link.substring(BASE.length());
    }

    private static ManifestEntry require(DemoManifest manifest, String site, String path, boolean corrected) {
        return manifest.find(site, path, corrected).orElseThrow(() -> new IllegalStateException(
                site + " names " + path + " in a feed or sitemap but does not serve it"));
    }

    private static String text(ManifestEntry entry) {
        return new String(DemoManifest.readBytes(entry.resource()), StandardCharsets.UTF_8);
    }

    /** Running counts while pages are classified. */
    private static final class Tally {
        private int listed;
        private int articlePages;
        private int disallowed;
        private int raw;
        private int articles;
        private int revisions;
        private int duplicates;
        private int deadLetters;
        private final Set<String> fetched = new TreeSet<>();
        private final Set<String> forbidden = new TreeSet<>();

        void count(DemoManifest manifest, String site, String path, String base, boolean disallowedByRobots) {
            listed++;
            if (disallowedByRobots) {
                disallowed++;
                forbidden.add(base + path);
                return;
            }
            fetched.add(base + path);
            raw++;
            ManifestEntry first = require(manifest, site, path, false);
            switch (first.kind()) {
                case ARTICLE, CORRECTED_V1 -> articles++;
                case SYNDICATED_COPY -> duplicates++;
                case BROKEN, LISTING -> deadLetters++;
                default -> throw new IllegalStateException(site + path + " is listed but is a " + first.kind()
                        + " page that robots.txt does not disallow");
            }
            if (first.kind() != PageKind.BROKEN && first.kind() != PageKind.LISTING) {
                articlePages++;
            }
            if (require(manifest, site, path, true).kind() == PageKind.CORRECTED_V2) {
                raw++;
                revisions++;
            }
        }

        DemoExpectations result() {
            return new DemoExpectations(listed, articlePages, disallowed, raw, articles, revisions, duplicates,
                    deadLetters, List.copyOf(fetched), List.copyOf(forbidden));
        }
    }
}
