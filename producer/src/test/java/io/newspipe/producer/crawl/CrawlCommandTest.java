package io.newspipe.producer.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.contracts.FolderPage;
import io.newspipe.contracts.PageFolder;
import io.newspipe.producer.publish.FolderPageSink;
import io.newspipe.producer.testsite.TestSite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesExactlyTheArticlePagesAsAFolder() throws IOException {
        try (TestSite site = new TestSite().fixtures("sample-news")) {
            Path yaml = dir.resolve("sources.yaml");
            Files.writeString(yaml, """
                    fetch:
                      user_agent: "Newspipe/1.0 (+https://example.org/newspipe)"
                      delay_per_host: 0ms
                      allowed_networks: ["127.0.0.0/8"]
                    sites:
                      - name: sample-news
                        start_pages: ["%s/"]
                        sitemaps: ["%s/sitemap_index.xml"]
                        poll_interval: 1m
                    """.formatted(site.base(), site.base()), StandardCharsets.UTF_8);
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            Path out = dir.resolve("out");

            int status = CrawlCommand.run(yaml, out, new PrintStream(text, true, StandardCharsets.UTF_8));

            assertThat(status).isZero();
            PageFolder folder = new PageFolder(out);
            List<FolderPage> pages = folder.list();
            assertThat(pages).extracting(FolderPage::url).containsExactlyInAnyOrderElementsOf(
                    SourceCrawlerTest.ARTICLES.stream().map(site::url).toList());
            for (FolderPage p : pages) {
                try (InputStream in = getClass().getResourceAsStream("/pages/sample-news"
                        + p.url().substring(site.base().length()))) {
                    assertThat(folder.read(p)).isEqualTo(TestSite.replace(in.readAllBytes(), "{{base}}", site.base()));
                }
            }
            assertThat(pages).filteredOn(p -> p.url().contains("arabic")).singleElement()
                    .extracting(FolderPage::contentType).isEqualTo("text/html");
            assertThat(Files.readAllLines(out.resolve(FolderPageSink.DEAD_LETTERS))).containsExactly(
                    "# url\tstage\treason\tdetail");
            assertThat(text.toString(StandardCharsets.UTF_8)).contains("robots_disallowed=1");
            assertThat(site.paths()).doesNotContain("/private/draft.html");
            assertThat(text.toString(StandardCharsets.UTF_8)).contains("wrote 6 pages");
        }
    }

    @Test
    void aBadSourcesFileIsExitStatusTwoNamingTheKey() throws IOException {
        Path yaml = dir.resolve("bad.yaml");
        Files.writeString(yaml, "sites:\n  - name: a\n    feedz: []\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int status = CrawlCommand.run(yaml, dir.resolve("out"), new PrintStream(text, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        assertThat(text.toString(StandardCharsets.UTF_8)).contains("sites[0].feedz");
    }
}
