package io.newspipe.streams.tag;

import java.io.DataInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A tool, not a test: the tagger's cost split by part (tokenise, language, link, topics, keywords, names),
 * CPU microseconds per article, best of several passes, over texts written by the launcher's
 * {@code TagIdentityDump texts <file>} (title, body with lead, language hint of each bench article).
 * Usage: {@code TagCostSplit <file> [passes]}; {@code -Dthrash=MB} evicts the caches before each article.
 */
public final class TagCostSplit {
    private static final String[] PARTS = {"tokenise", "language", "link", "topics", "keywords", "names"};
    /**
     * Megabytes of a buffer walked (untimed) before each article, as the other stages' data would pass through the
     * caches when stages alternate page by page ({@code -Dthrash=MB}, default 0: none).
     */
    private static final int THRASH_MB = Integer.getInteger("thrash", 0);
    private static final long[] THRASH = new long[THRASH_MB * 131_072];
    private static long sink;

    private TagCostSplit() {
    }

    public static void main(String[] args) throws IOException {
        List<String[]> texts = read(Path.of(args[0]));
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        TaggerResources resources = TaggerResources.shared();
        TaggerSettings settings = TaggerSettings.defaults();
        LanguageIdentifier languages = new LanguageIdentifier(settings, resources.stopwords());
        EntityLinker linker = new EntityLinker(resources.dictionary(), settings);
        TopicClassifier topics = new TopicClassifier(resources.taxonomy(), resources.lexicon(), settings);
        KeywordExtractor keywords = new KeywordExtractor(resources.keywordStopwords(), settings);
        NameRecognizer names = new NameRecognizer(resources.stopwords());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] best = new long[PARTS.length];
        java.util.Arrays.fill(best, Long.MAX_VALUE);
        for (int p = 0; p < passes; p++) {
            long[] nanos = new long[PARTS.length];
            for (String[] t : texts) {
                thrash();
                long c0 = threads.getCurrentThreadCpuTime();
                TokenizedText title = TokenizedText.of(t[0]);
                String body = t[1] == null || t[1].length() <= settings.maxTextChars() ? t[1]
                        : t[1].substring(0, settings.maxTextChars());
                TokenizedText bodyText = TokenizedText.of(body);
                long c1 = threads.getCurrentThreadCpuTime();
                DetectedLanguage language = languages.identify(t[0], t[1], t[2], title, bodyText);
                long c2 = threads.getCurrentThreadCpuTime();
                List<EntityTag> entities = linker.link(List.of(title, bodyText), language.code());
                long c3 = threads.getCurrentThreadCpuTime();
                topics.classify(language.code(), title, bodyText, entities);
                long c4 = threads.getCurrentThreadCpuTime();
                keywords.extract(language.code(), title, bodyText);
                long c5 = threads.getCurrentThreadCpuTime();
                names.addTo(entities, List.of(title, bodyText), language.code());
                long c6 = threads.getCurrentThreadCpuTime();
                long[] c = {c0, c1, c2, c3, c4, c5, c6};
                for (int k = 0; k < PARTS.length; k++) {
                    nanos[k] += c[k + 1] - c[k];
                }
            }
            for (int k = 0; k < PARTS.length; k++) {
                best[k] = Math.min(best[k], nanos[k]);
            }
        }
        long sum = 0;
        for (int k = 0; k < PARTS.length; k++) {
            sum += best[k];
            System.out.printf(Locale.ROOT, "%-9s %7.1f us/article%n", PARTS[k], best[k] / 1000.0 / texts.size());
        }
        System.out.printf(Locale.ROOT, "%-9s %7.1f us/article (sum of bests, %d articles, %d passes)%n", "sum",
                sum / 1000.0 / texts.size(), texts.size(), passes);
    }

    /** Reads and writes every cache line of the thrash buffer, evicting the tagger's tables from the caches. */
    private static void thrash() {
        for (int i = 0; i < THRASH.length; i += 8) {
            THRASH[i] += i;
            sink += THRASH[i];
        }
    }

    static List<String[]> read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            int n = in.readInt();
            List<String[]> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(new String[] {nullable(in), nullable(in), nullable(in)});
            }
            return out;
        }
    }

    private static String nullable(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
