package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The card verdict's linked-headline check is written by hand: for every element of random trees and of the
 * fixture pages it must give what the previous reading gave, jsoup's selector run from the element.
 */
class CardVerdictProperties {
    private static final Evaluator LINKED_HEADLINE = QueryParser.parse(
            "h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4");
    private static final List<String> OPEN = List.of("<div>", "<h2>", "<h3>", "<h4>", "<h5>", "<a href=x>", "<a>",
            "<A HREF=''>", "<span>", "<p>", "<article>", "<li>", "<svg><a href=y>");
    private static final List<String> CLOSE = List.of("</div>", "</h2>", "</h3>", "</h4>", "</a>", "</span>", "</p>",
            "</svg>", "</article>");

    @Property(tries = 3000)
    void matchesTheSelectorOnRandomTrees(@ForAll("pieces") List<String> pieces) {
        Document doc = Jsoup.parseBodyFragment(String.join("", pieces));
        for (Element e : doc.getAllElements()) {
            assertThat(CardGrid.CardFinder.verdict(e)).as(e.outerHtml()).isEqualTo(reference(e));
        }
    }

    @Example
    void matchesTheSelectorOnTheFixturePages() {
        for (String page : List.of("daily-courier/port-strike.html", "le-quotidien/reforme-retraites.html",
                "akhbar-alyawm/iraq-coalition-talks.html", "khabar-rooz/tehran-air-pollution.html",
                "sawt-almadina/book-fair.html")) {
            Document doc = Jsoup.parse(new String(FixturePages.bytes(page), StandardCharsets.UTF_8));
            for (Element e : doc.getAllElements()) {
                assertThat(CardGrid.CardFinder.verdict(e)).as(page + " " + e.cssSelector()).isEqualTo(reference(e));
            }
        }
    }

    @Example
    void findsTheLinkedHeadlineOnlyBelowTheElementAskedAbout() {
        Element link = Jsoup.parseBodyFragment("<h2><a href=x><span>t</span></a></h2>").selectFirst("a");
        assertThat(CardGrid.CardFinder.verdict(link)).isEqualTo(CardGrid.Verdict.NEITHER);
        assertThat(CardGrid.CardFinder.verdict(link.parent())).isEqualTo(CardGrid.Verdict.CARD);
    }

    @Provide
    Arbitrary<List<String>> pieces() {
        Arbitrary<String> text = Arbitraries.strings().withChars('a', ' ', 'b').ofMinLength(1).ofMaxLength(300);
        return Arbitraries.oneOf(Arbitraries.of(OPEN), Arbitraries.of(CLOSE), text).list().ofMaxSize(30);
    }

    /** The verdict as it was read before: the text measured by the same walk, then jsoup's selector. */
    private static CardGrid.Verdict reference(Element root) {
        int length = 0;
        boolean heading = false;
        boolean link = false;
        for (Node node : root.nodeStream().toList()) {
            if (node instanceof TextNode text) {
                length += PageClassifier.normalisedLength(text.getWholeText());
                if (length > 700) {
                    return CardGrid.Verdict.TOO_LONG;
                }
            } else if (node instanceof Element el) {
                String name = el.normalName();
                heading |= name.equals("h2") || name.equals("h3") || name.equals("h4");
                link |= name.equals("a") && el.hasAttr("href");
            }
        }
        return heading && link && root.selectFirst(LINKED_HEADLINE) != null ? CardGrid.Verdict.CARD
                : CardGrid.Verdict.NEITHER;
    }
}
