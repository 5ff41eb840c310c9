package io.newspipe.streams.eval;

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
 * One hand-written base story of the dedup corpus: id, language, the event it reports (stories sharing
 * an event are hard negatives of each other), an optional template group (stories written from the same
 * template) and its paragraphs. Immutable.
 */
record DedupEvalBaseArticle(String id, String lang, String event, String template, List<String> paragraphs) {
    DedupEvalBaseArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(template, "template");
        paragraphs = List.copyOf(paragraphs);
    }

    String text() {
        return String.join("\n\n", paragraphs);
    }

    /**
     * Parses the base-article format: {@code # comment} lines, a header {@code ### id lang event [template]}
     * per story, paragraphs separated by blank lines.
     */
    static List<DedupEvalBaseArticle> parse(InputStream in) {
        List<DedupEvalBaseArticle> articles = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = null;
            List<String> paragraphs = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("### ")) {
                    addIfAny(articles, header, paragraphs);
                    header = line.substring(4).strip().split("\\s+");
                    paragraphs = new ArrayList<>();
                } else if (header != null && !line.isBlank() && !line.startsWith("#")) {
                    paragraphs.add(line.strip());
                }
            }
            addIfAny(articles, header, paragraphs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return articles;
    }

    private static void addIfAny(List<DedupEvalBaseArticle> out, String[] header, List<String> paragraphs) {
        if (header == null) {
            return;
        }
        if (header.length < 3) {
            throw new IllegalArgumentException("bad header: " + String.join(" ", header));
        }
        out.add(new DedupEvalBaseArticle(header[0], header[1], header[2], header.length > 3 ? header[3] : "", paragraphs));
    }
}
