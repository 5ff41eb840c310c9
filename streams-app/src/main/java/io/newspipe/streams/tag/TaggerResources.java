package io.newspipe.streams.tag;

import java.util.Objects;

/**
 * The tagger's loaded data: stopwords, the entity dictionary (countries, organisations, people and
 * the GeoNames places), the topic taxonomy and lexicon. Loading takes about a second; {@link #shared()}
 * loads once per process and every tagger can share the result. Immutable and thread-safe.
 *
 * @param stopwords stopwords per language
 * @param keywordStopwords stopwords plus news words that make poor keywords
 * @param dictionary entity names
 * @param taxonomy IPTC topics
 * @param lexicon topic evidence words
 */
public record TaggerResources(Stopwords stopwords, Stopwords keywordStopwords, EntityDictionary dictionary,
        TopicTaxonomy taxonomy, TopicLexicon lexicon) {
    public TaggerResources {
        Objects.requireNonNull(stopwords, "stopwords");
        Objects.requireNonNull(keywordStopwords, "keywordStopwords");
        Objects.requireNonNull(dictionary, "dictionary");
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(lexicon, "lexicon");
    }

    /** Loads everything from the bundled resources (a fresh copy). */
    public static TaggerResources load() {
        Stopwords stopwords = Stopwords.load();
        return new TaggerResources(stopwords, Stopwords.loadForKeywords(), EntityDictionaryLoader.load(stopwords),
                TopicTaxonomy.load(), TopicLexicon.load());
    }

    /** The process-wide copy, loaded on first use. */
    public static TaggerResources shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final TaggerResources INSTANCE = load();
    }
}
