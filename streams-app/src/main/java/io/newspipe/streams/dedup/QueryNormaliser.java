package io.newspipe.streams.dedup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Canonical query string: parameters split on {@code &}, percent-encoding normalised, empty and tracking
 * parameters ({@link TrackingParameters}) dropped, the rest sorted (by name, then value, so the result
 * does not depend on the order the publisher or a share button wrote them). Stateless and thread-safe.
 */
final class QueryNormaliser {
    private QueryNormaliser() {
    }

    static String normalise(String rawQuery, String allowed) {
        if (rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String param : rawQuery.split("&")) {
            if (param.isEmpty()) {
                continue;
            }
            String normalised = PercentEncoding.normalise(param, allowed);
            int eq = normalised.indexOf('=');
            String name = eq < 0 ? normalised : normalised.substring(0, eq);
            String value = eq < 0 ? "" : normalised.substring(eq + 1);
            if (name.isEmpty() && value.isEmpty()) {
                continue;
            }
            if (!TrackingParameters.isTracking(name, value)) {
                kept.add(normalised);
            }
        }
        Collections.sort(kept);
        return String.join("&", kept);
    }
}
