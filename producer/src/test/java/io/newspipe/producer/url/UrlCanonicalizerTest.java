package io.newspipe.producer.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {
    @Test
    void normalisesTheUsualVariants() {
        assertThat(c("HTTP://Example.ORG:80/a/./b/../c.html?utm_source=rss&id=7#top"))
                .hasValue("http://example.org/a/c.html?id=7");
        assertThat(c("https://example.org:443")).hasValue("https://example.org/");
        assertThat(c("https://example.org:8443/x?fbclid=abc")).hasValue("https://example.org:8443/x");
        assertThat(c("https://example.org./a%2fb")).hasValue("https://example.org/a%2Fb");
        assertThat(c("http://user:pw@example.org/x")).hasValue("http://example.org/x");
    }

    @Test
    void rejectsWhatIsNotAnHttpUrl() {
        assertThat(c("ftp://example.org/")).isEmpty();
        assertThat(c("/relative/path")).isEmpty();
        assertThat(c("javascript:alert(1)")).isEmpty();
        assertThat(c("http://exa mple.org/")).isEmpty();
        assertThat(c("")).isEmpty();
        assertThat(c(null)).isEmpty();
    }

    @Property
    void isIdempotent(@ForAll("urls") String url) {
        Optional<String> once = c(url);
        assertThat(once).isPresent();
        assertThat(c(once.get())).isEqualTo(once);
    }

    @Property
    void ignoresFragmentsHostCaseAndTracking(@ForAll("urls") String url, @ForAll("words") String fragment) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("://([a-z.]+)").matcher(url);
        assertThat(m.find()).isTrue();
        String upper = url.substring(0, m.start(1)) + m.group(1).toUpperCase(java.util.Locale.ROOT)
                + url.substring(m.end(1));
        String tracked = url + (url.contains("?") ? "&" : "?") + "utm_campaign=" + fragment;
        assertThat(c(url + "#" + fragment)).isEqualTo(c(url));
        assertThat(c(upper)).isEqualTo(c(url));
        assertThat(c(tracked)).isEqualTo(c(url));
    }

    @Provide
    Arbitrary<String> urls() {
        Arbitrary<String> scheme = Arbitraries.of("http", "https", "HTTP", "Https");
        Arbitrary<String> host = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10)
                .map(s -> s + ".example");
        Arbitrary<String> port = Arbitraries.of("", ":80", ":443", ":8080");
        Arbitrary<String> path = words().list().ofMaxSize(4).map(l -> "/" + String.join("/", l));
        Arbitrary<String> query = words().list().ofMaxSize(3).map(l -> l.isEmpty() ? "" : "?" + String.join("&",
                l.stream().map(w -> w + "=1").toList()));
        return Combinators.combine(scheme, host, port, path, query).as((s, h, p, pa, q) -> s + "://" + h + p + pa + q);
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('-', '_', '.').ofMinLength(1).ofMaxLength(8)
                .filter(w -> !w.equals(".") && !w.equals(".."));
    }

    private static Optional<String> c(String url) {
        return UrlCanonicalizer.canonicalize(url);
    }
}
