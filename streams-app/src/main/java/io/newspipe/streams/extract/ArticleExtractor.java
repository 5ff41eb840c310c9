package io.newspipe.streams.extract;

import java.io.CharArrayReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the bytes of a page into an {@link ExtractedArticle} or a {@link Rejection}: decodes them
 * ({@link PageDecoder}), rejects binary, undecodable and truncated input, parses once with jsoup, reads
 * the metadata ({@link MetadataExtractor}), finds the main text ({@link MainContentExtractor}), rejects
 * error and listing pages, then cleans ({@link TextCleaner}) and writes the body HTML from the cleaned
 * text ({@link BodyHtml}: only {@code <p>} and {@code <h2>}, which is exactly what {@link BodySanitizer}
 * would keep of it, so no clone of the tree and no cleaner pass are needed).
 * Never throws on bad input. Thread-safe: holds no mutable state.
 */
public final class ArticleExtractor {
    /** Written into every article so consumers can tell which extractor produced it. */
    public static final String VERSION = "newspipe-extract/0.2";
    private static final Logger LOG = LoggerFactory.getLogger(ArticleExtractor.class);
    private static final int MIN_BODY_WEIGHT = 150;

    private final PageDecoder decoder = new PageDecoder();
    private final MetadataExtractor metadata = new MetadataExtractor();
    private final MainContentExtractor mainContent = new MainContentExtractor();

    /** Extracts one page; bad input becomes a {@link Rejection}, never an exception. */
    public ExtractionOutcome extract(PageInput page) {
        Objects.requireNonNull(page, "page");
        try {
            return extractOrReject(page);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("extraction failed for {}", page.url(), e);
            return new Rejection("extraction_failed", e.getClass().getSimpleName() + " while extracting");
        }
    }

    private ExtractionOutcome extractOrReject(PageInput page) {
        if (page.bodyLength() == 0) {
            return new Rejection("empty", "the page has no bytes");
        }
        // the binary check reads only the first bytes (a copy of them when the page is part of a larger array),
        // and the decoder's sniffers read the same copy
        byte[] head = PageDecoder.head(page.body(), page.bodyOffset(), page.bodyLength());
        if (PageClassifier.isBinary(head)) {
            return new Rejection("binary", "the bytes are not text");
        }
        PageDecoder.Chars decoded = decoder.decodeShared(page.body(), page.bodyOffset(), page.bodyLength(), head,
                page.contentType());
        if (decoded.binary()) {
            return new Rejection("binary", "the bytes are not text");
        }
        if (isBlank(decoded.text())) {
            return new Rejection("empty", "the page has only white space");
        }
        if (decoded.mayHoldReplacement() && PageClassifier.isUndecodable(decoded.text())) {
            return new Rejection("undecodable", "too many invalid bytes for " + decoded.charset().name());
        }
        if (PageClassifier.isTruncated(decoded.text())) {
            return new Rejection("truncated", "the document stops before </body>");
        }
        // what Jsoup.parse(String, url) does, reading the decoded chars where they are
        Document doc = Parser.htmlParser().parseInput(reader(decoded.text()), page.url());
        return fromDocument(page, doc);
    }

    /** Everything after the parse; package-private so the extraction's own cost can be timed without it. */
    ExtractionOutcome fromDocument(PageInput page, Document doc) {
        if (doc.body() == null) {
            return new Rejection("not_an_article", "the document has no body");
        }
        // One walk of the document serves the metadata, the headline, the error-page check and the main text.
        PageWalk walk = PageWalk.of(doc);
        PageScan scan = walk.scan();
        PageMetadata meta = metadata.extract(doc, page.url(), scan);
        String title = TitleChooser.chooseAmong(scan.cleanH1Texts(), meta.title(), scan.first("og:title"), scan.title);
        MainContent content = mainContent.extract(doc.body(), walk.blocks(), title);
        String h1 = scan.h1.isEmpty() ? null : scan.h1Texts().get(0);
        if (PageClassifier.mayBeErrorPage(content.weight()) && PageClassifier.isErrorPage(doc.title(), h1, content.weight())) {
            return new Rejection("error_page", "the page says it was not found");
        }
        if (content.weight() < MIN_BODY_WEIGHT) {
            return new Rejection("not_an_article", "main text weighs " + content.weight() + " characters");
        }
        if (PageClassifier.isListing(content)) {
            return new Rejection("not_an_article", "listing page: " + content.teaserLinks() + " linked teasers");
        }
        if (CardGrid.isCardGrid(content)) {
            return new Rejection("not_an_article", "listing page: the text is teaser cards' summaries");
        }
        return article(page, meta, title, content);
    }

    private static Reader reader(CharSequence text) {
        if (text instanceof CharBuffer chars && chars.hasArray()) {
            return new CharArrayReader(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining());
        }
        return new StringReader(text.toString());
    }

    /** {@code String.isBlank}: only white space (no supplementary character is white space). */
    private static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private ExtractedArticle article(PageInput page, PageMetadata meta, String title, MainContent content) {
        List<String> paragraphs = new ArrayList<>(content.blocks().size());
        List<Boolean> headings = new ArrayList<>(content.blocks().size());
        // TextCleaner.clean, noting on the way whether every text is plain for the body HTML's direct writer
        boolean plain = true;
        for (TextBlock block : content.blocks()) {
            String raw = block.text();
            boolean clean = TextCleaner.isClean(raw);
            String text = clean ? raw : TextCleaner.cleanFully(raw);
            if (!text.isEmpty()) {
                plain &= clean || BodyHtml.isPlain(text);
                paragraphs.add(text);
                headings.add(block.isHeading());
            }
        }
        String body = String.join("\n\n", paragraphs);
        String lead = meta.description() != null && !meta.description().isBlank()
                ? TextCleaner.clean(meta.description()) : paragraphs.get(0);
        String direction = TextDirection.of(body, meta.textDirection());
        return new ExtractedArticle(page.url(), meta.declaredCanonicalUrl(), meta.site(), title, lead, body,
                BodyHtml.of(paragraphs, headings, page.url(), plain), meta.authors(), meta.publishedAt(), meta.modifiedAt(),
                meta.languageHint(), direction, meta.imageUrl(), meta.siteKeywords());
    }
}
