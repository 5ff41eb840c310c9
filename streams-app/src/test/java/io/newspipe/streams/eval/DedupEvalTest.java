package io.newspipe.streams.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspipe.streams.dedup.DedupConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DedupEvalTest {
    @Test
    void bundledCorpusIsExactlyWhatTheGeneratorProduces() {
        assertThat(DedupEval.bundledCorpus()).isEqualTo(DedupEvalCorpusGenerator.generate());
    }

    @Test
    void corpusCoversThreeLanguagesAndEveryKind() {
        List<DedupEvalPair> corpus = DedupEval.bundledCorpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
        assertThat(corpus.stream().map(DedupEvalPair::lang).collect(Collectors.toSet())).containsExactlyInAnyOrder("ar", "en", "fr");
        assertThat(corpus.stream().map(DedupEvalPair::kind).collect(Collectors.toSet())).contains("syndicated",
                "ortho_letters", "ortho_persian", "revision", "same_event", "same_template", "shared_background");
        assertThat(corpus.stream().map(DedupEvalPair::id).distinct().count()).isEqualTo(corpus.size());
    }

    @Test
    void defaultsMeetTheTargetsOnTheCorpus() {
        DedupEval.Report report = DedupEval.evaluate(DedupEval.bundledCorpus(), DedupConfig.defaults());
        assertThat(report.overall().precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(report.overall().recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.meanStateBytes()).isLessThan(512);
        report.byLanguage().values().forEach(s -> assertThat(s.recall()).isGreaterThanOrEqualTo(0.95));
    }

    /**
     * The realistic corpus (aeb bodies, hand-written Arabic and French stories, template briefs): the
     * number-agreement check is what keeps the template briefs apart.
     */
    @Test
    void defaultsMeetTheTargetsOnTheRealisticCorpus() {
        DedupEval.Report report = DedupEval.evaluate(DedupEvalRealisticCorpus.generate(), DedupConfig.defaults());
        assertThat(report.overall().precision()).as(report.overall().toString()).isGreaterThanOrEqualTo(0.99);
        assertThat(report.overall().recall()).as(report.overall().toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.meanStateBytes()).isLessThan(512);
        report.byLanguage().values().forEach(s -> assertThat(s.recall()).isGreaterThanOrEqualTo(0.95));
    }

    @Test
    void runPrintsTheFigures() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = DedupEval.run(List.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(out).contains("overall", "by kind:", "by language:", "state bytes per article", "original (bundled",
                "realistic (generated", "template_brief", "live_blog");
        assertThat(DedupEval.run(List.of("--bogus"), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8))).isEqualTo(2);
    }
}
