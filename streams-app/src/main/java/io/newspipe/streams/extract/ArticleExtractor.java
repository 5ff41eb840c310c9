package io.newspipe.streams.extract;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns the bytes of a page into an {@link ExtractedArticle} or a {@link Rejection}.
 *
 * <p>First version: UTF-8 (or the header's charset), jsoup, the {@code <p>} elements of the
 * {@code <article>} (or the body). The extraction issue replaces the internals; the API stays.
 * Thread-safe: holds no mutable state.
 */
public final class ArticleExtractor {
    /** Written into every article so consumers can tell which extractor produced it. */
    public static final String VERSION = "newspipe-extract/0.1";
    private static final int MIN_BODY_CHARS = 200;

    public ExtractionOutcome extract(PageInput page) {
        Objects.requireNonNull(page, "page");
        if (page.body().length == 0) {
            return new Rejection("empty", "the page has no bytes");
        }
        Document doc = Jsoup.parse(new String(page.body(), charsetOf(page.contentType())), page.url());
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.body();
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element p : root.select("p")) {
            String text = p.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        String body = String.join("\n\n", paragraphs);
        if (body.length() < MIN_BODY_CHARS) {
            return new Rejection("not_an_article", "main text has " + body.length() + " characters");
        }
        String title = doc.title().isBlank() ? null : doc.title().strip();
        String lang = doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang");
        String dir = "rtl".equalsIgnoreCase(doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("dir"))
                ? "rtl" : "ltr";
        return new ExtractedArticle(page.url(), null, hostOf(page.url()), title, paragraphs.get(0), body,
                null, List.of(), null, null, lang == null || lang.isBlank() ? null : lang, dir, null, List.of());
    }

    private static Charset charsetOf(String contentType) {
        if (contentType != null) {
            int i = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
            if (i >= 0) {
                try {
                    return Charset.forName(contentType.substring(i + 8).replace("\"", "").strip());
                } catch (IllegalArgumentException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "unknown" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "unknown";
        }
    }
}
