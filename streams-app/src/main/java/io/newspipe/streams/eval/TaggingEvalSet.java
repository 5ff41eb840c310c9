package io.newspipe.streams.eval;

import io.newspipe.streams.tag.EntityKind;
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
import java.util.stream.Stream;

/**
 * Labelled articles for {@link TaggingEval}. Text format, one block per article ending with a line
 * {@code ---}: header lines {@code id:}, {@code lang:}, {@code topic:} (top-level IPTC code of the main
 * topic), {@code entities:} ({@code TYPE:Canonical name} or {@code TYPE:Name|id}, separated by ';'),
 * {@code title:}, then {@code body:} and the text up to the end of the block. Lines starting with '#'
 * outside a body are comments. Stateless and thread-safe.
 */
public final class TaggingEvalSet {
    /** The bundled set: one file per language. */
    public static final List<String> BUNDLED = List.of("tagging-eval-ar.txt", "tagging-eval-en.txt",
            "tagging-eval-fr.txt", "tagging-eval-fa.txt");
    /**
     * The held-out sets, each under {@code eval/<name>/} with one file per language and a README saying how it
     * was written: {@code heldout} after the dictionaries were frozen for its first scoring, {@code heldout2}
     * after the tagger was frozen at commit 7bbc3e3, {@code heldout3} to {@code heldout10} blind (their authors
     * never read the tagger's code or dictionaries and never ran the tagger on them; heldout7's to heldout10's
     * errors have since been read, so they are scored as seen).
     */
    public static final List<String> HELDOUT_SETS = List.of("heldout", "heldout2", "heldout3", "heldout4",
            "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10");
    /** The held-out sets {@code all} adds to the main set; the blind ones are each scored on their own. */
    private static final List<String> IN_ALL = List.of("heldout", "heldout2");
    private static final List<String> LANGUAGES = List.of("ar", "en", "fr", "fa");
    private static final String RESOURCE_DIR = "/io/newspipe/streams/tag/eval/";

    /**
     * A labelled entity.
     *
     * @param type its kind
     * @param name canonical English name
     * @param id expected id, or null to compare by name
     */
    public record GoldEntity(EntityKind type, String name, String id) {
    }

    /**
     * A labelled article.
     *
     * @param id article id
     * @param language ISO 639-1 code
     * @param topic expected top-level IPTC code
     * @param entities every entity in title and body
     * @param title headline
     * @param body text
     */
    public record LabelledArticle(String id, String language, String topic, List<GoldEntity> entities, String title,
            String body) {
        public LabelledArticle {
            Objects.requireNonNull(id, "id");
            entities = List.copyOf(entities);
        }
    }

    private TaggingEvalSet() {
    }

    /** The bundled labelled set. */
    public static List<LabelledArticle> bundled() {
        return resources(BUNDLED);
    }

    /** The bundled held-out set. */
    public static List<LabelledArticle> heldout() {
        return named("heldout");
    }

    /** The bundled second held-out set. */
    public static List<LabelledArticle> heldout2() {
        return named("heldout2");
    }

    /** The resource files of held-out set {@code set}, one per language (ar, en, fr, fa). */
    public static List<String> heldoutFiles(String set) {
        if (!HELDOUT_SETS.contains(set)) {
            throw new IllegalArgumentException("not a held-out set: " + set);
        }
        return LANGUAGES.stream().map(l -> set + "/tagging-" + set + "-" + l + ".txt").toList();
    }

    /**
     * A bundled set by name: {@code main}, {@code heldout}, {@code heldout2}, {@code heldout3}, {@code heldout4},
     * {@code heldout5}, {@code heldout6}, {@code heldout7}, {@code heldout8}, {@code heldout9}, {@code heldout10} or {@code all} (main, heldout and heldout2 together; heldout3 to heldout10 are
     * left out so that each stays a separate, blind score).
     */
    public static List<LabelledArticle> named(String name) {
        Objects.requireNonNull(name, "name");
        if (HELDOUT_SETS.contains(name)) {
            return resources(heldoutFiles(name));
        }
        return switch (name) {
            case "main" -> bundled();
            case "all" -> {
                List<LabelledArticle> all = new ArrayList<>(bundled());
                IN_ALL.forEach(set -> all.addAll(named(set)));
                yield all;
            }
            default -> throw new IllegalArgumentException(
                    "unknown set '" + name + "' (main, " + String.join(", ", HELDOUT_SETS) + ", all)");
        };
    }

    private static List<LabelledArticle> resources(List<String> names) {
        List<LabelledArticle> out = new ArrayList<>();
        for (String name : names) {
            try (InputStream in = TaggingEvalSet.class.getResourceAsStream(RESOURCE_DIR + name)) {
                Objects.requireNonNull(in, () -> name + " missing");
                out.addAll(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Reads a file, or every {@code *.txt} file of a folder, in the block format. */
    public static List<LabelledArticle> load(Path path) throws IOException {
        List<LabelledArticle> out = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    out.addAll(parse(Files.readString(p, StandardCharsets.UTF_8)));
                }
            }
        } else {
            out.addAll(parse(Files.readString(path, StandardCharsets.UTF_8)));
        }
        return out;
    }

    /** Parses text in the block format. */
    public static List<LabelledArticle> parse(String text) {
        List<LabelledArticle> out = new ArrayList<>();
        for (String block : text.split("(?m)^---\\s*$")) {
            LabelledArticle a = parseBlock(block);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    private static LabelledArticle parseBlock(String block) {
        String id = null;
        String lang = null;
        String topic = null;
        String title = null;
        List<GoldEntity> entities = new ArrayList<>();
        StringBuilder body = null;
        for (String line : block.split("\n")) {
            if (body != null) {
                body.append(line).append('\n');
            } else if (line.startsWith("id:")) {
                id = value(line);
            } else if (line.startsWith("lang:")) {
                lang = value(line);
            } else if (line.startsWith("topic:")) {
                topic = value(line);
            } else if (line.startsWith("entities:")) {
                entities.addAll(entities(value(line)));
            } else if (line.startsWith("title:")) {
                title = value(line);
            } else if (line.startsWith("body:")) {
                body = new StringBuilder(value(line)).append('\n');
            }
        }
        if (id == null || body == null) {
            return null;
        }
        return new LabelledArticle(id, lang, topic, entities, title, body.toString().strip());
    }

    private static String value(String line) {
        return line.substring(line.indexOf(':') + 1).strip();
    }

    static List<GoldEntity> entities(String spec) {
        List<GoldEntity> out = new ArrayList<>();
        for (String item : spec.split(";")) {
            String s = item.strip();
            int colon = s.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            EntityKind kind = EntityKind.valueOf(s.substring(0, colon).strip().toUpperCase(Locale.ROOT));
            String rest = s.substring(colon + 1).strip();
            int bar = rest.indexOf('|');
            out.add(bar < 0 ? new GoldEntity(kind, rest, null)
                    : new GoldEntity(kind, rest.substring(0, bar).strip(), rest.substring(bar + 1).strip()));
        }
        return out;
    }
}
