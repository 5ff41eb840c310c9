package io.newspipe.embedded;

import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Formats a fresh KRaft log directory, exactly as {@code kafka-storage.sh format} does, by running
 * Kafka's own {@link StorageTool} in-process on a written-out properties file. Going through the tool
 * rather than the internal {@code Formatter} keeps us on the documented, stable command-line surface.
 *
 * <p>Stateless and thread-safe.
 */
final class LogDirFormatter {

    private LogDirFormatter() {
    }

    /**
     * Writes {@code config} to {@code configFile} and formats the log directories it names with a new
     * random cluster id.
     *
     * @return the cluster id
     * @throws IllegalStateException if the storage tool reports a failure (its output is in the message)
     */
    static String format(Map<String, String> config, Path configFile) throws IOException {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(configFile, "configFile");
        Properties props = new Properties();
        props.putAll(config);
        try (Writer out = Files.newBufferedWriter(configFile, StandardCharsets.UTF_8)) {
            props.store(out, "written by io.newspipe.embedded.EmbeddedKafka");
        }
        String clusterId = Uuid.randomUuid().toString();
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int status;
        try (PrintStream printStream = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            status = StorageTool.execute(
                    new String[] {"format", "--config", configFile.toString(), "--cluster-id", clusterId},
                    printStream);
        }
        if (status != 0) {
            throw new IllegalStateException("kafka-storage format failed with status " + status + ": "
                    + captured.toString(StandardCharsets.UTF_8));
        }
        return clusterId;
    }
}
