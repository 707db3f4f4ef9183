package org.khumkha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khumkha.testing.CodiFixture;

import picocli.CommandLine;

/** The command line as a user runs it (without exiting the JVM): exit codes, messages, files written. */
class KhumkhaCommandTest {
    private static Path store;

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {}

    @BeforeAll
    static void loadOnce() {
        store = CodiFixture.tempDirectory().resolve("store");
        Run load = run("load", "--store", store.toString());
        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(load.out()).contains("data/codi/attachment-4-evaluation-matrix.trig").contains("loaded");
    }

    @Test
    void validateConformsOnCodiWithExitZero() {
        Run r = run("validate", "--store", store.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("conforms");
        assertThat(r.err()).as("a long validation says it has started").startsWith("validate: checking the store");
    }

    @Test
    void validateExitsOneWithTheViolationsListed() {
        Path broken = CodiFixture.tempDirectory().resolve("store");
        assertThat(run("load", "--store", broken.toString()).exitCode()).isZero();
        assertThat(run("load", "--store", broken.toString(), "src/test/files/broken/impact-leads-to-process.trig").exitCode()).isZero();
        Run r = run("validate", "--store", broken.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("1 violation").contains("codi:impact-I1").contains("one level forward");
    }

    @Test
    void aMalformedFileExitsTwoNamingFileAndLine() {
        Run r = run("load", "--store", store.toString(), "src/test/files/broken/malformed.ttl");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("store is unchanged").contains("src/test/files/broken/malformed.ttl:6:");
    }

    @Test
    void queryRunsANamedQueryWithParametersAsCsv() {
        Run r = run("query", "evaluation-matrix", "--store", store.toString(), "--param", "orgId=codi", "--format", "csv");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines()).hasSize(14).anySatisfy(l -> assertThat(l).startsWith("O2,"));
    }

    @Test
    void queryListsTheLibrary() {
        Run r = run("query", "--list");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("result-chain-of-indicator").contains("--param code=O3");
    }

    @Test
    void badQueryInputExitsTwoWithTheReason() {
        Run unknown = run("query", "no-such-query", "--store", store.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no named query 'no-such-query'");
        Run year = run("query", "measurements-against-targets", "--store", store.toString(), "--param", "year=2025");
        assertThat(year.exitCode()).isEqualTo(2);
        assertThat(year.err()).contains("C.E. year").contains("2568");
        Run format = run("query", "mandate", "--store", store.toString(), "--format", "xml");
        assertThat(format.exitCode()).isEqualTo(2);
    }

    @Test
    void exportWritesEveryFormatBackReadable() {
        Path dir = CodiFixture.tempDirectory();
        long quads = 0;
        for (String[] format : new String[][] {{"trig", "trig"}, {"nq", "nq"}, {"jsonld", "jsonld"}}) {
            Path out = dir.resolve("all." + format[1]);
            Run export = run("export", "--store", store.toString(), "--format", format[0], "--out", out.toString());
            assertThat(export.exitCode()).as(export.err()).isZero();
            DatasetGraph read = DatasetGraphFactory.createTxnMem();
            RDFDataMgr.read(read, out.toString());
            long n = read.stream().count();
            assertThat(n).as(format[0]).isGreaterThan(4000);
            if (quads > 0) {
                assertThat(n).as(format[0] + " holds what the other formats hold").isEqualTo(quads);
            }
            quads = n;
        }
        Path ttl = dir.resolve("all.ttl");
        assertThat(run("export", "--store", store.toString(), "--format", "ttl", "--out", ttl.toString()).exitCode()).isZero();
        assertThat(RDFDataMgr.loadGraph(ttl.toString(), Lang.TURTLE).size()).isPositive();
    }

    @Test
    void exportOfOneOrganizationKeepsOnlyItsGraphs() {
        Path out = CodiFixture.tempDirectory().resolve("codi.trig");
        assertThat(run("export", "--store", store.toString(), "--format", "trig", "--org", "codi", "--out", out.toString()).exitCode()).isZero();
        DatasetGraph read = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(read, out.toString());
        assertThat(read.containsGraph(org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/khumkha/graph/codi/attachment-7"))).isTrue();
        assertThat(read.containsGraph(org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/khumkha/graph/ontology/khumkha"))).isFalse();
        assertThat(run("export", "--store", store.toString(), "--format", "trig", "--org", "nobody").exitCode()).isEqualTo(2);
    }

    /** Runs the root command in this JVM, capturing what it prints (commands that stream results write to System.out). */
    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = KhumkhaCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = cl.execute(args);
        } finally {
            System.setOut(original);
        }
        return new Run(code, out + stdout.toString(StandardCharsets.UTF_8), err.toString());
    }
}
