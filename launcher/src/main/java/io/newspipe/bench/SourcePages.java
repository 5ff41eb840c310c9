package io.newspipe.bench;

import io.newspipe.contracts.FolderPage;
import io.newspipe.contracts.PageFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Loads the pages a bench corpus is generated from: a folder of pages (CONTRACTS.md section 4), or
 * the default mix of the aeb dev set and the project's own multilingual demo-site pages (Arabic,
 * English, French; articles, listings, a broken page) bundled on the classpath. Stateless and thread-safe.
 */
public final class SourcePages {
    /** The bundled demo site's manifest: site, path, kind, state, content_type, file. */
    static final String DEMO_MANIFEST = "demo-site/manifest.tsv";

    private SourcePages() {
    }

    /** Every page listed in a folder's {@code pages.tsv}. */
    public static List<SourcePage> fromFolder(Path folder, String origin) throws IOException {
        Objects.requireNonNull(folder, "folder");
        PageFolder pf = new PageFolder(folder);
        List<SourcePage> pages = new ArrayList<>();
        for (FolderPage p : pf.list()) {
            pages.add(new SourcePage(p.url(), pf.read(p), p.contentType(), origin));
        }
        return pages;
    }

    /** The aeb dev set under {@code shared/data/aeb} plus the bundled demo-site pages. */
    public static List<SourcePage> defaults(Path shared) throws IOException {
        Path aeb = shared.resolve("data").resolve("aeb");
        if (!Files.isRegularFile(aeb.resolve(PageFolder.INDEX))) {
            throw new IOException("no aeb dev set at " + aeb + " (give --shared or -Dnewspipe.shared)");
        }
        List<SourcePage> pages = new ArrayList<>(fromFolder(aeb, "aeb"));
        pages.addAll(demoSite());
        return pages;
    }

    /** The HTML pages of the bundled demo site (every kind: articles, listings, broken pages). */
    public static List<SourcePage> demoSite() {
        List<SourcePage> pages = new ArrayList<>();
        for (String line : resourceText(DEMO_MANIFEST).split("\n")) {
            String[] cols = line.split("\t", -1);
            if (line.startsWith("#") || cols.length < 6 || !cols[5].toLowerCase(Locale.ROOT).endsWith(".html")) {
                continue;
            }
            String url = "https://" + cols[0] + ".example" + cols[1];
            pages.add(new SourcePage(url, resourceBytes("demo-site/" + cols[5]), cols[4], "demo"));
        }
        return pages;
    }

    private static String resourceText(String name) {
        return new String(resourceBytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] resourceBytes(String name) {
        try (InputStream in = SourcePages.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
