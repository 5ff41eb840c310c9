package io.newspipe.streams.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.streams.config.StreamsAppConfig;
import org.junit.jupiter.api.Test;

/** The dedup targets hold through the live code path, not only for the fingerprint. */
class DedupProcessEvalTest {

    @Test
    void theCorpusThroughProcessMeetsThePrecisionAndRecallTargets() throws Exception {
        DedupProcessEval.Report r = new DedupProcessEval().evaluate(DedupEval.bundledCorpus(),
                StreamsAppConfig.defaults());

        assertThat(r.summary().balanced()).isTrue();
        assertThat(r.overall().precision()).as(r.toString()).isGreaterThanOrEqualTo(0.99);
        assertThat(r.overall().recall()).as(r.toString()).isGreaterThanOrEqualTo(0.95);
    }
}
