package io.newspipe.streams.extract;

import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Turns the main-content element into safe HTML: no script, style, event handlers or
 * {@code javascript:} links; links absolute. Thread-safe.
 */
public final class BodySanitizer {

    public String sanitize(Element content, String baseUrl) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(baseUrl, "baseUrl");
        return Jsoup.clean(content.outerHtml(), baseUrl, Safelist.basic().preserveRelativeLinks(false));
    }
}
