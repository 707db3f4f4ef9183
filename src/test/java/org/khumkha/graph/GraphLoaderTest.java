package org.khumkha.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khumkha.testing.CodiFixture;

/** Loading is all or nothing, and every bad file is reported with its name, line and column. */
class GraphLoaderTest {
    private static final Path BROKEN = Path.of("src/test/files/broken");
    private static final Path GOOD = Path.of("src/test/files/good-extra.ttl");

    private KnowledgeStore store;
    private final GraphLoader loader = new GraphLoader(Path.of(""), line -> { });

    @BeforeEach
    void openStore() {
        store = CodiFixture.freshStore();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void loadsOntologyAndDataIntoSelfDescribingNamedGraphs() {
        assertThat(store.size()).isGreaterThan(4000);
        assertThat(org.khumkha.testing.Rows.of(store.source(), "framework-weight-totals"))
                .as("queries see the union of the named graphs as their default graph").hasSize(1);
        Dataset ds = store.dataset();
        Txn.executeRead(ds, () -> {
            assertThat(ds.containsNamedModel(Vocab.GRAPH + "ontology/khumkha")).isTrue();
            assertThat(ds.containsNamedModel(Vocab.GRAPH + "codi/attachment-4")).isTrue();
            assertThat(ds.asDatasetGraph().getDefaultGraph().isEmpty()).as("nothing is stored outside a named graph").isTrue();
        });
    }

    @Test
    void reloadingTheSameFilesReplacesTheirGraphsInsteadOfDuplicating() {
        long before = store.size();
        loader.load(store, CodiFixture.defaultSources());
        assertThat(store.size()).isEqualTo(before);
    }

    @Test
    void aMalformedFileIsReportedWithFileLineAndColumnAndTheStoreIsUnchanged() {
        Set<Quad> before = snapshot();
        assertThatThrownBy(() -> loader.load(store, List.of(GOOD, BROKEN.resolve("malformed.ttl"))))
                .isInstanceOfSatisfying(LoadException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    LoadProblem p = e.problems().get(0);
                    assertThat(p.file()).isEqualTo("src/test/files/broken/malformed.ttl");
                    assertThat(p.line()).isEqualTo(6);
                    assertThat(p.column()).isPositive();
                    assertThat(p.toString()).startsWith("src/test/files/broken/malformed.ttl:6:");
                });
        assertUnchanged(before);
    }

    @Test
    void aNonNumericValueIsRefusedWithItsLine() {
        Set<Quad> before = snapshot();
        assertThatThrownBy(() -> loader.load(store, List.of(BROKEN.resolve("non-numeric-weight.ttl"))))
                .isInstanceOfSatisfying(LoadException.class, e -> {
                    LoadProblem p = e.problems().get(0);
                    assertThat(p.line()).isEqualTo(4);
                    assertThat(p.message()).contains("ten");
                });
        assertUnchanged(before);
    }

    @Test
    void aCommonEraYearIsRefusedWithTheBuddhistEraHint() {
        Set<Quad> before = snapshot();
        assertThatThrownBy(() -> loader.load(store, List.of(GOOD, BROKEN.resolve("common-era-year.ttl"))))
                .isInstanceOfSatisfying(LoadException.class, e -> {
                    LoadProblem p = e.problems().get(0);
                    assertThat(p.file()).endsWith("common-era-year.ttl");
                    assertThat(p.line()).isEqualTo(4);
                    assertThat(p.message()).contains("2025 is not a B.E. year").contains("2568");
                });
        assertUnchanged(before);
    }

    @Test
    void aMeasurementFileIsNotLoaded() {
        assertThatThrownBy(() -> loader.load(store, List.of(Path.of("pom.xml"))))
                .isInstanceOfSatisfying(LoadException.class,
                        e -> assertThat(e.problems().get(0).message()).contains("not an RDF file").contains("import"));
    }

    @Test
    void aGoodFileLandsInAGraphNamedAfterIt() {
        loader.load(store, List.of(GOOD));
        Txn.executeRead(store.dataset(), () ->
                assertThat(store.dataset().containsNamedModel(Vocab.GRAPH + "src/test/files/good-extra")).isTrue());
    }

    /** Every quad, blank nodes included: TDB2 keeps blank-node identity, so an untouched store compares equal. */
    private Set<Quad> snapshot() {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<Quad> quads = new HashSet<>();
            store.dataset().asDatasetGraph().find().forEachRemaining(quads::add);
            return quads;
        });
    }

    private void assertUnchanged(Set<Quad> before) {
        assertThat(snapshot()).as("the store is exactly as it was").isEqualTo(before);
    }
}
