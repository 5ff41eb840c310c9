package io.newspipe.streams.tag;

import java.util.Objects;

/**
 * An IPTC Media Topic with a score in [0,1].
 *
 * @param code e.g. {@code medtop:11000000}
 * @param label English label
 * @param score confidence in [0,1]
 */
public record TopicTag(String code, String label, double score) {
    public TopicTag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
