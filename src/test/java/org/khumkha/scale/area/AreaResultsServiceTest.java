package org.khumkha.scale.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khumkha.graph.GraphLoader;
import org.khumkha.graph.GraphSource;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.graph.ShaclValidation;
import org.khumkha.scale.NationalGenerator;
import org.khumkha.scoring.ScoringService;
import org.khumkha.testing.CodiFixture;
import org.khumkha.testing.Rows;

/**
 * A small synthetic country (F = 0.005: 2 provinces, 4 districts, 36 tambons) generated, loaded with ontology/ and
 * data/ into a real TDB2 store, and read back: the Java roll-up, the SPARQL view by province and the national value
 * that scoring reads must agree, and the whole store must pass the SHACL shapes.
 */
class AreaResultsServiceTest {
    static final double SCALE = 0.005;
    static KnowledgeStore store;
    static GraphSource source;

    @BeforeAll
    static void generateAndLoad() throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("khumkha-synthetic");
        new NationalGenerator(SCALE, 11, line -> { }).write(dir);
        store = CodiFixture.emptyStore();
        List<Path> sources = new ArrayList<>(GraphLoader.DEFAULT_SOURCES.stream().map(Path::of).toList());
        sources.add(dir);
        new GraphLoader(Path.of(""), line -> { }).load(store, sources);
        source = store.source();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theTreeHasTheGeneratedAreas() {
        AreaTree tree = new AreaResultsService(Rows.library()).tree(source);
        assertThat(tree.atLevel(AreaLevel.NATION)).hasSize(1);
        assertThat(tree.atLevel(AreaLevel.PROVINCE)).extracting(Area::code).containsExactly("10", "11");
        assertThat(tree.atLevel(AreaLevel.DISTRICT)).hasSize(4);
        assertThat(tree.atLevel(AreaLevel.TAMBON)).hasSize(36);
        assertThat(tree.atLevel(AreaLevel.TAMBON).get(0).labelTh()).startsWith("ตำบลสังเคราะห์");
    }

    @Test
    void theNationalValueScoringReadsIsTheRollUpOfTheAreaResults() {
        AreaResultsService service = new AreaResultsService(Rows.library());
        var stored = new ScoringService(Rows.library()).storedMeasurements(source, NationalGenerator.ORG_ID);
        for (String code : List.of("O1", "O3", "O5", "O6", "O7", "I1")) {
            var rollUp = service.rollUp(source, NationalGenerator.ORG_ID, code, 2568);
            Area nation = rollUp.rollUp().totals().values().stream().map(AreaTotals::area)
                    .filter(a -> a.level() == AreaLevel.NATION).findFirst().orElseThrow();
            BigDecimal national = rollUp.rollUp().totals(nation.iri()).value(rollUp.multiplier());
            assertThat(stored.find(NationalGenerator.ORG_ID, code, 2568)).as(code).hasValueSatisfying(
                    m -> assertThat(m.value()).isEqualByComparingTo(national));
        }
    }

    @Test
    void theSparqlViewByProvinceAgreesWithTheJavaRollUp() {
        var rollUp = new AreaResultsService(Rows.library()).rollUp(source, NationalGenerator.ORG_ID, "O5", 2567);
        List<AreaResultsService.Row> java = rollUp.atLevel(AreaLevel.PROVINCE);
        List<Map<String, String>> sparql = Rows.of(source, "area-indicator-by-province",
                Map.of("orgId", NationalGenerator.ORG_ID, "code", "O5", "fiscalYear", "2567"));
        assertThat(sparql).hasSize(java.size());
        for (int i = 0; i < java.size(); i++) {
            AreaResultsService.Row row = java.get(i);
            assertThat(sparql.get(i).get("provinceCode")).isEqualTo(row.totals().area().code());
            assertThat(new BigDecimal(sparql.get(i).get("numerator"))).isEqualByComparingTo(row.totals().numerator());
            assertThat(new BigDecimal(sparql.get(i).get("denominator"))).isEqualByComparingTo(row.totals().denominator());
            assertThat(new BigDecimal(sparql.get(i).get("value")).subtract(row.value()).abs()).isLessThan(new BigDecimal("0.0001"));
        }
        List<Map<String, String>> counts = Rows.of(source, "area-indicator-by-province",
                Map.of("orgId", NationalGenerator.ORG_ID, "code", "O3", "fiscalYear", "2568"));
        assertThat(counts).allSatisfy(r -> assertThat(r.get("denominator")).isNull());
    }

    @Test
    void unknownIndicatorsAreNamed() {
        assertThatThrownBy(() -> new AreaResultsService(Rows.library()).rollUp(source, NationalGenerator.ORG_ID, "Z9", 2568))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Z9");
    }

    @Test
    void theGeneratedGraphPassesTheShapes() {
        ShaclValidation.Result r = new ShaclValidation(store).validate();
        assertThat(r.findings()).as("SHACL findings").isEmpty();
        assertThat(r.conforms()).isTrue();
    }
}
