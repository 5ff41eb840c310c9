package io.newspipe.streams.extract;

import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns the main-content element into safe HTML for {@code body_html}: only paragraphs, headings
 * h2–h6, lists, block quotes, emphasis, line breaks, links and figures with images survive; links
 * and image sources are made absolute against the page URL and kept only for {@code http},
 * {@code https} (and {@code mailto} for links), so {@code javascript:}, {@code data:} and
 * {@code vbscript:} URLs, scripts, styles, event handlers, iframes, objects and forms are all dropped.
 * Thread-safe: the {@link Cleaner} is immutable once built.
 */
public final class BodySanitizer {
    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote",
                    "strong", "em", "b", "i", "a", "figure", "figcaption", "img")
            .addAttributes("a", "href")
            .addAttributes("img", "src", "alt")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https")
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .preserveRelativeLinks(false);
    private static final Cleaner CLEANER = new Cleaner(SAFELIST);

    /**
     * Sanitises a content element.
     *
     * @param content the main-content element (it is not modified)
     * @param baseUrl the page URL, against which relative links are resolved
     * @return the safe inner HTML of the content, compact (not pretty-printed)
     */
    public String sanitize(Element content, String baseUrl) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Element source = content instanceof Document d ? d.body() : content;
        Document shell = Document.createShell(baseUrl);
        if (source != null) {
            shell.body().appendChild(source.clone());
        }
        Document clean = CLEANER.clean(shell);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html().strip();
    }
}
