package org.khumkha.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khumkha.cli.KhumkhaCommand;
import org.khumkha.graph.GraphLoader;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.graph.Vocab;
import org.khumkha.render.Html;
import org.khumkha.render.Language;
import org.khumkha.render.ScorecardSection;
import org.khumkha.scale.NationalGenerator;
import org.khumkha.scale.area.Area;
import org.khumkha.scale.area.AreaLevel;
import org.khumkha.scale.area.AreaResultsService;
import org.khumkha.scale.area.AreaTree;
import org.khumkha.scoring.measurement.Measurement;
import org.khumkha.testing.CodiFixture;
import org.khumkha.testing.Rows;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Area rows without a national row: the national value is rolled up (Σ numerator ÷ Σ denominator × multiplier), stored
 * as modelled with how many results and areas went in, and scored; a stated national row is kept and a difference is a
 * warning; bad rows name their line and leave the store as it was; {@code score --measurements} does the same without
 * storing; synthetic data is flagged on the scorecard. A tiny generated country (F = 0.002, seed 3) beside CODI's MOU,
 * in a real TDB2 store in a temporary directory; 2569 has no generated result, so every 2569 value comes from the files.
 */
class AreaNationalRollUpTest {
    static Path storeDir;
    static KnowledgeStore store;
    static String a;
    static String b;
    static String c;

    @BeforeAll
    static void load() throws Exception {
        Path generated = Files.createTempDirectory("khumkha-rollup-gen");
        new NationalGenerator(0.002, 3, line -> { }).write(generated);
        storeDir = CodiFixture.tempDirectory();
        store = KnowledgeStore.open(storeDir);
        List<Path> sources = new ArrayList<>(CodiFixture.defaultSources());
        sources.add(generated);
        new GraphLoader(Path.of(""), line -> { }).load(store, sources);
        AreaTree tree = new AreaResultsService(Rows.library()).tree(store.source());
        List<Area> tambons = tree.atLevel(AreaLevel.TAMBON);
        a = tambons.get(0).code();
        b = tambons.get(1).code();
        c = tambons.get(2).code();
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    private static MeasurementImports.Outcome importCsv(String name, String csv, boolean commit) {
        return new MeasurementImports(new ScoringService(Rows.library())).importFile(store, name,
                csv.getBytes(StandardCharsets.UTF_8), false, commit);
    }

    private static Measurement stored(String code, int year) {
        return new ScoringService(Rows.library()).storedMeasurements(store.source(), NationalGenerator.ORG_ID)
                .find(NationalGenerator.ORG_ID, code, year).orElseThrow(() -> new AssertionError("no stored " + code + " " + year));
    }

    @Test
    void areaRowsWithoutANationalRowAreRolledUpByTheirSumsAndStoredAsModelled() {
        // O1 (percent, × 100) in 2569: tambon a 3/4 (75 %), tambon b 1/6 (16.67 %)
        //   nation = (3 + 1) / (4 + 6) × 100 = 4 / 10 × 100 = 40 %   — the mean of the percentages would be 45.83 %
        // O2 (count) in 2569: 1 + 1 + 1 = 3 model tambons
        String csv = "organization,indicator,fiscal_year,area,numerator,denominator,evidence\n"
                + "synthetic,O1,2569," + a + ",3,4,survey\n"
                + "synthetic,O1,2569," + b + ",1,6,\n"
                + "synthetic,O2,2569," + a + ",1,,\n"
                + "synthetic,O2,2569," + b + ",1,,\n"
                + "synthetic,O2,2569," + c + ",1,,\n";
        MeasurementImports.Outcome o = importCsv("areas-2569.csv", csv, true);
        assertThat(o.validation().problems()).isEmpty();
        assertThat(o.validation().warnings()).isEmpty();
        assertThat(o.written().areaResults()).isEqualTo(5);
        assertThat(o.written().added()).isEqualTo(2); // the two national values, derived

        Measurement o1 = stored("O1", 2569);
        assertThat(o1.value()).isEqualByComparingTo("40");
        assertThat(o1.derived()).isTrue();
        assertThat(o1.rolledUp().results()).isEqualTo(2);
        assertThat(o1.rolledUp().areas()).isEqualTo(2);
        assertThat(o1.origin().description()).contains("rolled up from 2 area results in 2 areas: Σ numerator 4 / Σ denominator 10 × 100");
        assertThat(stored("O2", 2569).value()).isEqualByComparingTo("3");

        // provenance is data: modelled, how many results and areas, the sums, and why
        List<Map<String, String>> rows = Rows.of(store.source(), "area-rolled-up-measurements", Map.of("orgId", NationalGenerator.ORG_ID));
        Map<String, String> row = rows.stream().filter(r -> r.get("code").equals("O1") && r.get("fiscalYear").equals("2569")).findFirst().orElseThrow();
        assertThat(row.get("provenance")).isEqualTo(Vocab.KK + "Modelled");
        assertThat(row).containsEntry("results", "2").containsEntry("areas", "2");
        assertThat(new BigDecimal(row.get("numerator"))).isEqualByComparingTo("4");
        assertThat(new BigDecimal(row.get("denominator"))).isEqualByComparingTo("10");
        assertThat(row.get("rationale")).contains("gives no national value").contains("never a mean of percentages");

        // the scorecard reads it and says where it came from
        Scorecard card = new ScoringService(Rows.library()).score(store.source(), NationalGenerator.ORG_ID, 2569);
        Scorecard.MatrixRow m = card.matrix().stream().filter(r -> r.code().equals("O1")).findFirst().orElseThrow();
        assertThat(m.result()).isEqualByComparingTo("40");
        assertThat(String.join("\n", m.trace())).contains("rolled up from 2 area results in 2 areas").contains("modelled");
    }

    @Test
    void aFileInTwoPartsRollsUpOverTheStoredAndTheNewAreas() {
        // O9 2569, first file: tambon a 1/2 → nation 1/2 × 100 = 50 %
        importCsv("part-1.csv", "organization,indicator,fiscal_year,area,numerator,denominator\nsynthetic,O9,2569," + a + ",1,2\n", true);
        assertThat(stored("O9", 2569).value()).isEqualByComparingTo("50");
        // second file: tambon b 1/3; a stays stored → nation (1 + 1) / (2 + 3) × 100 = 40 %, replacing 50 as history
        MeasurementImports.Outcome second = importCsv("part-2.csv",
                "organization,indicator,fiscal_year,area,numerator,denominator\nsynthetic,O9,2569," + b + ",1,3\n", true);
        assertThat(second.written().replaced()).isEqualTo(1);
        Measurement o9 = stored("O9", 2569);
        assertThat(o9.value()).isEqualByComparingTo("40");
        assertThat(o9.rolledUp().results()).isEqualTo(2);
    }

    @Test
    void aStatedNationalRowIsKeptAndADifferenceIsAWarning() {
        // O4 2569 stated 70 on line 2; its areas: a 2/5, b 3/5 → (2 + 3) / (5 + 5) × 100 = 50 ≠ 70 → warning, 70 kept
        // O5 2569 stated 50 on line 5; its areas: a 1/2, b 1/2 → 2 / 4 × 100 = 50 = 50 → no warning
        String csv = "organization,indicator,fiscal_year,value,area,numerator,denominator\n"
                + "synthetic,O4,2569,70,,,\n"
                + "synthetic,O4,2569,," + a + ",2,5\n"
                + "synthetic,O4,2569,," + b + ",3,5\n"
                + "synthetic,O5,2569,50,,,\n"
                + "synthetic,O5,2569,," + a + ",1,2\n"
                + "synthetic,O5,2569,," + b + ",1,2\n";
        MeasurementImports.Outcome o = importCsv("stated.csv", csv, true);
        assertThat(o.validation().problems()).isEmpty();
        assertThat(o.validation().warnings()).hasSize(1);
        assertThat(o.validation().warnings().get(0).line()).isEqualTo(2);
        assertThat(o.validation().warnings().get(0).toString()).contains("stated national value 70").contains("differs from 50")
                .contains("the stated value is kept");
        Measurement o4 = stored("O4", 2569);
        assertThat(o4.value()).isEqualByComparingTo("70");
        assertThat(o4.derived()).isFalse();
    }

    @Test
    void badAreaRowsNameTheirLineAndLeaveTheStoreAsItWas() {
        long before = store.size();
        String csv = "organization,indicator,fiscal_year,area,numerator,denominator\n"
                + "synthetic,O8,2569," + a + ",5,4\n"      // a percentage above 100
                + "synthetic,O8,2569," + b + ",1,0\n"      // nothing to divide by
                + "synthetic,O7,2569," + a + ",5,2\n";     // a ratio: 2.5 times is fine
        MeasurementImports.Outcome o = importCsv("bad.csv", csv, true);
        assertThat(o.committed()).isFalse();
        assertThat(o.validation().problems()).extracting(Object::toString)
                .anySatisfy(p -> assertThat(p).startsWith("line 3, denominator").contains("more than 0"));
        MeasurementImports.Outcome percent = importCsv("bad.csv", "organization,indicator,fiscal_year,area,numerator,denominator\n"
                + "synthetic,O7,2569," + a + ",5,2\n"
                + "synthetic,O8,2569," + a + ",5,4\n", true);
        assertThat(percent.committed()).isFalse();
        assertThat(percent.validation().problems()).extracting(Object::toString).singleElement().satisfies(p -> assertThat(p)
                .startsWith("line 3, numerator").contains("O8 is a percentage").contains("125 > 100"));
        assertThat(store.size()).isEqualTo(before);
    }

    @Test
    void scoreWithAMeasurementFileUsesItsAreaRowsTheSameWayWithoutStoring() throws Exception {
        // O6 2569 (percent × 100): tambon a 8/10, tambon c 9/10 → (8 + 9) / (10 + 10) × 100 = 85 %
        Path file = Files.createTempFile("khumkha-score-areas", ".csv");
        Files.writeString(file, "organization,indicator,fiscal_year,area,numerator,denominator\n"
                + "synthetic,O6,2569," + a + ",8,10\n"
                + "synthetic,O6,2569," + c + ",9,10\n");
        long before = store.size();
        store.close();
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = KhumkhaCommand.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int exit = cl.execute("score", "--org", "synthetic", "--year", "2569", "--measurements", file.toString(),
                    "--store", storeDir.toString(), "--format", "json", "--by-province");
            assertThat(exit).as(err.toString()).isZero();
            JsonNode json = JsonMapper.builder().build().readTree(out.toString());
            JsonNode o6 = null;
            for (JsonNode m : json.get("matrix")) {
                if (m.get("code").asString().equals("O6")) {
                    o6 = m;
                }
            }
            assertThat(o6.get("result").decimalValue()).isEqualByComparingTo("85");
            assertThat(o6.get("trace").toString()).contains("rolled up from 2 area results in 2 areas").contains("not stored");
            // by province, the file's rows count too: the provinces of a and c sum to 17 of 20
            BigDecimal numerators = BigDecimal.ZERO;
            for (JsonNode r : json.get("byProvince")) {
                if (r.get("indicator").asString().equals("O6")) {
                    numerators = numerators.add(r.get("numerator").decimalValue());
                }
            }
            assertThat(numerators).isEqualByComparingTo("17");
        } finally {
            store = KnowledgeStore.open(storeDir);
        }
        assertThat(store.size()).isEqualTo(before);
    }

    @Test
    void syntheticDataIsFlaggedOnTheScorecardTheGraphTheTextAndThePage() {
        Scorecard card = new ScoringService(Rows.library()).score(store.source(), NationalGenerator.ORG_ID, 2568);
        assertThat(card.synthetic()).isTrue();
        assertThat(card.illustrative()).isFalse();
        assertThat(ScorecardFormat.TABLE.write(card)).contains("ข้อมูลสังเคราะห์ — synthetic data, not a real result");
        assertThat(ScorecardFormat.JSON.write(card)).contains("\"synthetic\" : true");
        Graph g = ScorecardGraph.build(card, Instant.now());
        assertThat(g.contains(Node.ANY, Vocab.kk("usesSyntheticData"), org.apache.jena.graph.NodeFactory.createLiteralDT("true",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean))).isTrue();
        String html = new ScorecardSection(card, Language.TH, true).summary(new Html()).toString();
        assertThat(html).contains("id=\"synthetic\"").contains("ข้อมูลสังเคราะห์");
        assertThat(Txn.calculateRead(store.dataset(), () -> true)).isTrue();

        Scorecard codi = new ScoringService(Rows.library()).score(store.source(), "codi", 2568);
        assertThat(codi.synthetic()).isFalse();
        assertThat(new ScorecardSection(codi, Language.EN, true).summary(new Html()).toString()).doesNotContain("id=\"synthetic\"");
    }
}
