package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.internal.StringUtil;
import org.junit.jupiter.api.Test;

/** The shortcut for plain absolute URLs must give what jsoup's own resolving gives, against any base. */
class AbsoluteUrlsProperties {
    @Property(tries = 5000)
    void plainAbsoluteUrlsResolveAsJsoupResolvesThem(@ForAll("urls") String url, @ForAll("bases") String base) {
        if (AbsoluteUrls.isPlainAbsolute(url)) {
            assertThat(url).isEqualTo(StringUtil.resolve(base, url));
        }
        assertThat(AbsoluteUrls.resolve(base, url)).as(base + " + " + url).isEqualTo(StringUtil.resolve(base, url));
    }

    /** URLs made only of the characters the shortcut takes (dots and slashes often side by side). */
    @Property(tries = 5000)
    void nearlyPlainUrlsResolveAsJsoupResolvesThem(@ForAll("nearlyPlain") String url, @ForAll("bases") String base) {
        assertThat(AbsoluteUrls.resolve(base, url)).as(base + " + " + url).isEqualTo(StringUtil.resolve(base, url));
    }

    @Provide
    Arbitrary<String> nearlyPlain() {
        Arbitrary<String> scheme = Arbitraries.of("https://", "http://");
        Arbitrary<String> host = Arbitraries.strings().withChars("aZ09.-").ofMaxLength(6);
        Arbitrary<String> rest = Arbitraries.strings().withChars("aZ9/.?=&+,;%~-_").ofMaxLength(14);
        return net.jqwik.api.Combinators.combine(scheme, host, rest).as((s, h, r) -> s + h + r);
    }

    @Test
    void takesTheUsualImageAndCanonicalUrls() {
        assertThat(AbsoluteUrls.isPlainAbsolute("https://cdn.example.com/img/2024/01/photo_1.jpg?w=1200&h=630")).isTrue();
        assertThat(AbsoluteUrls.isPlainAbsolute("http://example.com")).isTrue();
        assertThat(AbsoluteUrls.isPlainAbsolute("https://example.com/a/./b")).isFalse();
        assertThat(AbsoluteUrls.isPlainAbsolute("https://example.com/../b")).isFalse();
        assertThat(AbsoluteUrls.isPlainAbsolute("HTTPS://example.com/b")).isFalse();
        assertThat(AbsoluteUrls.isPlainAbsolute("https://user@example.com/b")).isFalse();
        assertThat(AbsoluteUrls.isPlainAbsolute("https://example.com:8080/b")).isFalse();
        assertThat(AbsoluteUrls.isPlainAbsolute("https:///b")).isFalse();
        assertThat(AbsoluteUrls.isPlainAbsolute("https://example.com/a b")).isFalse();
        assertThat(AbsoluteUrls.isPlainAbsolute("/img/photo.jpg")).isFalse();
    }

    @Provide
    Arbitrary<String> urls() {
        Arbitrary<String> scheme = Arbitraries.of("https://", "http://", "HTTP://", "https:", "//", "ftp://", "");
        Arbitrary<String> host = Arbitraries.strings().withChars("aZ09.-_@:[]").ofMaxLength(8)
                .map(h -> h.isEmpty() ? h : "ex" + h);
        Arbitrary<String> rest = Arbitraries.strings().withChars("aZ9/./?=&+,;%#:@ ~\\\t-_")
                .ofMaxLength(14);
        return net.jqwik.api.Combinators.combine(scheme, host, rest).as((s, h, r) -> s + h + r);
    }

    @Provide
    Arbitrary<String> bases() {
        return Arbitraries.of("https://www.example.com/news/2024/story.html", "http://example.org/", "https://example.com",
                "not a url", "", "ftp://files.example.net/dir/", "https://example.com/a/b?q=1#top");
    }
}
