package io.newspipe.producer.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** The result of one polite fetch. Immutable. */
public sealed interface FetchOutcome {
    /** The URL asked for. */
    URI requested();

    /**
     * A response that can be used.
     *
     * @param finalUri the URL after redirects
     * @param headers response headers, lower-case names
     * @param body the decoded body bytes, otherwise as served
     */
    record Fetched(URI requested, URI finalUri, int status, Map<String, String> headers, byte[] body,
                   Instant fetchedAt, int redirects) implements FetchOutcome {
        public Fetched {
            Objects.requireNonNull(finalUri, "finalUri");
            headers = Map.copyOf(headers);
            Objects.requireNonNull(body, "body");
        }

        public String contentType() {
            return headers.get("content-type");
        }
    }

    /** The server answered 304 to a conditional GET: nothing changed. */
    record NotModified(URI requested) implements FetchOutcome {
    }

    /**
     * The fetch cannot give a usable page.
     *
     * @param reason short machine-readable cause (robots_disallowed, blocked_address, too_large, timeout, ...)
     * @param partial what was received, when anything was (e.g. the first bytes of a too-large body), or null
     * @param permanent whether retrying the URL later is pointless
     */
    record Failed(URI requested, String reason, String detail, Fetched partial, boolean permanent)
            implements FetchOutcome {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
