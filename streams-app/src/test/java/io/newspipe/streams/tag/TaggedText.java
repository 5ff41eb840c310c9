package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

/**
 * One text written for a test, tagged by the full tagger ({@link #entities}, read by kind with {@link #names},
 * {@link #organisations}, {@link #people}) or by the dictionary linker alone, without the name rules
 * ({@link #linked}, read with {@link #linkedIds}, {@link #linkedPlaces}): the set-up every tag test shares.
 * The tagger and the linker are each built once, on first use. Thread-safe (the tagger and the linker are).
 */
final class TaggedText {
    private TaggedText() {
    }

    /** The full tagger, built on first use. */
    private static final class Tagger {
        static final ArticleTagger TAGGER = new ArticleTagger();
    }

    /** The dictionary linker with the default settings, built on first use. */
    private static final class Linker {
        static final EntityLinker LINKER = new EntityLinker(TaggerResources.shared().dictionary(),
                TaggerSettings.defaults());
    }

    /** The entities of {@code title} and {@code body}, after checking that the tagger read them as {@code language}. */
    static List<EntityTag> entities(String language, String title, String body) {
        Tags tags = Tagger.TAGGER.tag(title, body, language);
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

    /** The names of the people found in {@code title} and {@code body}. */
    static List<String> people(String language, String title, String body) {
        return names(entities(language, title, body), EntityKind.PERSON);
    }

    /**
     * Every entity the dictionary linker alone finds in {@code texts} (one text, or the parts of one article)
     * read as {@code language}, in its order.
     */
    static List<EntityTag> linked(String language, String... texts) {
        return Linker.LINKER.link(Stream.of(texts).map(TokenizedText::of).toList(), language);
    }

    /** The ids of the entities the linker finds in {@code text}, in its order. */
    static List<String> linkedIds(String language, String text) {
        return linked(language, text).stream().map(EntityTag::id).toList();
    }

    /** The names of the places the linker finds in {@code text}, in its order. */
    static List<String> linkedPlaces(String language, String text) {
        return names(linked(language, text), EntityKind.PLACE);
    }
}
