package io.newspipe.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newspipe.bench.PipelineBench.PipelineResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything one bench run measured, written as JSON ({@link #write}) and printed as tables
 * ({@link ReportTables}). Parts not run are null.
 *
 * <p>Holds its parts as given (no copies): thread-safe to read once built, as long as nobody changes them.
 *
 * @param command the command line that reproduces the run
 * @param loadBefore machine load when the run started
 * @param loadAfter machine load when it ended
 * @param options the options used
 * @param pipeline end-to-end figures, or null
 * @param stages offline per-stage costs, or null
 * @param wholeOverFloorCpu whole per-page CPU cost as a multiple of the jsoup parse floor, or NaN
 * @param interleavedOverFloorCpu the same measured with the stages interleaved page by page, or NaN
 * @param peer the extractor vs Readability.js comparison, or null
 */
public record BenchReport(String command, MachineLoad loadBefore, MachineLoad loadAfter, BenchOptions options,
        PipelineResult pipeline, StageCosts.Result stages, double wholeOverFloorCpu, double interleavedOverFloorCpu,
        List<PeerComparison.Row> peer) {

    /** Writes the report as indented JSON. */
    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).writeValue(file.toFile(), this);
    }
}
