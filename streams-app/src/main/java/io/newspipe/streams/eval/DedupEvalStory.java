package io.newspipe.streams.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One base story of the realistic dedup corpus: a real article body extracted from the aeb pages, or a
 * hand-written Arabic/French news story. {@code event} groups stories about the same event (hard
 * negatives); it is the story id itself for aeb bodies. Immutable.
 */
record DedupEvalStory(String id, String lang, String event, String title, List<String> paragraphs) {
    DedupEvalStory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("story without paragraphs: " + id);
        }
    }

    /** The body text: paragraphs joined by a blank line, as in {@code Article.body_text}. */
    String text() {
        return String.join("\n\n", paragraphs);
    }

    int words() {
        int n = 0;
        for (String p : paragraphs) {
            n += p.strip().split("\\s+").length;
        }
        return n;
    }

    /**
     * Parses hand-written stories: {@code ### id event} (the event defaults to the id), the headline on the next line, then paragraphs
     * separated by blank lines; lines starting with {@code #} elsewhere are comments.
     */
    static List<DedupEvalStory> parseText(InputStream in, String lang) {
        List<DedupEvalStory> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = null;
            String title = null;
            List<String> paragraphs = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("### ")) {
                    addIfAny(out, lang, header, title, paragraphs);
                    header = line.substring(4).strip().split("\\s+");
                    title = null;
                    paragraphs = new ArrayList<>();
                } else if (header != null && !line.isBlank() && !line.startsWith("#")) {
                    if (title == null) {
                        title = line.strip();
                    } else {
                        paragraphs.add(line.strip());
                    }
                }
            }
            addIfAny(out, lang, header, title, paragraphs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void addIfAny(List<DedupEvalStory> out, String lang, String[] header, String title,
            List<String> paragraphs) {
        if (header == null) {
            return;
        }
        if (header.length > 2 || title == null) {
            throw new IllegalArgumentException("bad story header: " + String.join(" ", header));
        }
        out.add(new DedupEvalStory(header[0], lang, header[header.length - 1], title, paragraphs));
    }

    /** Parses the aeb bodies file (JSON lines: id, url, title, paragraphs). */
    static List<DedupEvalStory> parseAeb(InputStream in) {
        ObjectMapper mapper = new ObjectMapper();
        List<DedupEvalStory> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = mapper.readTree(line);
                List<String> paragraphs = new ArrayList<>();
                n.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
                String id = n.path("id").asText();
                out.add(new DedupEvalStory(id, "en", id, n.path("title").asText(), paragraphs));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
