package io.newspipe.streams.tag;

import java.util.List;
import java.util.Objects;

/**
 * An entity found in an article.
 *
 * @param type its kind
 * @param name canonical English name
 * @param id stable id ({@code iso3166:IQ}, {@code geonames:98182}, {@code wikidata:Q...}) or null
 * @param countryCode ISO 3166-1 alpha-2 for countries and places, else null
 * @param mentions surface forms as written, first-seen order, no repeats
 * @param count number of mentions
 */
public record EntityTag(EntityKind type, String name, String id, String countryCode, List<String> mentions,
        int count) {
    public EntityTag {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        mentions = List.copyOf(mentions);
    }
}
