package io.newspipe.streams.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The IPTC Media Topics the tagger assigns (resource {@code topics.tsv}): the 17 top-level topics and
 * the second level under nine of them, with English and Arabic labels. Immutable and thread-safe.
 */
public final class TopicTaxonomy {
    /**
     * One topic.
     *
     * @param code e.g. {@code medtop:11000000}
     * @param parent the parent's code, or null for a top-level topic
     * @param englishLabel English label
     * @param arabicLabel Arabic label
     */
    public record Topic(String code, String parent, String englishLabel, String arabicLabel) {
    }

    private final Map<String, Topic> byCode;

    private TopicTaxonomy(Map<String, Topic> byCode) {
        this.byCode = byCode;
    }

    /** Loads the bundled taxonomy. */
    public static TopicTaxonomy load() {
        Map<String, Topic> map = new LinkedHashMap<>();
        try (InputStream in = TopicTaxonomy.class.getResourceAsStream("topics.tsv")) {
            Objects.requireNonNull(in, "topics.tsv missing");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                map.put(c[0], new Topic(c[0], c[1].isEmpty() ? null : c[1], c[2], c[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TopicTaxonomy(Map.copyOf(map));
    }

    /** The topic with this code, or null. */
    public Topic get(String code) {
        return byCode.get(code);
    }

    /** Every topic. */
    public Collection<Topic> all() {
        return byCode.values();
    }

    /** The top-level topics. */
    public List<Topic> topLevel() {
        List<Topic> out = new ArrayList<>();
        for (Topic t : byCode.values()) {
            if (t.parent() == null) {
                out.add(t);
            }
        }
        out.sort((a, b) -> a.code().compareTo(b.code()));
        return out;
    }

    /** The top-level ancestor of a code (itself when top-level), or null when unknown. */
    public String topLevelOf(String code) {
        Topic t = byCode.get(code);
        return t == null ? null : t.parent() == null ? t.code() : t.parent();
    }
}
