package io.newspipe.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {
    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();

    @Test
    void lowerCasesSchemeAndHostAndDropsDefaultPortAndFragment() {
        assertThat(canonicalizer.canonicalize("HTTPS://News.Example.COM:443/World/Story#comments"))
                .isEqualTo("https://news.example.com/World/Story");
        assertThat(canonicalizer.canonicalize("http://example.com:80")).isEqualTo("http://example.com/");
        assertThat(canonicalizer.canonicalize("http://example.com:8080/a")).isEqualTo("http://example.com:8080/a");
    }

    @Test
    void convertsInternationalHostsToAscii() {
        assertThat(canonicalizer.canonicalize("https://مثال.إختبار/خبر"))
                .startsWith("https://xn--mgbh0fb.xn--kgbechtv/")
                .endsWith("/%D8%AE%D8%A8%D8%B1");
        assertThat(canonicalizer.canonicalize("https://Bücher.example/")).isEqualTo("https://xn--bcher-kva.example/");
    }

    @Test
    void normalisesPercentEncodingAndDotSegments() {
        assertThat(canonicalizer.canonicalize("https://example.com/a/./b/../c/%7euser/%e2%82%ac"))
                .isEqualTo("https://example.com/a/c/~user/%E2%82%AC");
        assertThat(canonicalizer.canonicalize("https://example.com/a b")).isEqualTo("https://example.com/a%20b");
    }

    @Test
    void removesTrackingParametersAndSortsTheRest() {
        assertThat(canonicalizer.canonicalize(
                "https://example.com/story?utm_source=tw&id=7&fbclid=x&b=2&gclid=1&ref=home&mc_cid=9&a=1&_ga=3"))
                .isEqualTo("https://example.com/story?a=1&b=2&id=7");
        assertThat(canonicalizer.canonicalize("https://example.com/story?UTM_Medium=email&ocid=x&spm=1.2"))
                .isEqualTo("https://example.com/story");
    }

    @Test
    void removesAmpFormsAndTrailingSlashes() {
        assertThat(canonicalizer.canonicalize("https://example.com/news/story/amp/")).isEqualTo("https://example.com/news/story");
        assertThat(canonicalizer.canonicalize("https://example.com/news/story/amp")).isEqualTo("https://example.com/news/story");
        assertThat(canonicalizer.canonicalize("https://example.com/news/story.amp.html")).isEqualTo("https://example.com/news/story.html");
        assertThat(canonicalizer.canonicalize("https://example.com/news/story/?amp=1")).isEqualTo("https://example.com/news/story");
        assertThat(canonicalizer.canonicalize("https://example.com/news/story?outputType=amp")).isEqualTo("https://example.com/news/story");
    }

    @Test
    void keepsHostVariantsWithoutADeclaredCanonical() {
        assertThat(canonicalizer.canonicalize("https://m.example.com/a")).isEqualTo("https://m.example.com/a");
        assertThat(canonicalizer.canonicalize("https://www.example.com/a")).isEqualTo("https://www.example.com/a");
    }

    @Test
    void declaredCanonicalOnTheSameSiteWins() {
        assertThat(canonicalizer.canonicalize("https://m.example.com/a?utm_source=x", "https://www.example.com/a/"))
                .isEqualTo("https://www.example.com/a");
        assertThat(canonicalizer.canonicalize("https://amp.example.co.uk/a", "https://example.co.uk/a"))
                .isEqualTo("https://example.co.uk/a");
        assertThat(canonicalizer.canonicalize("https://www.example.com/x?id=1", "/story/1"))
                .isEqualTo("https://www.example.com/story/1");
    }

    @Test
    void declaredCanonicalOnAnotherSiteIsIgnored() {
        assertThat(canonicalizer.canonicalize("https://www.partner.com/wire/1", "https://www.agency.com/story/1"))
                .isEqualTo("https://www.partner.com/wire/1");
        assertThat(canonicalizer.canonicalize("https://www.bbc.co.uk/a", "https://www.other.co.uk/a"))
                .isEqualTo("https://www.bbc.co.uk/a");
        assertThat(canonicalizer.canonicalize("https://www.example.com/a", "javascript:alert(1)"))
                .isEqualTo("https://www.example.com/a");
    }

    @Test
    void leavesOtherSchemesAndGarbageStrippedButUnchanged() {
        assertThat(canonicalizer.canonicalize("  mailto:desk@example.com ")).isEqualTo("mailto:desk@example.com");
        assertThat(canonicalizer.canonicalize("not a url")).isEqualTo("not a url");
        assertThat(canonicalizer.canonicalize("http://exa mple.com/")).isEqualTo("http://exa mple.com/");
        assertThat(canonicalizer.canonicalize("http://example.com:99999/")).isEqualTo("http://example.com:99999/");
        assertThat(canonicalizer.canonicalize(null)).isEmpty();
    }

    @Test
    void idsFollowTheCanonicalUrl() {
        String a = canonicalizer.canonicalize("https://Example.com/story/?utm_campaign=x#top");
        String b = canonicalizer.canonicalize("https://example.com:443/story");
        assertThat(ArticleIds.idOf(a)).isEqualTo(ArticleIds.idOf(b)).hasSize(32);
    }
}
