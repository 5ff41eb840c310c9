package io.newspipe.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newspipe.avro.Article;
import io.newspipe.avro.DeadLetter;
import io.newspipe.avro.DuplicateNotice;
import io.newspipe.avro.RawPage;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every published schema version stays readable by the current one (backward compatibility), and
 * the current schema is recorded as the latest history version, so a change cannot ship without
 * a new history file.
 */
class SchemaCompatibilityTest {

    static List<Object[]> records() {
        return List.of(
                new Object[] {"RawPage", RawPage.getClassSchema()},
                new Object[] {"Article", Article.getClassSchema()},
                new Object[] {"DuplicateNotice", DuplicateNotice.getClassSchema()},
                new Object[] {"DeadLetter", DeadLetter.getClassSchema()});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void everyPublishedVersionIsReadableByTheCurrentSchema(String name, Schema current) {
        for (Schema old : SchemaHistory.of(name).versions()) {
            SchemaCompatibilityType result = SchemaCompatibility
                    .checkReaderWriterCompatibility(current, old).getType();
            assertThat(result).as("%s reading data written with an older version", name)
                    .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void theCurrentSchemaIsTheLatestPublishedVersion(String name, Schema current) {
        assertThat(SchemaHistory.of(name).latest()).isEqualTo(current);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void theCheckWouldCatchARemovedFieldWithoutDefault(String name, Schema current) {
        Schema.Field required = current.getFields().stream().filter(f -> !f.hasDefaultValue()).findFirst()
                .orElseThrow();
        Schema reader = Schema.createRecord(current.getName(), null, current.getNamespace(), false,
                List.of(new Schema.Field("added_without_default", Schema.create(Schema.Type.STRING))));
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(reader, current).getType())
                .as("a reader that needs a field the writer lacks (%s has %s)", name, required.name())
                .isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
    }

    @org.junit.jupiter.api.Test
    void badHistoryNameIsAnError() {
        assertThatThrownBy(() -> SchemaHistory.of("NoSuchRecord")).isInstanceOf(IllegalArgumentException.class);
    }

}
