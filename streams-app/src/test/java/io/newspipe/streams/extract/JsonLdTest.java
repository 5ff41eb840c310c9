package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class JsonLdTest {

    @Test
    void findsTheArticleInAGraphAndResolvesReferences() {
        JsonLd ld = JsonLd.parse(List.of("""
                {"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","@id":"#site","name":"Example News"},
                  {"@type":"Person","@id":"#p1","name":"Jane Doe"},
                  {"@type":"Organization","@id":"#org","name":"Example News Ltd"},
                  {"@type":["ReportageNewsArticle","Article"],"headline":"Floods in Basra",
                   "datePublished":"2024-01-15T10:00:00Z","author":{"@id":"#p1"},"publisher":{"@id":"#org"},
                   "image":[{"@type":"ImageObject","url":"https://example.org/a.jpg"}],"keywords":"floods, Basra"}]}
                """));
        assertThat(ld.hasArticle()).isTrue();
        assertThat(ld.text(JsonLdValue.Field.HEADLINE)).isEqualTo("Floods in Basra");
        assertThat(ld.text(JsonLdValue.Field.DATE_PUBLISHED)).isEqualTo("2024-01-15T10:00:00Z");
        assertThat(ld.authors()).containsExactly("Jane Doe");
        assertThat(ld.publisherName()).isEqualTo("Example News Ltd");
        assertThat(ld.imageUrl()).isEqualTo("https://example.org/a.jpg");
        assertThat(ld.keywords()).containsExactly("floods, Basra");
    }

    @Test
    void topLevelArraysMainEntityAndTypeUrls() {
        JsonLd ld = JsonLd.parse(List.of("""
                [{"@type":"BreadcrumbList"},
                 {"@type":"WebPage","mainEntity":{"@type":"http://schema.org/BlogPosting","headline":"Post",
                  "author":["Ann Lee",{"@type":"Person","name":["Bo Chen"]},{"@type":"Organization","name":"Corp"}],
                  "keywords":["a","b"],"image":"https://example.org/i.png"}}]
                """));
        assertThat(ld.text(JsonLdValue.Field.HEADLINE)).isEqualTo("Post");
        assertThat(ld.authors()).containsExactly("Ann Lee", "Bo Chen");
        assertThat(ld.keywords()).containsExactly("a", "b");
        assertThat(ld.imageUrl()).isEqualTo("https://example.org/i.png");
    }

    @Test
    void lenientAboutRealWorldSyntax() {
        JsonLd ld = JsonLd.parse(List.of("""
                //<![CDATA[
                { // a comment
                  '@type': 'NewsArticle', "headline": "Line one
                line two", "author": {"@type": "Person", "name": "Sami Nasser"},}
                //]]>
                """));
        assertThat(ld.text(JsonLdValue.Field.HEADLINE)).isEqualTo("Line one\nline two");
        assertThat(ld.authors()).containsExactly("Sami Nasser");
    }

    @Test
    void brokenBlocksAreSkippedNotThrown() {
        JsonLd ld = JsonLd.parse(List.of("{\"@type\": \"NewsArticle\", \"headline\": ", "not json at all",
                "[".repeat(5000), "{\"@type\":\"NewsArticle\",\"headline\":\"Survivor\"}"));
        assertThat(ld.text(JsonLdValue.Field.HEADLINE)).isEqualTo("Survivor");
        assertThat(JsonLd.parse(List.of()).hasArticle()).isFalse();
        assertThat(JsonLd.parse(List.of("{\"@type\":\"WebSite\",\"name\":\"Only Site\"}")).publisherName())
                .isEqualTo("Only Site");
    }

    @Test
    void aRepeatedMemberKeepsItsLastValue() {
        JsonLd ld = JsonLd.parse(List.of("{\"@type\":\"NewsArticle\",\"headline\":\"First\",\"author\":\"Ann Lee\","
                + "\"headline\":\"Second\"}"));
        assertThat(ld.text(JsonLdValue.Field.HEADLINE)).isEqualTo("Second");
        assertThat(ld.authors()).containsExactly("Ann Lee");
    }

    @Test
    void aSyntaxErrorInASkippedMemberStillRejectsTheBlock() {
        String badEscape = "{\"@type\":\"NewsArticle\",\"headline\":\"Kept\",\"articleBody\":\"bad \\u00zz\"}";
        String badNumber = "{\"@type\":\"NewsArticle\",\"headline\":\"Kept\",\"width\":01}";
        String longNumber = "{\"@type\":\"NewsArticle\",\"headline\":\"Kept\",\"width\":" + "9".repeat(1001) + "}";
        String unclosed = "{\"@type\":\"NewsArticle\",\"headline\":\"Kept\",\"articleBody\":{\"a\":[1,2}}";
        for (String block : List.of(badEscape, badNumber, longNumber, unclosed)) {
            assertThat(JsonLd.parse(List.of(block)).hasArticle()).as(block).isFalse();
        }
        String good = "{\"@type\":\"NewsArticle\",\"headline\":\"Good\",\"articleBody\":\"fine \\u00e9 \\q\"}";
        assertThat(JsonLd.parse(List.of(badEscape, good)).text(JsonLdValue.Field.HEADLINE)).isEqualTo("Good");
    }

    @Test
    void aStringLongerThanJacksonAllowsRejectsTheBlockEvenWhenSkipped() {
        String block = "{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"articleBody\":\"" + "x".repeat(20_000_001) + "\"}";
        assertThat(JsonLd.parse(List.of(block)).hasArticle()).isFalse();
        String fits = "{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"articleBody\":\"" + "x".repeat(1_000) + "\"}";
        assertThat(JsonLd.parse(List.of(fits)).hasArticle()).isTrue();
    }

    @Test
    void textAfterTheFirstValueIsIgnored() {
        JsonLd ld = JsonLd.parse(List.of("{\"@type\":\"NewsArticle\",\"headline\":\"Only\"} {\"@type\": broken ]"));
        assertThat(ld.text(JsonLdValue.Field.HEADLINE)).isEqualTo("Only");
    }

    @Test
    void onlyAnObjectWhoseSoleMemberIsTheIdIsAReference() {
        String graph = "{\"@graph\":[{\"@type\":\"Person\",\"@id\":\"#p\",\"name\":\"Graph Name\"},"
                + "{\"@type\":\"Person\",\"@id\":\"#q\",\"name\":\"Other Name\"},"
                + "{\"@type\":\"Person\",\"@id\":5,\"name\":\"Numbered Name\"},"
                + "{\"@type\":\"NewsArticle\",\"author\":[{\"@id\":\"#p\"},{\"@id\":\"#q\",\"name\":\"Inline Name\"},"
                + "{\"@id\":\"#p\",\"@id\":\"#q\"},{\"@id\":5},{},{\"@id\":\"#missing\",\"@type\":\"Person\"}]}]}";
        assertThat(JsonLd.parse(List.of(graph)).authors())
                .containsExactly("Graph Name", "Inline Name", "Other Name", "Numbered Name");
    }

    @Test
    void valueObjectsGiveJacksonsTextOfAnyScalar() {
        JsonLd ld = JsonLd.parse(List.of("{\"@type\":\"NewsArticle\",\"headline\":{\"@value\":1.50},"
                + "\"description\":[\"  \",{\"@value\":null}],\"inLanguage\":{\"@value\":[\"en\"]},"
                + "\"datePublished\":{\"@value\":12345678901234567890123},\"dateModified\":{\"@value\":1e3},"
                + "\"dateCreated\":{\"@value\":true}}"));
        assertThat(ld.text(JsonLdValue.Field.HEADLINE)).isEqualTo("1.5");
        assertThat(ld.text(JsonLdValue.Field.DESCRIPTION)).isEqualTo("null");
        assertThat(ld.text(JsonLdValue.Field.IN_LANGUAGE)).isEqualTo("");
        assertThat(ld.text(JsonLdValue.Field.DATE_PUBLISHED)).isEqualTo("12345678901234567890123");
        assertThat(ld.text(JsonLdValue.Field.DATE_MODIFIED)).isEqualTo("1000.0");
        assertThat(ld.text(JsonLdValue.Field.DATE_CREATED)).isEqualTo("true");
    }

    @Test
    void nodesAreLookedForFourLevelsDeepAndEntitiesAreLeftAsWritten() {
        String article = "{\"@type\":\"NewsArticle\",\"headline\":\"Caf&eacute; &amp; more\"}";
        assertThat(JsonLd.parse(List.of("[[[[" + article + "]]]]")).text(JsonLdValue.Field.HEADLINE))
                .isEqualTo("Caf&eacute; &amp; more");
        assertThat(JsonLd.parse(List.of("[[[[[" + article + "]]]]]")).hasArticle()).isFalse();
        String nested = "{\"@graph\":{\"@type\":\"WebPage\",\"mainEntity\":{\"@graph\":[" + article + "]}}}";
        assertThat(JsonLd.parse(List.of(nested)).hasArticle()).isTrue();
        assertThat(JsonLd.parse(List.of("<![CDATA[" + article + "]]>")).hasArticle()).isTrue();
    }

    @Property(tries = 500)
    void neverThrows(@ForAll String json) {
        JsonLd ld = JsonLd.parse(List.of(json, "{\"@type\":\"Article\",\"author\":" + json + "}"));
        ld.authors();
        ld.imageUrl();
        ld.keywords();
        ld.publisherName();
    }
}
