package org.khumkha.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The benchmark command end to end at a tiny scale (F = 0.002: 2 provinces, about 10,000 quads): it must run every
 * step — generate, both loaders as child JVMs, the named queries embedded and over HTTP through a serve child, score,
 * analytics, SHACL — and write its report. Nothing here is timed: the numbers are only checked to exist.
 */
class BenchCommandTest {
    @TempDir
    Path work;

    @Test
    void runsEveryStepAtATinyScaleAndWritesTheReport() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new BenchCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("--scale", "0.002", "--repeats", "1", "--pivots", "16", "--top", "10", "--child-heap", "1g",
                "--work", work.toString());

        String md = Files.readString(work.resolve("bench-report.md"));
        assertThat(md).as(err.toString()).doesNotContain("## Steps that failed");
        assertThat(code).isZero();
        for (String section : List.of("## generate", "## load", "## store", "## named queries, embedded", "## score", "## analytics",
                "## SHACL", "## serve", "## named queries, over HTTP", "## memory")) {
            assertThat(md).contains(section);
        }
        assertThat(md).contains("ratio khumkha / tdbloader", "load --loader transaction", "BrandesBetweennessCentrality", "area-indicator-by-province", "conforms", "time to ready");
        assertThat(Files.readString(work.resolve("bench-report.csv"))).startsWith("section,metric,value,unit,goal,met,note");
        assertThat(err.toString()).contains("generate: done,");
    }
}
