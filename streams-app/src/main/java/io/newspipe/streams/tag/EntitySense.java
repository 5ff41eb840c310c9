package io.newspipe.streams.tag;

import java.util.Objects;

/**
 * One thing a name can refer to.
 *
 * @param kind its kind
 * @param name canonical English name
 * @param id stable id, or null when not known with confidence
 * @param countryCode ISO 3166-1 alpha-2 (places, countries, and people or bodies of one country), or null
 * @param population GeoNames population for places, else 0
 * @param capital whether a place is a national capital
 */
public record EntitySense(EntityKind kind, String name, String id, String countryCode, long population,
        boolean capital) {
    public EntitySense {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** Whether the country code belongs in the {@link EntityTag} (countries and places only). */
    String tagCountryCode() {
        return kind == EntityKind.COUNTRY || kind == EntityKind.PLACE ? countryCode : null;
    }
}
