package io.newspipe.demo.site;

import java.util.Objects;

/**
 * One line of {@code demo-site/manifest.tsv}: a resource a demo site serves at a path.
 *
 * <p>Immutable and thread-safe.
 *
 * @param site        site name, e.g. {@code al-akhbar-demo}
 * @param path        URL path, e.g. {@code /rss.xml}
 * @param kind        what the resource is
 * @param state       when it is served: {@link ServeState#ALWAYS}, before or after the correction
 * @param contentType the Content-Type header to send, exactly as written in the manifest
 * @param resource    classpath resource below {@code demo-site/} holding the bytes as served
 * @param note        free-form relation, e.g. {@code copy_of=site/path}; empty if none
 */
public record ManifestEntry(String site, String path, PageKind kind, ServeState state, String contentType,
                            String resource, String note) {

    public ManifestEntry {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(note, "note");
    }

    /** Whether this entry is what the site serves at its path when the correction is (or is not) published. */
    public boolean servedWhen(boolean corrected) {
        return state.servedWhen(corrected);
    }

    /** When a resource is served, relative to {@link DemoSite#publishCorrection()}. */
    public enum ServeState {
        ALWAYS, BEFORE_CORRECTION, AFTER_CORRECTION;

        /** Parses the manifest's {@code state} column: {@code all}, {@code v1} or {@code v2}. */
        public static ServeState parse(String text) {
            return switch (Objects.requireNonNull(text, "text").trim()) {
                case "all" -> ALWAYS;
                case "v1" -> BEFORE_CORRECTION;
                case "v2" -> AFTER_CORRECTION;
                default -> throw new IllegalArgumentException("unknown state in manifest: " + text);
            };
        }

        boolean servedWhen(boolean corrected) {
            return this == ALWAYS || (this == AFTER_CORRECTION) == corrected;
        }
    }
}
