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

    @Property(tries = 500)
    void neverThrows(@ForAll String json) {
        JsonLd ld = JsonLd.parse(List.of(json, "{\"@type\":\"Article\",\"author\":" + json + "}"));
        ld.authors();
        ld.imageUrl();
        ld.keywords();
        ld.publisherName();
    }
}
