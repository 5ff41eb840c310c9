package io.newspipe.streams.tag;

import io.newspipe.streams.extract.ExtractedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Tags an extracted article: language (ISO 639-1) and text direction, linked entities (countries,
 * places, organisations, people), IPTC Media Topics with scores, and extracted keywords.
 * Thread-safe: every part is immutable after construction; share one instance.
 */
public final class ArticleTagger {
    private final LanguageIdentifier languages;
    private final EntityLinker linker;
    private final TopicClassifier topics;
    private final KeywordExtractor keywords;
    private final NameRecognizer names;
    private final int maxTextChars;

    /** A tagger with the default settings over the process-wide resources. */
    public ArticleTagger() {
        this(TaggerResources.shared(), TaggerSettings.defaults());
    }

    /** A tagger with {@code settings} over the process-wide resources. */
    public ArticleTagger(TaggerSettings settings) {
        this(TaggerResources.shared(), settings);
    }

    /** A tagger over given resources. */
    public ArticleTagger(TaggerResources resources, TaggerSettings settings) {
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(settings, "settings");
        this.languages = new LanguageIdentifier(settings, resources.stopwords());
        this.linker = new EntityLinker(resources.dictionary(), settings);
        this.topics = new TopicClassifier(resources.taxonomy(), resources.lexicon(), settings);
        this.keywords = new KeywordExtractor(resources.keywordStopwords(), settings);
        this.names = new NameRecognizer(resources.stopwords());
        this.maxTextChars = settings.maxTextChars();
    }

    /** Tags one article. */
    public Tags tag(ExtractedArticle article) {
        Objects.requireNonNull(article, "article");
        return tag(article.title(), bodyWithLead(article), article.languageHint());
    }

    /**
     * Tags a headline and text.
     *
     * @param title the headline, or null
     * @param body the text, or null
     * @param languageHint the page's declared language, or null
     */
    public Tags tag(String title, String body, String languageHint) {
        TokenizedText titleText = TokenizedText.of(title);
        TokenizedText bodyText = TokenizedText.of(body == null || body.length() <= maxTextChars ? body
                : body.substring(0, maxTextChars));
        DetectedLanguage language = languages.identify(title, body, languageHint, titleText, bodyText);
        List<EntityTag> entities = linker.link(List.of(titleText, bodyText), language.code());
        List<TopicTag> topicTags = topics.classify(language.code(), titleText, bodyText, entities);
        List<String> words = keywords.extract(language.code(), titleText, bodyText);
        // names beyond the dictionary come last so that topic rules see only linked entities
        List<EntityTag> all = SurnamePlaces.release(names.addTo(entities, List.of(titleText, bodyText),
                language.code()));
        return new Tags(language.code(), language.direction(), all, topicTags, words);
    }

    /** The language alone (cheaper than {@link #tag}). */
    public DetectedLanguage language(String title, String body, String languageHint) {
        return languages.identify(title, body, languageHint);
    }

    private static String bodyWithLead(ExtractedArticle article) {
        String lead = article.lead();
        String body = article.bodyText();
        if (lead == null || lead.isBlank() || body.contains(lead.strip())) {
            return body;
        }
        List<String> parts = new ArrayList<>(2);
        parts.add(lead.strip());
        parts.add(body);
        return String.join("\n\n", parts);
    }
}
