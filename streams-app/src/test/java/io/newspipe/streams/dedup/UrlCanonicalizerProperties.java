package io.newspipe.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class UrlCanonicalizerProperties {
    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();

    @Property(tries = 2000)
    void neverThrowsAndIsIdempotentOnAnyString(@ForAll String any) {
        String once = canonicalizer.canonicalize(any);
        assertThat(canonicalizer.canonicalize(once)).isEqualTo(once);
    }

    @Property(tries = 1000)
    void neverThrowsWithAnyDeclaredCanonical(@ForAll String url, @ForAll String declared) {
        String once = canonicalizer.canonicalize(url, declared);
        assertThat(canonicalizer.canonicalize(once, declared)).isEqualTo(once);
    }

    @Property(tries = 2000)
    void idempotentOnUrlLikeStrings(@ForAll("urls") String url) {
        String once = canonicalizer.canonicalize(url);
        assertThat(canonicalizer.canonicalize(once)).isEqualTo(once);
    }

    @Property(tries = 1000)
    void idempotentWithADeclaredCanonical(@ForAll("urls") String url, @ForAll("urls") String declared) {
        String once = canonicalizer.canonicalize(url, declared);
        assertThat(canonicalizer.canonicalize(once, declared)).isEqualTo(once);
        assertThat(canonicalizer.canonicalize(once)).isEqualTo(once);
    }

    @Property(tries = 1000)
    void stableUnderTrackingParameterPermutations(@ForAll("urls") String url, @ForAll long seed) {
        String base = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        base = base.contains("#") ? base.substring(0, base.indexOf('#')) : base;
        List<String> params = new ArrayList<>(List.of("id=42", "page=2", "utm_source=newsletter",
                "utm_medium=email", "fbclid=IwAR0abc", "gclid=xyz", "ref=homepage", "mc_eid=123"));
        String reference = canonicalizer.canonicalize(base + "?id=42&page=2");
        // only URLs that parse as http(s) are rewritten; the others come back as given
        Assume.that(!canonicalizer.canonicalize(base + "?utm_source=x").contains("utm_source"));
        Collections.shuffle(params, new Random(seed));
        assertThat(canonicalizer.canonicalize(base + "?" + String.join("&", params))).isEqualTo(reference);
    }

    @Provide
    Arbitrary<String> urls() {
        Arbitrary<String> scheme = Arbitraries.of("http", "https", "HTTPS", "ftp", "Http");
        Arbitrary<String> host = Arbitraries.of("example.com", "WWW.Example.com", "m.example.co.uk", "مثال.إختبار",
                "amp.news.example", "bücher.de", "[::1]", "127.0.0.1", "a..b", "", "exa mple.com", "host.");
        Arbitrary<String> port = Arbitraries.of("", ":80", ":443", ":8080", ":", ":x", ":99999");
        Arbitrary<String> path = Arbitraries.strings().withChars("/.%aA0~-_ ?&=#+:@!$'()*,;ًالخبرé\\")
                .ofMaxLength(40);
        return Combinators.combine(scheme, host, port, path)
                .as((s, h, p, rest) -> s + "://" + h + p + "/" + rest);
    }
}
