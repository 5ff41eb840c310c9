package io.newspipe.demo.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@code Disallow} prefixes that apply to every crawler ({@code User-agent: *}) in one of the demo's own
 * robots.txt files. Deliberately minimal: the producer uses crawler-commons; this only reads the bundled files to
 * compute expectations. Immutable and thread-safe.
 */
public final class RobotsRules {

    private final List<String> disallowed;

    private RobotsRules(List<String> disallowed) {
        this.disallowed = List.copyOf(disallowed);
    }

    /** Reads the {@code User-agent: *} group(s) of a robots.txt. */
    public static RobotsRules parse(String robotsTxt) {
        Objects.requireNonNull(robotsTxt, "robotsTxt");
        List<String> disallowed = new ArrayList<>();
        boolean inStarGroup = false;
        boolean lastWasAgent = false;
        for (String raw : robotsTxt.split("\n")) {
            String line = raw.replaceFirst("#.*", "").trim();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String field = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (field.equals("user-agent")) {
                inStarGroup = (lastWasAgent && inStarGroup) || value.equals("*");
                lastWasAgent = true;
                continue;
            }
            lastWasAgent = false;
            if (inStarGroup && field.equals("disallow") && !value.isEmpty()) {
                disallowed.add(value);
            }
        }
        return new RobotsRules(disallowed);
    }

    /** Whether a path is disallowed for every crawler. */
    public boolean disallows(String path) {
        Objects.requireNonNull(path, "path");
        return disallowed.stream().anyMatch(path::startsWith);
    }

    /** The disallowed prefixes, in file order. */
    public List<String> disallowedPrefixes() {
        return disallowed;
    }
}
