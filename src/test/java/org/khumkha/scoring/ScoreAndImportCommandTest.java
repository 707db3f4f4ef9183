package org.khumkha.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khumkha.cli.ExitCodes;
import org.khumkha.cli.KhumkhaCommand;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.testing.CodiFixture;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code import} and {@code score} as a person runs them, on a TDB2 store in a temporary directory. */
class ScoreAndImportCommandTest {
    private static Path storeDir;

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {}

    @BeforeAll
    static void loadAndImport() {
        storeDir = CodiFixture.tempDirectory();
        assertThat(run("load", "--store", storeDir.toString()).exit()).isZero();
        Run imported = run("import", "data/codi/measurements-illustrative-2566-2568.csv", "--store", storeDir.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("66 rows valid").contains("ILLUSTRATIVE").contains("66 new");
    }

    @Test
    void scoresAsJsonWithTheContractsFieldNames() {
        Run r = run("score", "--org", "codi", "--year", "2568", "--store", storeDir.toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        for (String field : new String[] {"organization", "fiscalYear", "total", "provisional", "dimensions", "indicators", "matrix",
                "missing", "rubric", "illustrative"}) {
            assertThat(json.has(field)).as(field).isTrue();
        }
        assertThat(json.get("organization").asString()).isEqualTo("codi");
        assertThat(json.get("total").decimalValue()).isBetween(new java.math.BigDecimal("3.8398"), new java.math.BigDecimal("3.8399"));
        JsonNode indicator = json.get("indicators").get(0);
        for (String field : new String[] {"code", "label", "labelEn", "weight", "value", "source", "score", "weighted", "criteria", "trace"}) {
            assertThat(indicator.has(field)).as(field).isTrue();
        }
        JsonNode matrixRow = json.get("matrix").get(0);
        for (String field : new String[] {"code", "label", "targetRule", "base", "target", "result", "met"}) {
            assertThat(matrixRow.has(field)).as(field).isTrue();
        }
        JsonNode rubricIndicator = null;
        for (JsonNode i : json.get("indicators")) {
            if (i.get("code").asString().equals("3.1")) {
                rubricIndicator = i;
            }
            assertThat(i.has("iri")).isFalse();
        }
        assertThat(rubricIndicator.get("conditions").get(0).has("evidence")).isTrue();
        assertThat(json.get("rubric").get("levels").get(0).get("conditions").get(0).get("passed").asBoolean()).isTrue();
    }

    @Test
    void scoresAsATableAndAsMarkdownWithThaiDigitsInTheYear() {
        Run table = run("score", "--org", "codi", "--year", "๒๕๖๘", "--store", storeDir.toString());
        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.out()).contains("total 3.8398").contains("2.2.1.2").contains("4.5200").contains("ILLUSTRATIVE");
        Run md = run("score", "--org", "codi", "--year", "2568", "--store", storeDir.toString(), "--format", "md");
        assertThat(md.out()).startsWith("# ผลคะแนนการประเมินความคุ้มค่า").contains("| 2.1.1 |").contains("## เกณฑ์ตัวชี้วัด 3.1")
                .contains("not OPDC's official criteria");
    }

    @Test
    void whatIfAndAFileOverrideTheStoredValuesWithoutWriting() throws Exception {
        long before = size();
        Path file = Files.createTempFile(storeDir.getParent(), "evaluator", ".csv");
        Files.writeString(file, "organization,indicator,fiscal_year,value,evidence\ncodi,3.1,2568,4.5,มติคณะอนุกรรมการ\n", StandardCharsets.UTF_8);
        Run r = run("score", "--org", "codi", "--year", "2568", "--store", storeDir.toString(), "--format", "json",
                "--measurements", file.toString(), "--set", "2.2.1.2=95", "--set", "O4=81");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        for (JsonNode i : json.get("indicators")) {
            switch (i.get("code").asString()) {
                case "3.1" -> assertThat(i.get("source").asString()).isEqualTo("evaluator");
                case "2.2.1.2" -> assertThat(i.get("score").decimalValue()).isEqualByComparingTo("5");
                default -> { }
            }
        }
        assertThat(size()).isEqualTo(before);
    }

    @Test
    void saveKeepsTheScorecardInItsNamedGraph() {
        Run r = run("score", "--org", "codi", "--year", "2567", "--store", storeDir.toString(), "--save");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("g:scorecard/codi/2567");
        try (KnowledgeStore store = KnowledgeStore.open(storeDir)) {
            assertThat(store.dataset().calculateRead(() -> store.dataset().asDatasetGraph()
                    .containsGraph(ScorecardGraph.graphName("codi", 2567)))).isTrue();
        }
    }

    @Test
    void badInputExitsTwoAndChangesNothing() throws Exception {
        long before = size();
        assertBad(run("score", "--org", "codi", "--year", "2025", "--store", storeDir.toString()), "2568");
        assertBad(run("score", "--org", "nope", "--year", "2568", "--store", storeDir.toString()), "unknown organization");
        assertBad(run("score", "--org", "codi", "--year", "2568", "--store", storeDir.toString(), "--set", "O4=181"), "out of range");
        assertBad(run("score", "--org", "codi", "--year", "2568", "--store", storeDir.toString(), "--format", "pdf"), "table, json or md");
        assertBad(run("score", "--org", "codi", "--year", "2568", "--endpoint", "http://localhost:1/x", "--save"), "--store");
        Path bad = Files.createTempFile(storeDir.getParent(), "bad", ".csv");
        Files.writeString(bad, "organization,indicator,fiscal_year,value\ncodi,4.1,2568,4\ncodi,4.1,2568,5\ncodi,4.4,2025,3\n");
        Run scoreWithBadFile = run("score", "--org", "codi", "--year", "2568", "--store", storeDir.toString(), "--measurements", bad.toString());
        assertBad(scoreWithBadFile, "line 3");
        Run importBad = run("import", bad.toString(), "--store", storeDir.toString());
        assertBad(importBad, "duplicate of line 2");
        assertThat(importBad.err()).contains("line 4, fiscal_year").contains("nothing was used or written");
        assertBad(run("import", "no-such-file.csv", "--store", storeDir.toString()), "no such file");
        assertThat(size()).isEqualTo(before);
    }

    private static void assertBad(Run r, String message) {
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains(message);
    }

    private static long size() {
        try (KnowledgeStore store = KnowledgeStore.open(storeDir)) {
            return store.size();
        }
    }

    static Run run(String... args) {
        CommandLine cl = KhumkhaCommand.commandLine();
        if (!cl.getSubcommands().containsKey("score")) {
            cl.addSubcommand(new ScoreCommand());
        }
        if (!cl.getSubcommands().containsKey("import")) {
            cl.addSubcommand(new ImportCommand());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
