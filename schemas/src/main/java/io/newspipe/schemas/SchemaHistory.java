package io.newspipe.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.avro.Schema;

/**
 * Every published version of a record's schema, oldest first, read from
 * {@code io/newspipe/schemas/history/<Record>/v<N>.avsc} on the class path.
 *
 * <p>A schema change adds a new version file; old files never change, so data written with them
 * still decodes. Immutable and thread-safe.
 */
public final class SchemaHistory {
    private static final String ROOT = "/io/newspipe/schemas/history/";

    private final String recordName;
    private final List<Schema> versions;

    private SchemaHistory(String recordName, List<Schema> versions) {
        this.recordName = recordName;
        this.versions = List.copyOf(versions);
    }

    /** Loads the history of the record with this simple name, e.g. {@code "Article"}. */
    public static SchemaHistory of(String recordName) {
        Objects.requireNonNull(recordName, "recordName");
        List<Schema> versions = new ArrayList<>();
        for (int v = 1; ; v++) {
            String path = ROOT + recordName + "/v" + v + ".avsc";
            try (InputStream in = SchemaHistory.class.getResourceAsStream(path)) {
                if (in == null) {
                    break;
                }
                versions.add(new Schema.Parser().parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read schema " + path, e);
            }
        }
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("no schema history for " + recordName);
        }
        return new SchemaHistory(recordName, versions);
    }

    /** This history with one more (older) version first; for tests and migrations. */
    public static SchemaHistory withExtra(SchemaHistory history, Schema older) {
        List<Schema> versions = new ArrayList<>();
        versions.add(Objects.requireNonNull(older, "older"));
        versions.addAll(history.versions);
        return new SchemaHistory(history.recordName, versions);
    }

    public String recordName() {
        return recordName;
    }

    /** All versions, oldest first. */
    public List<Schema> versions() {
        return versions;
    }

    public Schema latest() {
        return versions.get(versions.size() - 1);
    }
}
