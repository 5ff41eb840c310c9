package io.newspipe.streams.eval;

import io.newspipe.streams.dedup.UrlCanonicalizer;
import io.newspipe.streams.text.MatchingText;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Realistic canonical URLs for corpus articles (news sites put a slug of the headline in the path; Arabic
 * sites often in Arabic, percent-encoded), so state-size figures include a URL of typical length.
 * Stateless and thread-safe.
 */
final class DedupEvalUrls {
    private static final UrlCanonicalizer CANONICALIZER = new UrlCanonicalizer();
    private static final Map<String, String> SITES = Map.of(
            "en", "https://www.example-news.com/world/2025/11/29/",
            "ar", "https://www.example-akhbar.net/news/2025/11/29/",
            "fr", "https://www.exemple-actu.fr/international/article/2025/11/29/");

    private DedupEvalUrls() {
    }

    /** The canonical URL of the pair's first article: the site's path plus a slug of its first eight words. */
    static String of(DedupEvalPair pair) {
        String slug = Arrays.stream(MatchingText.fold(pair.a()).split(" "))
                .limit(8).collect(Collectors.joining("-"));
        return CANONICALIZER.canonicalize(SITES.getOrDefault(pair.lang(), SITES.get("en")) + slug + "_"
                + Integer.toHexString(pair.a().hashCode()));
    }
}
