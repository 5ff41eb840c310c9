package io.newspipe.demo.site;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled sample news sites of {@code ./newspipe demo}, served on loopback. Each site gets its own
 * {@link HttpServer} on its own loopback address (127.0.0.2, .3, …, all on one port when it is free everywhere), so
 * a crawler that is polite per host sees distinct hosts. If those addresses cannot be bound (systems where only
 * 127.0.0.1 is loopback), every site falls back to 127.0.0.1 on its own port.
 *
 * <p>Thread-safe: {@link #publishCorrection()} may be called while crawlers fetch.
 */
public final class DemoSite implements AutoCloseable {

    /** Default poll interval written to the sources file: short, so the correction is picked up quickly. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(DemoSite.class);
    private static final int BIND_ATTEMPTS = 20;

    private final DemoManifest manifest;
    private final Instant contentEpoch = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
    private final AtomicReference<Instant> correctedAt = new AtomicReference<>();
    private final List<HttpServer> servers = new ArrayList<>();
    private final Map<String, SiteInfo> infos = new LinkedHashMap<>();
    private final Map<String, SiteHandler> handlers = new LinkedHashMap<>();
    private ExecutorService executor;

    private DemoSite(DemoManifest manifest) {
        this.manifest = Objects.requireNonNull(manifest, "manifest");
    }

    /** Loads the bundled content and starts serving every site. Close the result to stop the servers. */
    public static DemoSite start() {
        DemoSite site = new DemoSite(DemoManifest.loadFromClasspath());
        try {
            site.bindAll();
        } catch (IOException e) {
            site.close();
            throw new UncheckedIOException("cannot start the demo site on loopback", e);
        }
        return site;
    }

    /** The running sites, in {@code sites.tsv} order. */
    public List<SiteInfo> sites() {
        return List.copyOf(infos.values());
    }

    /** The bundled content the sites serve. */
    public DemoManifest manifest() {
        return manifest;
    }

    /** The absolute URL of a path on a site, e.g. {@code url("harbour-herald", "/rss.xml")}. */
    public String url(String site, String path) {
        Objects.requireNonNull(path, "path");
        SiteInfo info = infos.get(Objects.requireNonNull(site, "site"));
        if (info == null) {
            throw new IllegalArgumentException("no demo site named " + site);
        }
        return info.baseUrl() + path;
    }

    /**
     * Switches the corrected page (and the feed and sitemap entries that announce it) to version 2. Idempotent:
     * a second call keeps the first correction time.
     */
    public void publishCorrection() {
        if (correctedAt.compareAndSet(null, Instant.now().truncatedTo(ChronoUnit.SECONDS))) {
            LOG.info("Demo site: correction published");
        }
    }

    /** Whether {@link #publishCorrection()} has been called. */
    public boolean correctionPublished() {
        return correctedAt.get() != null;
    }

    /** How many requests a site received for a path (any method, any status), e.g. to check robots.txt is obeyed. */
    public int requestCount(String site, String path) {
        url(site, path);
        return handlers.get(site).requestCount(path);
    }

    /** What a run over these sites must produce; see {@link DemoExpectations}. */
    public DemoExpectations expectations() {
        Map<String, String> bases = new LinkedHashMap<>();
        infos.forEach((name, info) -> bases.put(name, info.baseUrl()));
        return ExpectationCalculator.compute(manifest, bases);
    }

    /** Writes {@code demo-sources.yaml} into {@code dir} (created if needed) and returns its path. */
    public Path writeSourcesYaml(Path dir) {
        return writeSourcesYaml(dir, DEFAULT_POLL_INTERVAL);
    }

    /** Writes {@code demo-sources.yaml} into {@code dir} with the given poll interval and returns its path. */
    public Path writeSourcesYaml(Path dir, Duration pollInterval) {
        Objects.requireNonNull(dir, "dir");
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("demo-sources.yaml");
            Files.writeString(file, SourcesYaml.render(sites(), pollInterval), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo sources file in " + dir, e);
        }
    }

    /** Stops every server; safe to call twice. */
    @Override
    public void close() {
        servers.forEach(server -> server.stop(0));
        servers.clear();
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void bindAll() throws IOException {
        executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "demo-site-http");
            thread.setDaemon(true);
            return thread;
        });
        List<SiteSpec> specs = manifest.sites();
        List<HttpServer> bound = bindSharedPort(specs);
        if (bound == null) {
            LOG.warn("Demo site: cannot bind {} on one port; serving every site on 127.0.0.1, one port each",
                    specs.stream().map(SiteSpec::address).toList());
            bound = new ArrayList<>();
            for (SiteSpec ignored : specs) {
                bound.add(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50));
            }
        }
        for (int i = 0; i < specs.size(); i++) {
            register(specs.get(i), bound.get(i));
        }
    }

    /** Binds every site's own address on one common port, or returns null if that keeps failing. */
    private List<HttpServer> bindSharedPort(List<SiteSpec> specs) throws IOException {
        for (int attempt = 0; attempt < BIND_ATTEMPTS; attempt++) {
            List<HttpServer> bound = new ArrayList<>();
            try {
                int port = 0;
                for (SiteSpec spec : specs) {
                    HttpServer server = HttpServer.create(new InetSocketAddress(spec.address(), port), 50);
                    bound.add(server);
                    port = server.getAddress().getPort();
                }
                return bound;
            } catch (BindException e) {
                LOG.debug("Demo site: bind attempt {} failed", attempt, e);
                bound.forEach(server -> server.stop(0));
            }
        }
        return null;
    }

    private void register(SiteSpec spec, HttpServer server) {
        InetSocketAddress address = server.getAddress();
        String base = "http://" + address.getAddress().getHostAddress() + ":" + address.getPort();
        List<ServedResource> resources = manifest.entries(spec.name()).stream()
                .map(entry -> ServedResource.load(entry, base)).toList();
        SiteHandler handler = new SiteHandler(resources, contentEpoch, () -> Optional.ofNullable(correctedAt.get()));
        server.createContext("/", handler);
        server.setExecutor(executor);
        server.start();
        servers.add(server);
        handlers.put(spec.name(), handler);
        infos.put(spec.name(), new SiteInfo(spec.name(), spec.language(), base,
                spec.feedPaths().stream().map(p -> base + p).toList(),
                spec.sitemapPaths().stream().map(p -> base + p).toList(), base + "/"));
        LOG.info("Demo site {} ({}) serving {} resources at {}", spec.name(), spec.displayName(), resources.size(), base);
    }
}
