package io.newspipe.streams.extract;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads {@link PageMetadata} from a parsed page. First version: title element, html lang/dir and host.
 * Thread-safe: holds no mutable state.
 */
public final class MetadataExtractor {

    public PageMetadata extract(Document doc, String url) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(url, "url");
        Element html = doc.selectFirst("html");
        String lang = html == null || html.attr("lang").isBlank() ? null : html.attr("lang");
        String dir = html != null && "rtl".equalsIgnoreCase(html.attr("dir")) ? "rtl" : "ltr";
        String title = doc.title().isBlank() ? null : doc.title().strip();
        return new PageMetadata(title, null, null, hostOf(url), List.of(), null, null, lang, dir, null, List.of());
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
