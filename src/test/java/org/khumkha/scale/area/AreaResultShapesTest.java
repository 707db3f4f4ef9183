package org.khumkha.scale.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.khumkha.graph.GraphLoader;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.graph.ShaclValidation;
import org.khumkha.testing.CodiFixture;

/**
 * ontology/shapes.ttl on area-level results: CODI's MOU plus {@code src/test/files/area/area-results-shapes.trig} (three
 * good results, among them a ratio of 2.5 which is allowed, and four results bad in one way each) in a real TDB2 store.
 * CODI's data alone conforms (it has no area result); a generated country conforms too (AreaResultsServiceTest).
 */
class AreaResultShapesTest {

    @Test
    void eachBadAreaResultIsReportedOnceInThaiAndEnglishAndTheGoodOnesPass() {
        try (KnowledgeStore store = CodiFixture.emptyStore()) {
            List<Path> sources = new ArrayList<>(CodiFixture.defaultSources());
            sources.add(Path.of("src/test/files/area/area-results-shapes.trig"));
            new GraphLoader(Path.of(""), line -> { }).load(store, sources);
            ShaclValidation.Result r = new ShaclValidation(store).validate();
            assertThat(r.conforms()).isFalse();
            List<ShaclValidation.Finding> findings = r.findings();
            assertThat(findings).extracting(ShaclValidation.Finding::focusNode)
                    .allSatisfy(f -> assertThat(f).contains("test-area/bad-"))
                    .anySatisfy(f -> assertThat(f).contains("bad-above"))
                    .anySatisfy(f -> assertThat(f).contains("bad-zero"))
                    .anySatisfy(f -> assertThat(f).contains("bad-negative"))
                    .anySatisfy(f -> assertThat(f).contains("bad-no-area"));
            assertThat(findings).hasSize(4);
            assertThat(message(findings, "bad-above")).contains("ตัวตั้งมากกว่าตัวหาร").contains("the numerator exceeds the denominator");
            assertThat(message(findings, "bad-zero")).contains("มากกว่า 0").contains("above 0");
            assertThat(message(findings, "bad-negative")).contains("ไม่ติดลบ").contains("0 or more");
            assertThat(message(findings, "bad-no-area")).contains("พื้นที่").contains("exactly one area");
        }
    }

    @Test
    void codisOwnDataConforms() {
        ShaclValidation.Result r = new ShaclValidation(CodiFixture.store()).validate();
        assertThat(r.findings()).isEmpty();
    }

    private static String message(List<ShaclValidation.Finding> findings, String focus) {
        return findings.stream().filter(f -> f.focusNode().contains(focus)).findFirst().orElseThrow().message();
    }
}
