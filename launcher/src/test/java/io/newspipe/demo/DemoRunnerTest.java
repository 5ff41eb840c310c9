package io.newspipe.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The whole demo, as {@code ./newspipe demo} runs it: broker, streams app, sites, producer. */
class DemoRunnerTest {

    @Test
    void theDemoAccountsForEveryPageAndExitsZero() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

        int code = new DemoRunner(out, Duration.ofSeconds(120)).run();

        String printed = buffer.toString(StandardCharsets.UTF_8);
        System.out.println(printed);
        assertThat(code).as(printed).isZero();
        assertThat(printed).contains("OK: every raw page is accounted for exactly once.")
                .contains("=== Newspipe demo summary ===").contains("lag of group newspipe-demo");
        assertThat(printed).containsPattern("pages in \\(news.raw-pages.v1\\):\\s+3\\d")
                .as("the syndicated copy, the correction and the broken pages come out as the site expects")
                .contains("result matches the expectations");
    }
}
