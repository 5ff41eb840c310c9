package io.newspipe.streams.tag;

import java.util.List;

/**
 * The dictionary linker alone (no name rules) on one sentence written for a test, read for its places: the set-up
 * the place-name tests share. Thread-safe (the linker is).
 */
final class LinkedPlaces {
    private static final EntityLinker LINKER = new EntityLinker(TaggerResources.shared().dictionary(),
            TaggerSettings.defaults());

    private LinkedPlaces() {
    }

    /** Every entity the linker finds in {@code text} read as {@code language}, in its order. */
    static List<EntityTag> linked(String language, String text) {
        return LINKER.link(List.of(TokenizedText.of(text)), language);
    }

    /** The names of the places the linker finds in {@code text} read as {@code language}, in its order. */
    static List<String> places(String language, String text) {
        return linked(language, text).stream()
                .filter(t -> t.type() == EntityKind.PLACE).map(EntityTag::name).toList();
    }
}
