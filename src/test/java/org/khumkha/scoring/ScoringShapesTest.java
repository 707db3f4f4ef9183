package org.khumkha.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.graph.ShaclValidation;
import org.khumkha.query.QueryLibrary;
import org.khumkha.testing.CodiFixture;

/** What scoring writes (measurements, their history, saved scorecards) and its rubric obey the project's SHACL shapes. */
class ScoringShapesTest {

    @Test
    void importedMeasurementsAndSavedScorecardsConform() {
        try (KnowledgeStore store = CodiFixture.freshStore()) {
            ScoringService scoring = new ScoringService(QueryLibrary.load());
            scoring.importIllustrativeIfEmpty(store, Path.of(""), l -> { });
            new MeasurementImports(scoring).importFile(store, "replace.csv",
                    "organization,indicator,fiscal_year,value,evidence\ncodi,4.1,2568,4.2,\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    false, true);
            scoring.save(store, scoring.score(store.source(), "codi", 2568));
            ShaclValidation.Result result = new ShaclValidation(store).validate();
            assertThat(result.findings()).filteredOn(f -> f.focusNode().contains("measurement") || f.focusNode().contains("scorecard")
                    || f.focusNode().contains("rubric")).isEmpty();
            assertThat(result.conforms()).as(result.findings().toString()).isTrue();
        }
    }
}
