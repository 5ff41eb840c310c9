package io.newspipe.producer.fetch;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP response as received: status, headers (lower-case names, repeated headers joined with
 * {@code ", "}), body bytes (transfer and content encoding removed, otherwise as served) and whether the
 * body was cut at the cap. Immutable.
 */
public record HttpResult(int status, Map<String, String> headers, byte[] body, boolean truncated) {
    public HttpResult {
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    public Optional<String> header(String lowerCaseName) {
        return Optional.ofNullable(headers.get(lowerCaseName));
    }

    public boolean isRedirect() {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }
}
