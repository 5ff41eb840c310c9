package io.newspipe.demo.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The demo site's content as bundled on the classpath under {@code demo-site/}: the sites ({@code sites.tsv}) and
 * every resource they serve ({@code manifest.tsv}). Immutable and thread-safe once loaded.
 */
public final class DemoManifest {

    /** Classpath folder holding the demo site. */
    public static final String ROOT = "demo-site/";

    private final List<SiteSpec> sites;
    private final List<ManifestEntry> entries;

    DemoManifest(List<SiteSpec> sites, List<ManifestEntry> entries) {
        this.sites = List.copyOf(sites);
        this.entries = List.copyOf(entries);
    }

    /** Loads {@code demo-site/sites.tsv} and {@code demo-site/manifest.tsv} from this class's class loader. */
    public static DemoManifest loadFromClasspath() {
        List<SiteSpec> sites = new ArrayList<>();
        for (String[] cols : rows(readText("sites.tsv"), 6)) {
            sites.add(new SiteSpec(cols[0], cols[1], cols[2], cols[3], split(cols[4]), split(cols[5])));
        }
        List<ManifestEntry> entries = new ArrayList<>();
        for (String[] cols : rows(readText("manifest.tsv"), 6)) {
            entries.add(new ManifestEntry(cols[0], cols[1], PageKind.parse(cols[2]),
                    ManifestEntry.ServeState.parse(cols[3]), cols[4], cols[5], cols.length > 6 ? cols[6] : ""));
        }
        return new DemoManifest(sites, entries);
    }

    /** The sites, in the order of {@code sites.tsv}. */
    public List<SiteSpec> sites() {
        return sites;
    }

    /** Every resource of every site, in manifest order. */
    public List<ManifestEntry> entries() {
        return entries;
    }

    /** The resources of one site. */
    public List<ManifestEntry> entries(String site) {
        Objects.requireNonNull(site, "site");
        return entries.stream().filter(e -> e.site().equals(site)).toList();
    }

    /** What a site serves at a path in the given correction state, if anything. */
    public Optional<ManifestEntry> find(String site, String path, boolean corrected) {
        Objects.requireNonNull(path, "path");
        return entries(site).stream().filter(e -> e.path().equals(path) && e.servedWhen(corrected)).findFirst();
    }

    /** The bytes of a resource exactly as stored (placeholders not yet replaced). */
    public static byte[] readBytes(String resource) {
        Objects.requireNonNull(resource, "resource");
        try (InputStream in = DemoManifest.class.getClassLoader().getResourceAsStream(ROOT + resource)) {
            if (in == null) {
                throw new IllegalStateException("demo-site resource missing from the classpath: " + ROOT + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo-site resource " + resource, e);
        }
    }

    private static String readText(String resource) {
        return new String(readBytes(resource), StandardCharsets.UTF_8);
    }

    private static List<String[]> rows(String tsv, int minColumns) {
        List<String[]> rows = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < minColumns) {
                throw new IllegalStateException("demo-site table line has " + cols.length + " columns, needs "
                        + minColumns + ": " + line);
            }
            rows.add(cols);
        }
        return rows;
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
