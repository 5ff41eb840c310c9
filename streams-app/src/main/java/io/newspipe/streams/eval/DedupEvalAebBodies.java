package io.newspipe.streams.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the output of {@code ./newspipe process ../shared/data/aeb --out aeb.jsonl} (the project's own
 * extractor over the 181 aeb pages) into the base-body file of the realistic dedup corpus
 * ({@code realistic/aeb-en.jsonl}): English articles of at least {@value #MIN_WORDS} words, their leading
 * paragraphs up to about {@value #MAX_WORDS} words (a typical news article; longer bodies would make every
 * edit negligible), with a short id derived from the page URL. Run once when the extractor changes:
 * {@code java ... DedupEvalAebBodies aeb.jsonl streams-app/src/main/resources/.../realistic/aeb-en.jsonl}.
 * Not thread-safe.
 */
public final class DedupEvalAebBodies {
    static final int MIN_WORDS = 60;
    static final int MAX_WORDS = 1000;

    private DedupEvalAebBodies() {
    }

    /** Converts the process output {@code in} into the bodies file {@code out}; returns the count. */
    public static int convert(Path in, Path out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        int n = 0;
        try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
             Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                JsonNode a = mapper.readTree(line);
                if (!"article".equals(a.path("kind").asText()) || !"en".equals(a.path("language").asText())) {
                    continue;
                }
                List<String> paragraphs = leading(a.path("body_text").asText());
                if (words(paragraphs) < MIN_WORDS) {
                    continue;
                }
                ObjectNode node = mapper.createObjectNode();
                node.put("id", String.format(java.util.Locale.ROOT, "aeb-%03d", n++));
                node.put("url", a.path("url").asText());
                node.put("title", a.path("title").asText());
                paragraphs.forEach(node.putArray("paragraphs")::add);
                writer.write(mapper.writeValueAsString(node));
                writer.write('\n');
            }
        }
        return n;
    }

    private static List<String> leading(String body) {
        List<String> out = new ArrayList<>();
        int words = 0;
        for (String p : body.split("\n\\s*\n")) {
            String paragraph = p.strip().replaceAll("\\s+", " ");
            if (paragraph.isEmpty()) {
                continue;
            }
            out.add(paragraph);
            words += paragraph.split(" ").length;
            if (words >= MAX_WORDS) {
                break;
            }
        }
        return out;
    }

    private static int words(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(p -> p.split(" ").length).sum();
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: DedupEvalAebBodies <process-output.jsonl> <aeb-en.jsonl>");
            System.exit(2);
        }
        System.out.printf(Locale.ROOT, "wrote %d bodies to %s%n", convert(Path.of(args[0]), Path.of(args[1])), args[1]);
    }
}
