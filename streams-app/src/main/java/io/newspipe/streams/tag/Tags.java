package io.newspipe.streams.tag;

import java.util.List;
import java.util.Objects;

/**
 * Everything the tag stage adds to an article.
 *
 * @param language ISO 639-1 code, or null when unknown
 * @param textDirection "ltr" or "rtl"
 * @param entities linked entities
 * @param topics IPTC topics, highest score first
 * @param keywords extracted keywords, best first
 */
public record Tags(String language, String textDirection, List<EntityTag> entities, List<TopicTag> topics,
        List<String> keywords) {
    public Tags {
        Objects.requireNonNull(textDirection, "textDirection");
        entities = List.copyOf(entities);
        topics = List.copyOf(topics);
        keywords = List.copyOf(keywords);
    }
}
