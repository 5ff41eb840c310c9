package io.newspipe.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench report says which JVM options a run had (heap, collector and huge pages move its figures). */
class MachineLoadTest {
    @TempDir
    Path work;

    @Test
    void aSampleListsThisJvmsOptions() {
        assertThat(MachineLoad.sample().jvmArguments())
                .isEqualTo(ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    @Test
    void theTableAndTheJsonCarryTheOptions() throws Exception {
        MachineLoad load = new MachineLoad(2, 0.5, "17.0.15", List.of("-Xmx4g", "-XX:+UseTransparentHugePages"));
        BenchReport report = new BenchReport("./newspipe bench", load, load, null, null, null, Double.NaN,
                Double.NaN, null);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReportTables.print(report, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        Path json = work.resolve("r.json");
        report.write(json);

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .startsWith("machine: 2 cores, load average 0.5 at start, 0.5 at end; java 17.0.15 -Xmx4g "
                        + "-XX:+UseTransparentHugePages");
        assertThat(Files.readString(json, StandardCharsets.UTF_8)).contains("\"jvmArguments\"")
                .contains("-XX:+UseTransparentHugePages");
    }
}
