package io.newspipe.contracts;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of a page folder's {@code pages.tsv} (CONTRACTS.md section 4).
 *
 * <p>Immutable and thread-safe.
 *
 * @param url the page's URL
 * @param file path of the body file relative to the folder ({@code .html} or {@code .html.gz})
 * @param fetchedAt when the page was fetched
 * @param contentType the Content-Type as an HTTP header would give it, or null
 */
public record FolderPage(String url, Path file, Instant fetchedAt, String contentType) {
    public FolderPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }
}
