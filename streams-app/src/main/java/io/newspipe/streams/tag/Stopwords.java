package io.newspipe.streams.tag;

import io.newspipe.streams.text.MatchingText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;

/**
 * Folded stopwords per language: Lucene's Arabic and Persian sets, stopwords-iso for the others
 * (resource {@code stopwords-iso.tsv}), plus common Arabic and Persian news words that equal short names
 * ({@code name-stopwords.tsv}). Immutable and thread-safe once loaded.
 */
public final class Stopwords {
    private final Map<String, Set<String>> byLanguage;
    private final Set<String> any;

    private Stopwords(Map<String, Set<String>> byLanguage) {
        Map<String, Set<String>> sets = new HashMap<>();
        byLanguage.forEach((language, words) -> sets.put(language, WordSet.copyOf(words)));
        // a HashMap, never changed after this: asked for every word a name finder reads, and Map.copyOf's probe
        // (a modulo) costs more than a HashMap's with the language code's hash cached
        this.byLanguage = sets;
        Set<String> union = new HashSet<>();
        byLanguage.values().forEach(union::addAll);
        this.any = WordSet.copyOf(union);
    }

    /** Loads the bundled lists. */
    public static Stopwords load() {
        Map<String, Set<String>> map = new HashMap<>();
        map.put("ar", foldAll(ArabicAnalyzer.getDefaultStopSet()));
        map.put("fa", foldAll(PersianAnalyzer.getDefaultStopSet()));
        read("stopwords-iso.tsv", map);
        read("name-stopwords.tsv", map);
        return new Stopwords(map);
    }

    /** Like {@link #load()}, plus news words that make poor keywords ({@code keyword-stopwords.tsv}). */
    public static Stopwords loadForKeywords() {
        Stopwords base = load();
        Map<String, Set<String>> map = new HashMap<>();
        base.byLanguage.forEach((k, v) -> map.put(k, new HashSet<>(v)));
        read("keyword-stopwords.tsv", map);
        return new Stopwords(map);
    }

    private static void read(String resource, Map<String, Set<String>> map) {
        try (InputStream in = Stopwords.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, () -> resource + " missing");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0) {
                    continue;
                }
                String word = MatchingText.fold(line.substring(tab + 1));
                if (!word.isEmpty()) {
                    map.computeIfAbsent(line.substring(0, tab), k -> new HashSet<>()).add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> foldAll(Set<?> words) {
        Set<String> out = new HashSet<>();
        for (Object o : words) {
            String w = o instanceof char[] chars ? new String(chars) : String.valueOf(o);
            String f = MatchingText.fold(w);
            if (!f.isEmpty()) {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether the folded word is a stopword of {@code language} (of any language when it is null or unknown). */
    public boolean contains(String language, String folded) {
        Set<String> set = language == null ? null : byLanguage.get(language);
        return set == null ? any.contains(folded) : set.contains(folded);
    }

    /** The stopwords {@link #contains} tests for {@code language}: its list, or every language's when it has none. */
    public Set<String> of(String language) {
        Set<String> set = language == null ? null : byLanguage.get(language);
        return set == null ? any : set;
    }

    /** Whether there is a list for {@code language}. */
    public boolean knows(String language) {
        return byLanguage.containsKey(language);
    }

    /** Whether the folded word is a stopword of one of {@code languages}. */
    public boolean inAnyOf(List<String> languages, String folded) {
        for (String language : languages) {
            Set<String> set = byLanguage.get(language);
            if (set != null && set.contains(folded)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The stopwords of all of {@code languages} in one set: {@code unionOf(l).contains(w)} is
     * {@code inAnyOf(l, w)} with one lookup instead of one per language.
     */
    public Set<String> unionOf(List<String> languages) {
        Set<String> union = new HashSet<>();
        for (String language : languages) {
            union.addAll(byLanguage.getOrDefault(language, Set.of()));
        }
        return WordSet.copyOf(union);
    }

    /** Whether the folded word is a stopword in any bundled language. */
    public boolean inAnyLanguage(String folded) {
        return any.contains(folded);
    }
}
