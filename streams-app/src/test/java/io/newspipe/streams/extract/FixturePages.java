package io.newspipe.streams.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;

/** Loads the hand-written fixture pages under {@code src/test/resources/pages/<site>/}. */
final class FixturePages {
    private FixturePages() {
    }

    static byte[] bytes(String path) {
        try (InputStream in = Objects.requireNonNull(FixturePages.class.getResourceAsStream("/pages/" + path),
                path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExtractionOutcome extract(String path, String url, String contentType) {
        return new ArticleExtractor().extract(new PageInput(url, bytes(path), contentType,
                Instant.parse("2024-10-05T00:00:00Z")));
    }
}
