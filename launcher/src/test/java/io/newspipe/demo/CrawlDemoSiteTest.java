package io.newspipe.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.contracts.FolderPage;
import io.newspipe.contracts.PageFolder;
import io.newspipe.demo.site.DemoExpectations;
import io.newspipe.demo.site.DemoSite;
import io.newspipe.producer.crawl.CrawlCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./newspipe crawl} over the demo's sample sites: exactly the listed pages robots.txt allows. */
class CrawlDemoSiteTest {

    @Test
    void crawlWritesTheAllowedListedPagesAndNeverRequestsDisallowedOnes(@TempDir Path tmp) throws Exception {
        try (DemoSite site = DemoSite.start()) {
            Path sources = site.writeSourcesYaml(tmp);
            Path out = tmp.resolve("pages");
            ByteArrayOutputStream log = new ByteArrayOutputStream();

            int code = CrawlCommand.run(sources, out, new PrintStream(log, true, StandardCharsets.UTF_8));

            assertThat(code).as(log.toString(StandardCharsets.UTF_8)).isZero();
            List<String> crawled = new PageFolder(out).list().stream().map(FolderPage::url).sorted().toList();
            DemoExpectations expected = site.expectations();
            assertThat(crawled).containsExactlyElementsOf(expected.fetchedUrls());
            assertThat(crawled).doesNotContainAnyElementsOf(expected.disallowedUrls());
            for (String disallowed : expected.disallowedUrls()) {
                String path = disallowed.replaceFirst("^https?://[^/]+", "");
                String host = disallowed.replaceFirst("^https?://([^/]+).*$", "$1");
                assertThat(site.sites()).anySatisfy(s -> assertThat(s.baseUrl()).contains(host));
                site.sites().stream().filter(s -> s.baseUrl().contains(host)).forEach(s ->
                        assertThat(site.requestCount(s.name(), path)).as(disallowed).isZero());
            }
        }
    }
}
