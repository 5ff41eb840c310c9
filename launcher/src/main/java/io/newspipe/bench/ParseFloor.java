package io.newspipe.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The physical floor of any HTML pipeline on the JVM: jsoup's parse of a page's bytes, which every cost figure of
 * the bench is compared with. Stateless and thread-safe.
 */
public final class ParseFloor {
    private ParseFloor() {
    }

    /** Parses the page's bytes as the extractor receives them (charset from the header, else sniffed by jsoup). */
    public static Document parse(BenchPage page) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(page.body()), charsetName(page.contentType()), page.url());
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory parse failed for " + page.url(), e);
        }
    }

    /** The charset parameter of a Content-Type, or null (jsoup then sniffs BOM and meta). */
    public static String charsetName(String contentType) {
        if (contentType == null) {
            return null;
        }
        int i = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (i < 0) {
            return null;
        }
        String name = contentType.substring(i + 8).replace("\"", "").strip();
        int end = name.indexOf(';');
        name = end >= 0 ? name.substring(0, end).strip() : name;
        return Charset.isSupported(name) ? name : null;
    }
}
