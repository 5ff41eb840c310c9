package io.newspipe.streams.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class BoundedLabelsTest {
    @Test
    void normalisesAndCapsValues() {
        BoundedLabels labels = new BoundedLabels(2);
        assertThat(labels.label(" Daily-Harbor ")).isEqualTo("daily-harbor");
        assertThat(labels.label(null)).isEqualTo(BoundedLabels.UNKNOWN);
        assertThat(labels.label("  ")).isEqualTo(BoundedLabels.UNKNOWN);
        assertThat(labels.label("الخليج اليوم")).isEqualTo("الخليج اليوم");
        assertThat(labels.label("third")).isEqualTo(BoundedLabels.OTHER);
        assertThat(labels.label("DAILY-HARBOR")).isEqualTo("daily-harbor");
        assertThat(labels.size()).isEqualTo(2);
    }

    @Property
    void neverMoreDistinctValuesThanTheCapPlusTwo(@ForAll java.util.List<String> values) {
        BoundedLabels labels = new BoundedLabels(5);
        long distinct = values.stream().map(labels::label).distinct().count();
        assertThat(distinct).isLessThanOrEqualTo(5 + 2);
        values.forEach(v -> assertThat(labels.label(v).length()).isLessThanOrEqualTo(64));
    }
}
