package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * The full tagger on sentences written for a test, and its entities read by kind: the set-up the recogniser,
 * rendered-organisation, country-body and home-country tests share. Thread-safe (the tagger is).
 */
final class TaggedText {
    private static final ArticleTagger TAGGER = new ArticleTagger();

    private TaggedText() {
    }

    /** The entities of {@code title} and {@code body}, after checking that the tagger read them as {@code language}. */
    static List<EntityTag> entities(String language, String title, String body) {
        Tags tags = TAGGER.tag(title, body, language);
        assertThat(tags.language()).as("language of \"%s\"", title).isEqualTo(language);
        return tags.entities();
    }

    /** The names of the entities of {@code kind}, in the tagger's order. */
    static List<String> names(List<EntityTag> tags, EntityKind kind) {
        return tags.stream().filter(t -> t.type() == kind).map(EntityTag::name).toList();
    }

    /** The names of the organisations found in {@code title} and {@code body}. */
    static List<String> organisations(String language, String title, String body) {
        return names(entities(language, title, body), EntityKind.ORGANIZATION);
    }
}
