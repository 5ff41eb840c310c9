package io.newspipe.producer.bench;

import io.newspipe.producer.config.FetchSettings;
import io.newspipe.producer.config.SiteSource;
import io.newspipe.producer.config.Sources;
import io.newspipe.producer.crawl.PollReport;
import io.newspipe.producer.crawl.SourceCrawler;
import io.newspipe.producer.guard.Cidr;
import io.newspipe.producer.publish.CountingSink;
import io.newspipe.producer.publish.FolderPageSink;
import io.newspipe.producer.publish.PageSink;
import io.newspipe.producer.publish.ProducerMetrics;
import io.newspipe.producer.state.CrawlState;
import io.newspipe.producer.testsite.StubResolver;
import io.newspipe.producer.testsite.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures sustained fetch-and-publish throughput against a local site with the politeness delay set to
 * zero: N article pages (about 30 KB each) listed in a sitemap, served by the JDK HttpServer on loopback,
 * fetched through the full polite path (robots.txt, guard, one connection per host) into a counting sink
 * or a page folder. With {@code --hosts K} the pages are split over K host names (all resolving to
 * 127.0.0.1 through a stub resolver), crawled as K sites in parallel.
 *
 * <pre>
 * mvn -q -o -pl producer -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=$PWD/producer/target/test.cp -Dmdep.includeScope=test
 * java -cp producer/target/classes:producer/target/test-classes:$(cat producer/target/test.cp) \
 *     io.newspipe.producer.bench.FetchThroughputBench --pages 5000 --hosts 1 --sink counting|folder|kafka
 * </pre>
 */
public final class FetchThroughputBench {
    private FetchThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        int pages = intArg(args, "--pages", 5000);
        int hosts = intArg(args, "--hosts", 1);
        String sinkKind = stringArg(args, "--sink", "counting");
        try (TestSite site = new TestSite()) {
            site.file("/robots.txt", "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8),
                    "text/plain");
            StubResolver resolver = new StubResolver();
            List<SiteSource> sites = new ArrayList<>();
            for (int h = 0; h < hosts; h++) {
                String host = "site" + h + ".bench.test";
                resolver.map(host, "127.0.0.1");
                StringBuilder sitemap = new StringBuilder("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
                for (int i = h; i < pages; i += hosts) {
                    String path = "/news/2026/11/article-" + i + ".html";
                    site.file(path, article(i), "text/html; charset=utf-8");
                    sitemap.append("<url><loc>http://").append(host).append(':').append(site.port()).append(path)
                            .append("</loc></url>");
                }
                site.file("/sitemap-" + h + ".xml", sitemap.append("</urlset>").toString()
                        .getBytes(StandardCharsets.UTF_8), "application/xml");
                sites.add(new SiteSource("bench-" + h, List.of(), List.of("http://" + host + ":" + site.port()
                        + "/sitemap-" + h + ".xml"), List.of(), Duration.ofMinutes(5)));
            }
            FetchSettings fetch = FetchSettings.DEFAULTS.withDelayPerHost(Duration.ZERO)
                    .withAllowedNetworks(List.of(Cidr.parse("127.0.0.0/8")));
            Sources sources = new Sources(fetch, sites);
            Path folder = Files.createTempDirectory("newspipe-bench-");
            ProducerMetrics metrics = ProducerMetrics.simple();
            // --sink kafka: a real KRaft broker in this JVM, the idempotent acks=all zstd publisher
            io.newspipe.embedded.EmbeddedKafka kafka = null;
            PageSink sink;
            if (sinkKind.equals("kafka")) {
                kafka = io.newspipe.embedded.EmbeddedKafka.start();
                kafka.createTopics(3, io.newspipe.schemas.Topics.RAW_PAGES, io.newspipe.schemas.Topics.DEAD_LETTERS);
                sink = new io.newspipe.producer.publish.KafkaPagePublisher(
                        io.newspipe.producer.config.ProducerConfig.of(kafka.bootstrapServers()), metrics);
            } else {
                sink = sinkKind.equals("folder") ? new FolderPageSink(folder) : new CountingSink(false);
            }
            long start = System.nanoTime();
            PollReport report;
            try (sink) {
                report = new SourceCrawler(sources, resolver, CrawlState.inMemory(), sink, metrics).pollAll(hosts);
                sink.flush();
            } finally {
                if (kafka != null) {
                    kafka.close();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double bytes = metrics.total("newspipe.producer.bytes.fetched");
            System.out.printf(Locale.ROOT, "pages=%d hosts=%d sink=%s: %d pages in %.2f s = %.0f pages/s, %.1f MB/s (%s)%n",
                    pages, hosts, sinkKind, report.pages(), seconds, report.pages() / seconds,
                    bytes / seconds / 1e6, report);
        }
    }

    private static byte[] article(int i) {
        StringBuilder b = new StringBuilder(32 * 1024);
        b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Article ").append(i)
                .append(" | Bench News</title><meta property=\"article:published_time\" content=\"2026-11-20T08:00:00Z\">")
                .append("</head><body><header><nav><a href=\"/\">Home</a></nav></header><main><article><h1>Article ")
                .append(i).append("</h1>");
        while (b.length() < 30_000) {
            b.append("<p>Lawmakers approved the spending plan ").append(i)
                    .append(" after a debate that lasted into the night; the minister said the deficit stays low.</p>\n");
        }
        return b.append("</article></main></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int intArg(String[] args, String name, int fallback) {
        return Integer.parseInt(stringArg(args, name, Integer.toString(fallback)));
    }

    private static String stringArg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
