package io.newspipe.streams.tag;

import java.util.List;
import java.util.Objects;

/**
 * Configuration of the tagger. Immutable; {@link #defaults()} is the one place defaults live.
 *
 * @param languages ISO 639-1 codes the language identifier chooses from (Lingua must know each);
 *     default: ar, fa, ur, en, fr, de, es, it, pt, ru, tr, he, zh, ja, ko
 * @param freePlacePopulation a place at least this populous (or a capital) is accepted without
 *     evidence from the article; smaller places need their country in the article. Default 1,000,000
 * @param freeLatinPlacePopulation the same threshold for places named by a capitalised Latin-script
 *     name, where collisions with common words are rarer. Default 100,000
 * @param minKeywords fewest extracted keywords wanted (fewer when the text is too short). Default 5
 * @param maxKeywords most extracted keywords. Default 10
 * @param minTopicScore topics scoring below this are not reported, except the best one of an article in a
 *     language the topic lexicon reads when no topic reaches it. Default 0.15
 * @param sampleChars how many characters of title and body the language identifier reads. Default 600
 * @param maxTextChars how many characters of the body are searched for entities, topics and keywords,
 *     which bounds the time a huge page costs. Default 30,000
 */
public record TaggerSettings(List<String> languages, long freePlacePopulation, long freeLatinPlacePopulation,
        int minKeywords, int maxKeywords,
        double minTopicScore, int sampleChars, int maxTextChars) {
    public TaggerSettings {
        languages = List.copyOf(Objects.requireNonNull(languages, "languages"));
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("languages must not be empty");
        }
        if (minKeywords < 0 || maxKeywords < minKeywords) {
            throw new IllegalArgumentException("need 0 <= minKeywords <= maxKeywords");
        }
        if (maxTextChars < 1_000) {
            throw new IllegalArgumentException("maxTextChars must be at least 1000");
        }
        if (sampleChars < 50) {
            throw new IllegalArgumentException("sampleChars must be at least 50");
        }
    }

    /** The defaults. */
    public static TaggerSettings defaults() {
        return new TaggerSettings(List.of("ar", "fa", "ur", "en", "fr", "de", "es", "it", "pt", "ru", "tr", "he", "zh",
                "ja", "ko"),
                1_000_000L, 100_000L, 5, 10, 0.15, 600, 30_000);
    }

    /** A copy with another language list. */
    public TaggerSettings withLanguages(List<String> codes) {
        return new TaggerSettings(codes, freePlacePopulation, freeLatinPlacePopulation, minKeywords, maxKeywords,
                minTopicScore, sampleChars, maxTextChars);
    }
}
