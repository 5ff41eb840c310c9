package io.newspipe.streams.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Closed-class words per language (resource {@code function-words.tsv}: articles, prepositions,
 * conjunctions, pronouns, auxiliaries; then, on further lines of the same language, the commonest verbs and
 * nouns of news headlines), the evidence a headline carries beyond its names: "of" and
 * "from" make a headline English however Italian its names look. A word listed for k languages counts
 * 1/k in each, so shared words ("la", "de") weigh less than distinctive ones. Immutable and thread-safe.
 */
final class FunctionWords {
    private final List<String> languages;
    /** Per folded word: a bit per language of {@link #languages} that lists it. */
    private final Map<String, Integer> masks;

    private FunctionWords(List<String> languages, Map<String, Integer> masks) {
        this.languages = List.copyOf(languages);
        this.masks = Map.copyOf(masks);
    }

    /** Loads the bundled lists. */
    static FunctionWords load() {
        List<String> languages = new ArrayList<>();
        Map<String, Integer> masks = new HashMap<>();
        try (InputStream in = FunctionWords.class.getResourceAsStream("function-words.tsv")) {
            Objects.requireNonNull(in, "function-words.tsv missing");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0 || languages.size() == Integer.SIZE) {
                    continue;
                }
                String language = line.substring(0, tab);
                if (!languages.contains(language)) {
                    languages.add(language);
                }
                int bit = 1 << languages.indexOf(language);
                for (Token t : TextTokenizer.tokens(line.substring(tab + 1))) {
                    masks.merge(t.folded(), bit, (a, b) -> a | b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FunctionWords(languages, masks);
    }

    /** Whether there is a list for {@code language}. */
    boolean knows(String language) {
        return languages.contains(language);
    }

    /** The function-word evidence for {@code language} in {@code tokens}: each listed word counts 1/k. */
    double weight(String language, List<Token> tokens) {
        int index = languages.indexOf(language);
        if (index < 0) {
            return 0;
        }
        double weight = 0;
        for (Token t : tokens) {
            Integer mask = masks.get(t.folded());
            if (mask != null && (mask & 1 << index) != 0) {
                weight += 1.0 / Integer.bitCount(mask);
            }
        }
        return weight;
    }
}
