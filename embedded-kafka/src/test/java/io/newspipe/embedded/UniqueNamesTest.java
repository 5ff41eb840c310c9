package io.newspipe.embedded;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UniqueNamesTest {

    @Test
    void namesAreDistinctAndKeepThePrefix() {
        String first = EmbeddedKafka.uniqueName("news.raw");
        String second = EmbeddedKafka.uniqueName("news.raw");
        assertThat(first).startsWith("news.raw-").matches("[a-zA-Z0-9._-]+").isNotEqualTo(second);
    }

    @Test
    void rejectsPrefixesThatAreNotLegalTopicNames() {
        assertThatThrownBy(() -> EmbeddedKafka.uniqueName("a b")).isInstanceOf(IllegalArgumentException.class);
    }
}
