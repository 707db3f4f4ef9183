package org.khumkha.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khumkha.analytics.AnalysisService;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.query.QueryLibrary;
import org.khumkha.scoring.measurement.Measurement;
import org.khumkha.scoring.measurement.MeasurementSet;
import org.khumkha.testing.CodiFixture;

/**
 * CODI's 2568 scorecard, computed by hand from data/codi/measurements-illustrative-2566-2568.csv and CODI's
 * coherence numbers from the graph analysis, on a real TDB2 store with ontology/ and data/ loaded.
 *
 * <pre>
 * Coherence (graph analysis of CODI's result chain):
 *   objective coverage 4 of 4 objectives = 100 %       → 1.1: 100 ≥ t5 = 100                      → 5
 *   strategy coverage 10 of 12 national items = 83.3333 % → 1.2: 4 + (83.3333 − 80) / (100 − 80)   → 4.166667
 * Evaluation matrix, 2568 (result vs target):
 *   O1 73.5 ≥ 62 + 10 = 72 met      O2 81 ≥ 77 met               O3 1230 ≥ 1100 × (1 + 95/1005) = 1203.98 met
 *   O4 78  < 70 + 10 = 80 NOT       O5 79 ≥ 68 + 10 = 78 met     O6 78.5 < 80 NOT
 *   O7 2.35 ≥ 2 met                 O8 82 ≥ 80 met               O9 66 ≥ 55 + 10 = 65 met
 *   I1 69 ≥ 58 + 10 = 68 met        I2 71.5 ≥ 70 met             I3 48 < 40 + 10 = 50 NOT     I4 74 ≥ 73 met
 *   10 of 13 met → 2.1.1 = 76.923077 % → 3 + (76.923077 − 70) / 10 = 3.6923077
 * Rubric (modelled default) for 3.1: levels 1-3 hold; level 4 fails on outcomes: 7 of 9 = 77.8 % &lt; 80 % → 3
 *
 * leaf      weight  value     score      weighted = score × weight / 100
 * 1.1       10      100       5          0.5
 * 1.2       10      83.3333   4.1666667  0.41666667
 * 2.1.1     25      76.9231   3.6923077  0.92307692
 * 2.1.2      7      4.2       4.2        0.294
 * 2.2.1.1    3      57.5      4.5        0.135       (55 ≤ 57.5 &lt; 60: 4 + 2.5/5)
 * 2.2.1.2    3      92.6      4.52       0.1356      (90 ≤ 92.6 &lt; 95: 4 + 2.6/5)
 * 2.2.2      2      76        3.6        0.072       (70 ≤ 76 &lt; 80: 3 + 6/10)
 * 3.1       20      3         3          0.6
 * 4.1        5      4         4          0.2
 * 4.2.1      2.5    3.5       3.5        0.0875
 * 4.2.2      2.5    3         3          0.075
 * 4.3        3      4.5       4.5        0.135
 * 4.4        7      3.8       3.8        0.266
 * dimension 1 = 0.91666667, 2 = 0.92307692 + 0.294 + 0.135 + 0.1356 + 0.072 = 1.55967692, 3 = 0.6,
 * 4 = 0.2 + 0.0875 + 0.075 + 0.135 + 0.266 = 0.7635; total = 3.83984359
 * </pre>
 */
class CodiScorecardTest {
    private static final Offset<BigDecimal> EXACT = Offset.offset(new BigDecimal("0.0000001"));
    private static KnowledgeStore store;
    private static ScoringService scoring;

    @BeforeAll
    static void importIllustrative() {
        store = CodiFixture.freshStore();
        scoring = new ScoringService(QueryLibrary.load());
        scoring.importIllustrativeIfEmpty(store, Path.of(""), line -> { });
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void coherenceNumbersTheHandComputationUses() {
        var coherence = new AnalysisService(QueryLibrary.load()).analyze(store.source(), "codi", l -> { }).coherence();
        assertThat(coherence.objectiveCoverage()).as("CODI's objective coverage changed: re-work the hand computation").isEqualTo(100.0);
        assertThat(coherence.strategyItemsReached()).as("CODI's strategy coverage changed: re-work the hand computation").hasSize(10);
        assertThat(coherence.strategyItemsClaimed()).hasSize(12);
    }

    @Test
    void handWorkedScorecardOf2568() {
        Scorecard c = scoring.score(store.source(), "codi", 2568);
        assertThat(c.organization()).isEqualTo("codi");
        assertThat(c.fiscalYear()).isEqualTo(2568);
        assertThat(c.provisional()).isFalse();
        assertThat(c.missing()).isEmpty();
        assertThat(c.illustrative()).isTrue();

        assertLeaf(c, "1.1", "100", "graph", "5", "0.5");
        assertLeaf(c, "1.2", "83.33333333", "graph", "4.16666667", "0.41666667");
        assertLeaf(c, "2.1.1", "76.92307692", "measured", "3.69230769", "0.92307692");
        assertLeaf(c, "2.1.2", "4.2", "measured", "4.2", "0.294");
        assertLeaf(c, "2.2.1.1", "57.5", "measured", "4.5", "0.135");
        assertLeaf(c, "2.2.1.2", "92.6", "measured", "4.52", "0.1356");
        assertLeaf(c, "2.2.2", "76", "measured", "3.6", "0.072");
        assertLeaf(c, "3.1", "3", "rubric", "3", "0.6");
        assertLeaf(c, "4.1", "4", "measured", "4", "0.2");
        assertLeaf(c, "4.2.1", "3.5", "measured", "3.5", "0.0875");
        assertLeaf(c, "4.2.2", "3", "measured", "3", "0.075");
        assertLeaf(c, "4.3", "4.5", "measured", "4.5", "0.135");
        assertLeaf(c, "4.4", "3.8", "measured", "3.8", "0.266");

        assertThat(c.dimensions()).extracting(Scorecard.DimensionScore::code).containsExactly("1", "2", "3", "4");
        assertThat(dimension(c, "1").weighted()).isCloseTo(new BigDecimal("0.91666667"), EXACT);
        assertThat(dimension(c, "2").weighted()).isCloseTo(new BigDecimal("1.55967692"), EXACT);
        assertThat(dimension(c, "3").weighted()).isCloseTo(new BigDecimal("0.6"), EXACT);
        assertThat(dimension(c, "4").weighted()).isCloseTo(new BigDecimal("0.7635"), EXACT);
        assertThat(c.total()).isCloseTo(new BigDecimal("3.83984359"), EXACT);

        assertThat(c.matrix()).extracting(Scorecard.MatrixRow::code)
                .containsExactly("O1", "O2", "O3", "O4", "O5", "O6", "O7", "O8", "O9", "I1", "I2", "I3", "I4");
        assertThat(c.matrix().stream().filter(r -> !r.met()).map(Scorecard.MatrixRow::code)).containsExactly("O4", "O6", "I3");
        Scorecard.MatrixRow o3 = row(c, "O3");
        assertThat(o3.base()).isEqualByComparingTo("1100");
        assertThat(o3.baseYear()).isEqualTo(2567);
        assertThat(o3.target()).isCloseTo(new BigDecimal("1203.98009950"), EXACT);
        assertThat(row(c, "O1").target()).isEqualByComparingTo("72");
        assertThat(row(c, "O2").target()).isEqualByComparingTo("77");

        assertThat(c.rubric().level()).isEqualTo(3);
        assertThat(c.rubric().modelled()).isTrue();
        assertThat(leaf(c, "3.1").conditions()).isNotEmpty();
        assertThat(leaf(c, "1.1").conditions()).isNull();
        assertThat(leaf(c, "2.2.1.2").trace()).anySatisfy(t -> assertThat(t).contains("illustrative"))
                .anySatisfy(t -> assertThat(t).contains("90 ≤ 92.6 < 95"));
    }

    @Test
    void scoringWritesNothing() {
        long before = store.size();
        scoring.score(store.source(), "codi", 2568, MeasurementSet.of(List.of(whatIf("O4", "81"))));
        assertThat(store.size()).isEqualTo(before);
    }

    @Test
    void evaluatorValuesFor11And12And31WinOverTheGraph() {
        // a file's values (not stored) are the evaluator's: 1.1 85 % → 4 + 5/20 = 4.25; 1.2 72 % → 3 + 2/10 = 3.2; 3.1 level 4.5
        MeasurementSet evaluator = MeasurementSet.of(List.of(file("1.1", "85", "รายงานผู้ประเมิน"), file("1.2", "72", null),
                file("3.1", "4.5", "ผลการประชุมคณะอนุกรรมการ")));
        Scorecard c = scoring.score(store.source(), "codi", 2568, evaluator);
        assertLeaf(c, "1.1", "85", "evaluator", "4.25", "0.425");
        assertLeaf(c, "1.2", "72", "evaluator", "3.2", "0.32");
        assertLeaf(c, "3.1", "4.5", "evaluator", "4.5", "0.9");
        assertThat(leaf(c, "3.1").trace()).anySatisfy(t -> assertThat(t).contains("evidence: ผลการประชุมคณะอนุกรรมการ"))
                .anySatisfy(t -> assertThat(t).contains("the rubric gives level 3"));
        assertThat(leaf(c, "1.1").trace()).anySatisfy(t -> assertThat(t).contains("the graph analysis gives 100.0000 %"));
        // the rubric is still evaluated and shown
        assertThat(c.rubric().level()).isEqualTo(3);
    }

    @Test
    void storedThenFileThenWhatIfEachOverrideTheOneBefore() {
        // stored 92.6 → 4.52; the file's 91 → 4.2; the what-if 95 → 5
        MeasurementSet fileSet = MeasurementSet.of(List.of(file("2.2.1.2", "91", null)));
        MeasurementSet whatIf = MeasurementSet.of(List.of(whatIf("2.2.1.2", "95")));
        assertThat(leaf(scoring.score(store.source(), "codi", 2568), "2.2.1.2").score()).isEqualByComparingTo("4.52");
        assertThat(leaf(scoring.score(store.source(), "codi", 2568, fileSet), "2.2.1.2").score()).isEqualByComparingTo("4.2");
        Scorecard both = scoring.score(store.source(), "codi", 2568, fileSet, whatIf);
        assertThat(leaf(both, "2.2.1.2").score()).isEqualByComparingTo("5");
        assertThat(leaf(both, "2.2.1.2").trace()).anySatisfy(t -> assertThat(t).contains("what-if"));
    }

    @Test
    void whatIfOnTheMatrixMovesBoth211AndTheRubric() {
        // O4 81 ≥ 80: 11 of 13 met → 84.615385 % → 4 + 4.615385/20 = 4.2307692; outcomes 8 of 9 = 88.9 % ≥ 80 % → level 4
        // (CODI has the highest betweenness and liaison paths), impacts 3 of 4 = 75 % < 80 % → not 5
        Scorecard c = scoring.score(store.source(), "codi", 2568, MeasurementSet.of(List.of(whatIf("O4", "81"))));
        assertThat(leaf(c, "2.1.1").value()).isCloseTo(new BigDecimal("84.61538462"), EXACT);
        assertThat(leaf(c, "2.1.1").score()).isCloseTo(new BigDecimal("4.23076923"), EXACT);
        assertThat(c.rubric().level()).isEqualTo(4);
        assertThat(leaf(c, "3.1").score()).isEqualByComparingTo("4");
    }

    @Test
    void aSavedScorecardIsQueryableAndNeverLeaksIntoALaterRubric() {
        Scorecard saved = scoring.score(store.source(), "codi", 2567);
        var graph = scoring.save(store, saved);
        assertThat(graph.getURI()).isEqualTo("https://w3id.org/khumkha/graph/scorecard/codi/2567");
        var rows = store.source().select(QueryLibrary.load().get("scoring-compare-years").bind(Map.of("orgId", "codi")));
        int found = 0;
        while (rows.hasNext()) {
            var s = rows.next();
            if (s.getLiteral("fiscalYear").getInt() == 2567 && s.getLiteral("code").getString().equals("2.2.1.2")) {
                assertThat(new BigDecimal(s.getLiteral("score").getLexicalForm())).isEqualByComparingTo(leaf(saved, "2.2.1.2").score());
                assertThat(s.getLiteral("source").getString()).isEqualTo("measured");
                found++;
            }
        }
        assertThat(found).isEqualTo(1);
        // save 2568 with O4 not met, then score a what-if with O4 met: the stored matrix results are hidden
        scoring.save(store, scoring.score(store.source(), "codi", 2568));
        Scorecard whatIf = scoring.score(store.source(), "codi", 2568, MeasurementSet.of(List.of(whatIf("O4", "81"))));
        assertThat(whatIf.rubric().level()).isEqualTo(4);
    }

    @Test
    void aYearWithoutBaseYearResultsListsThemAsMissing() {
        // 2566: relative targets need 2565 results, which no one gave; O3's growth needs 2564 → 2565 too
        Scorecard c = scoring.score(store.source(), "codi", 2566);
        assertThat(c.provisional()).isTrue();
        assertThat(c.missing()).anySatisfy(m -> {
            assertThat(m.code()).isEqualTo("O1");
            assertThat(m.reason()).contains("2565");
        });
        assertThat(row(c, "O2").met()).isFalse(); // absolute: 64 < 77, not missing
        assertThat(c.missing()).noneMatch(m -> m.code().equals("O2"));
        assertThat(row(c, "O1").trace()).anySatisfy(t -> assertThat(t).contains("base year shifted"));
    }

    @Test
    void aLevelBasedValueIsTheScoreDecimalsIncluded() {
        // 4.4 weight 7: level 2.75 → score 2.75, weighted 2.75 × 7 / 100 = 0.1925; 2.1.2 level 1 → 1 (not below level 1)
        Scorecard c = scoring.score(store.source(), "codi", 2568, MeasurementSet.of(List.of(whatIf("4.4", "2.75"), whatIf("2.1.2", "1"))));
        assertLeaf(c, "4.4", "2.75", "measured", "2.75", "0.1925");
        assertLeaf(c, "2.1.2", "1", "measured", "1", "0.07");
        assertThat(leaf(c, "2.1.2").belowLevelOne()).isFalse();
        assertThat(leaf(c, "4.4").trace()).anySatisfy(t -> assertThat(t).contains("level-based"));
    }

    @Test
    void withoutMeasurementsEveryMeasuredLeafIsMissingAndTheScorecardProvisional() {
        // the shared store has the graph but no measurement: 1.1 (0.5), 1.2 (0.41666667) and 3.1 (level 3: 0.6) still
        // come from the graph; 2.1.1 = 0 of 13 met = 0 % → below level 1 → 0; the nine measured leaves score 0.
        // total = 0.5 + 0.41666667 + 0.6 = 1.51666667
        Scorecard c = scoring.score(CodiFixture.store().source(), "codi", 2568);
        assertThat(c.provisional()).isTrue();
        assertThat(c.illustrative()).isFalse();
        assertThat(c.missing()).extracting(Scorecard.MissingItem::code).containsExactlyInAnyOrder(
                "2.1.2", "2.2.1.1", "2.2.1.2", "2.2.2", "4.1", "4.2.1", "4.2.2", "4.3", "4.4",
                "O1", "O2", "O3", "O4", "O5", "O6", "O7", "O8", "O9", "I1", "I2", "I3", "I4");
        assertThat(leaf(c, "4.1").value()).isNull();
        assertThat(leaf(c, "4.1").source()).isNull();
        assertThat(leaf(c, "4.1").score()).isEqualByComparingTo("0");
        assertThat(leaf(c, "2.1.1").value()).isEqualByComparingTo("0");
        assertThat(leaf(c, "2.1.1").belowLevelOne()).isTrue();
        assertThat(c.total()).isCloseTo(new BigDecimal("1.51666667"), EXACT);
    }

    @Test
    void badYearOrOrganizationIsRefusedWithAHint() {
        assertThatThrownBy(() -> scoring.score(store.source(), "codi", 2025)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("C.E.").hasMessageContaining("2568");
        assertThatThrownBy(() -> scoring.score(store.source(), "nope", 2568)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown organization 'nope'").hasMessageContaining("codi");
        assertThatThrownBy(() -> scoring.score(store.source(), "CODI!", 2568)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Measurement file(String code, String value, String evidence) {
        return new Measurement("codi", code, 2568, new BigDecimal(value), evidence,
                new Measurement.Origin(Measurement.Kind.FILE, "evaluator.csv"), false);
    }

    private static Measurement whatIf(String code, String value) {
        return new Measurement("codi", code, 2568, new BigDecimal(value), null,
                new Measurement.Origin(Measurement.Kind.WHAT_IF, "--set " + code + "=" + value), false);
    }

    static void assertLeaf(Scorecard c, String code, String value, String source, String score, String weighted) {
        Scorecard.IndicatorScore i = leaf(c, code);
        assertThat(i.value()).as(code + " value").isCloseTo(new BigDecimal(value), EXACT);
        assertThat(i.source()).as(code + " source").isEqualTo(source);
        assertThat(i.score()).as(code + " score").isCloseTo(new BigDecimal(score), EXACT);
        assertThat(i.weighted()).as(code + " weighted").isCloseTo(new BigDecimal(weighted), EXACT);
    }

    static Scorecard.IndicatorScore leaf(Scorecard c, String code) {
        return c.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private static Scorecard.DimensionScore dimension(Scorecard c, String code) {
        return c.dimensions().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }

    private static Scorecard.MatrixRow row(Scorecard c, String code) {
        return c.matrix().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }
}
