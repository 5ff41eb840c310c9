package io.newspipe.streams.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.streams.extract.JsonLdValue.Field;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonLd} (streaming, {@link JsonLdReader}) reads every JSON-LD block exactly as the tree-model reading
 * it replaced ({@link JsonLdTreeReference}): on the blocks of every page the project has (test pages, the
 * demo site, the aeb set when {@code newspipe.shared} is given) and on random, often broken, JSON-LD.
 */
class JsonLdEquivalenceTest {
    private static final List<Field> TEXT_FIELDS = List.of(Field.HEADLINE, Field.DESCRIPTION, Field.DATE_PUBLISHED,
            Field.DATE_CREATED, Field.DATE_MODIFIED, Field.IN_LANGUAGE);

    @Test
    void sameOnEveryPageOfTheProject() throws IOException {
        List<List<String>> pages = new ArrayList<>();
        Path root = Path.of(System.getProperty("newspipe.root", "..")).toAbsolutePath().normalize();
        pages.addAll(scriptsUnder(root.resolve("streams-app/src/test/resources/pages")));
        pages.addAll(scriptsUnder(root.resolve("launcher/src/main/resources/demo-site")));
        String shared = System.getProperty("newspipe.shared");
        if (shared != null) {
            pages.addAll(scriptsUnder(Path.of(shared, "data", "aeb")));
        }
        int blocks = 0;
        int articles = 0;
        for (List<String> scripts : pages) {
            assertSame(scripts);
            for (String script : scripts) {
                assertSame(List.of(script));
                blocks++;
            }
            articles += JsonLd.parse(scripts).hasArticle() ? 1 : 0;
        }
        assertThat(blocks).as("JSON-LD blocks compared").isGreaterThan(shared == null ? 30 : 150);
        assertThat(articles).as("pages with an article node").isGreaterThan(shared == null ? 15 : 80);
    }

    @Property(tries = 3000)
    void sameOnRandomJsonLd(@ForAll long seed) {
        JsonLdFuzz fuzz = new JsonLdFuzz(seed);
        assertSame(List.of(fuzz.document()));
        assertSame(List.of(fuzz.document(), fuzz.document(), fuzz.document()));
    }

    private static void assertSame(List<String> scripts) {
        assertThat(summary(JsonLd.parse(scripts))).as("%s", scripts).isEqualTo(summary(JsonLdTreeReference.parse(scripts)));
    }

    static String summary(JsonLd ld) {
        List<String> texts = TEXT_FIELDS.stream().map(ld::text).toList();
        return ld.hasArticle() + " " + texts + " " + ld.authors() + " " + ld.publisherName() + " " + ld.imageUrl()
                + " " + ld.keywords();
    }

    static String summary(JsonLdTreeReference ld) {
        List<String> texts = TEXT_FIELDS.stream().map(f -> ld.text(f.key)).toList();
        return ld.hasArticle() + " " + texts + " " + ld.authors() + " " + ld.publisherName() + " " + ld.imageUrl()
                + " " + ld.keywords();
    }

    /** The JSON-LD scripts of each HTML page (plain or gzipped) under a folder. */
    private static List<List<String>> scriptsUnder(Path folder) throws IOException {
        List<List<String>> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".html.gz")).sorted().toList()) {
                Document doc = Jsoup.parse(new String(read(f), StandardCharsets.UTF_8), "https://example.org/");
                out.add(PageScan.of(doc).jsonLd);
            }
        }
        return out;
    }

    private static byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return file.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
        }
    }
}
