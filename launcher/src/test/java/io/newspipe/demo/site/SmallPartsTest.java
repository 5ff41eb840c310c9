package io.newspipe.demo.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SmallPartsTest {

    @Test
    void feedLinksReadItemsNotChannelLinks() {
        String rss = "<rss><channel><link>http://h/</link><item><title>A</title><link>http://h/a.html</link></item>"
                + "<item><link> http://h/b.html?x=1&amp;y=2 </link></item></channel></rss>";
        assertThat(FeedLinks.itemLinks(rss)).containsExactly("http://h/a.html", "http://h/b.html?x=1&y=2");
        String atom = "<feed><link rel=\"self\" href=\"http://h/atom.xml\"/><entry><link rel=\"alternate\" "
                + "type=\"text/html\" href=\"http://h/c.html\"/></entry></feed>";
        assertThat(FeedLinks.itemLinks(atom)).containsExactly("http://h/c.html");
        String index = "<sitemapindex><sitemap><loc>http://h/s1.xml</loc></sitemap></sitemapindex>"
                + "<urlset><url><loc>http://h/d.html</loc><news:news><news:title>t</news:title></news:news></url>";
        assertThat(FeedLinks.itemLinks(index)).containsExactly("http://h/s1.xml", "http://h/d.html");
    }

    @Test
    void robotsRulesOnlyReadTheStarGroup() {
        RobotsRules rules = RobotsRules.parse("User-agent: GPTBot\nDisallow: /\n\nUser-agent: other\n"
                + "User-agent: *\nDisallow: /preview/ # drafts\nDisallow:\nCrawl-delay: 0\n");
        assertThat(rules.disallowedPrefixes()).containsExactly("/preview/");
        assertThat(rules.disallows("/preview/x.html")).isTrue();
        assertThat(rules.disallows("/politics/x.html")).isFalse();
    }

    @Test
    void placeholderIsReplacedByteForByte() {
        byte[] in = "<a href=\"{{BASE}}/x\">\u0639</a>{{BASE".getBytes(StandardCharsets.UTF_8);
        byte[] out = ServedResource.replace(in, "http://127.0.0.2:1".getBytes(StandardCharsets.US_ASCII));
        assertThat(new String(out, StandardCharsets.UTF_8)).isEqualTo("<a href=\"http://127.0.0.2:1/x\">\u0639</a>{{BASE");
    }

    @Test
    void durationsUseTheContractsUnits() {
        assertThat(SourcesYaml.duration(Duration.ofSeconds(2))).isEqualTo("2s");
        assertThat(SourcesYaml.duration(Duration.ofMinutes(5))).isEqualTo("5m");
        assertThat(SourcesYaml.duration(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(SourcesYaml.duration(Duration.ZERO)).isEqualTo("0s");
    }

    @Test
    void unknownManifestValuesAreRejectedByName() {
        assertThatThrownBy(() -> PageKind.parse("listicle")).hasMessageContaining("listicle");
        assertThat(PageKind.parse("syndicated-copy")).isEqualTo(PageKind.SYNDICATED_COPY);
        assertThatThrownBy(() -> ManifestEntry.ServeState.parse("v3")).hasMessageContaining("v3");
    }
}
