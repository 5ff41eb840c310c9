package io.newspipe.streams.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Topic evidence from linked entities: the hand-written rules of {@code topic-entity-rules.tsv} (an armed group
 * points to conflict, FIFA to sport) and, for every organisation the curated list {@code orgs-extra.tsv} files
 * under a section of one kind (clubs and sports federations, churches and religious councils, trade unions), that
 * section's topic: a club is sport evidence whether or not a rule names it. A hand-written rule for a name wins
 * over its section. Loaded once; immutable and thread-safe.
 */
final class TopicEntityRules {
    /** A section heading of the curated list (its start) and the topic of the bodies listed under it. */
    private record SectionTopic(String heading, String code, double weight) {
    }

    private static final List<SectionTopic> SECTIONS = List.of(
            new SectionTopic("# sport", "medtop:15000000", 2),
            new SectionTopic("# coverage: sports federations", "medtop:15000000", 2),
            new SectionTopic("# 01-football", "medtop:15000000", 2),
            new SectionTopic("# 02-football", "medtop:15000000", 2),
            new SectionTopic("# 03-other-sports", "medtop:15000000", 2),
            new SectionTopic("# religious", "medtop:12000000", 2),
            new SectionTopic("# coverage: religious leadership", "medtop:12000000", 2),
            new SectionTopic("# coverage: trade unions", "medtop:09000000", 1.5));

    private TopicEntityRules() {
    }

    /** Every rule of the bundled files by entity name (or {@code KIND:*}); immutable. */
    static Map<String, List<TopicLexicon.Hit>> load() {
        return build(lines("topic-entity-rules.tsv"), lines("orgs-extra.tsv"));
    }

    /** The rules of {@code ruleLines} (the rules file's format) and of the sections of {@code listLines}. */
    static Map<String, List<TopicLexicon.Hit>> build(List<String> ruleLines, List<String> listLines) {
        Map<String, List<TopicLexicon.Hit>> rules = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (String line : ruleLines) {
            if (line.isBlank() || line.startsWith("#") || !seen.add(line)) {
                continue;
            }
            String[] c = line.split("\t", -1);
            rules.computeIfAbsent(c[0], k -> new ArrayList<>())
                    .add(new TopicLexicon.Hit(c[1], Double.parseDouble(c[2]), c[0]));
        }
        Map<String, List<TopicLexicon.Hit>> bySection = new HashMap<>();
        SectionTopic section = null;
        for (String line : listLines) {
            if (line.startsWith("#")) {
                section = sectionOf(line);
            } else if (section != null && line.startsWith("ORGANIZATION\t")) {
                String name = line.split("\t", -1)[2];
                if (!rules.containsKey(name)) {
                    bySection.put(name, List.of(new TopicLexicon.Hit(section.code(), section.weight(), name)));
                }
            }
        }
        rules.putAll(bySection);
        return Map.copyOf(rules);
    }

    /** The section a heading opens, or null when its bodies are of no one topic. */
    private static SectionTopic sectionOf(String heading) {
        for (SectionTopic s : SECTIONS) {
            if (heading.startsWith(s.heading())) {
                return s;
            }
        }
        return null;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = TopicEntityRules.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, resource + " missing");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
