package org.khumkha.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.khumkha.cli.ExitCodes;
import org.khumkha.cli.KhumkhaCommand;
import org.khumkha.graph.KnowledgeStore;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code analyze} through the root command line, as a user runs it (without exiting the JVM). */
class AnalyzeCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = KhumkhaCommand.commandLine();
        if (!cl.getSubcommands().containsKey("analyze")) {
            cl.addSubcommand(new AnalyzeCommand());
        }
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** A toy store on disk, closed so that the command can open it. */
    private static Path toyStoreDirectory() {
        try (KnowledgeStore store = AnalysisServiceToyTest.toyStore()) {
            return store.location();
        }
    }

    private static boolean hasAnalysisGraph(Path dir) {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            return store.dataset().calculateRead(() ->
                    store.dataset().asDatasetGraph().containsGraph(AnalysisService.analysisGraphName("toy")));
        }
    }

    @Test
    void jsonOutputAndWriteBack() {
        Path dir = toyStoreDirectory();
        assertThat(run("analyze", "--store", dir.toString(), "--org", "toy", "--format", "json")).isEqualTo(ExitCodes.OK);
        JsonNode json = JsonMapper.builder().build().readTree(out.toString());
        assertThat(json.get("orgId").asString()).isEqualTo("toy");
        JsonNode first = json.get("actors").get(0);
        for (String field : new String[] {"id", "label", "labelEn", "sector", "degree", "weightedDegree", "betweenness",
                "betweennessNormalized", "closeness", "pageRank", "community", "constraint", "effectiveSize", "roles"}) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(first.get("brokerageRoles").has("liaison")).isTrue();
        assertThat(json.get("overlaps").get(0).get("rationale").asString()).isEqualTo("กลุ่มเปราะบางต้องการหลายหน่วยงาน");
        JsonNode coherence = json.get("coherence");
        assertThat(coherence.get("objectiveCoverage").asDouble()).isBetween(66.6, 66.7);
        assertThat(coherence.get("strategyCoverage").asDouble()).isEqualTo(50.0);
        assertThat(coherence.get("goalOfExistenceCoverage").asDouble()).isEqualTo(50.0);
        assertThat(coherence.get("orphans").get("outputsWithoutOutcome").get(0).get("id").asString()).endsWith("toy/output-2");
        assertThat(json.get("integrator").get("hasHighestBetweenness").asBoolean()).isTrue();
        assertThat(err.toString()).contains("analyze: reading the ecosystem of toy").contains("written to graph");
        assertThat(hasAnalysisGraph(dir)).isTrue();
    }

    @Test
    void tableOutputWithoutWriting() {
        Path dir = toyStoreDirectory();
        assertThat(run("analyze", "--store", dir.toString(), "--org", "toy", "--no-write")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString())
                .contains("Ecosystem of toy: 4 actors")
                .contains("องค์การทดลอง")
                .contains("objective coverage (1.1): 66.7 % (2 of 3)")
                .contains("strategy coverage (1.2): 50.0 % (2 of 4)")
                .contains("outputs reaching no outcome: ผลผลิต 2");
        assertThat(err.toString()).doesNotContain("written");
        assertThat(hasAnalysisGraph(dir)).isFalse();
    }

    @Test
    void badInputExitsTwo() {
        Path dir = toyStoreDirectory();
        assertThat(run("analyze", "--store", dir.toString(), "--org", "toy", "--format", "xml")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("unknown format 'xml'");
        assertThat(run("analyze", "--store", dir.toString(), "--org", "nobody")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("no organization with short id 'nobody'");
        assertThat(hasAnalysisGraph(dir)).isFalse();
    }
}
