package org.khumkha.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.query.Dataset;

import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khumkha.scale.NationalGenerator;
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

    @Test
    void bulkLoadingStoresWhatTheOneTransactionLoadStores(@TempDir Path temp) {
        new NationalGenerator(0.002, 5, line -> { }).write(temp.resolve("data"));
        List<Path> files = List.of(temp.resolve("data"), Path.of("ontology/khumkha.ttl"));
        List<String> progress = new ArrayList<>();
        try (KnowledgeStore bulk = CodiFixture.emptyStore(); KnowledgeStore plain = CodiFixture.emptyStore()) {
            var bulkReport = new GraphLoader(Path.of(""), progress::add, GraphLoader.Strategy.BULK).load(bulk, files);
            var plainReport = new GraphLoader(Path.of(""), line -> { }, GraphLoader.Strategy.TRANSACTION).load(plain, files);
            assertThat(bulkReport.strategy()).isEqualTo(GraphLoader.Strategy.BULK);
            assertThat(bulkReport.quads()).isEqualTo(plainReport.quads());
            assertThat(bulk.size()).isEqualTo(plain.size()).isEqualTo(bulkReport.quads());
            assertThat(withoutBlankNodes(bulk)).isEqualTo(withoutBlankNodes(plain));
            assertThat(progress).anySatisfy(l -> assertThat(l).startsWith("load: reading and writing: done,"))
                    .anySatisfy(l -> assertThat(l).contains("bulk: checked while the phased loader wrote an empty store"));
            // a second bulk load into the now non-empty store checks first, then replaces the graphs instead of duplicating them
            List<String> again = new ArrayList<>();
            new GraphLoader(Path.of(""), again::add, GraphLoader.Strategy.BULK).load(bulk, files);
            assertThat(bulk.size()).isEqualTo(plain.size());
            assertThat(again).anySatisfy(l -> assertThat(l).startsWith("load: writing: done,"))
                    .anySatisfy(l -> assertThat(l).contains("bulk: checked, then phased loader"));
        }
    }

    @Test
    void bulkLoadingWritesNothingWhenAnyFileIsBadAndLocatesEveryWrongYear(@TempDir Path temp) throws Exception {
        Path good = temp.resolve("good.trig");
        Files.writeString(good, "<https://example.org/g> { <https://example.org/s> <https://example.org/p> 1 . }\n");
        Path bad = temp.resolve("bad.trig");
        Files.writeString(bad, """
                @prefix kk: <https://w3id.org/khumkha#> .
                <https://example.org/g2> {
                  <https://example.org/s> kk:fiscalYear 2025 .
                  <https://example.org/t> kk:baseYear 2564 .
                  <https://example.org/u> kk:targetYear 2026 .
                }
                """);
        Set<Quad> before = snapshot();
        assertThatThrownBy(() -> new GraphLoader(temp, line -> { }, GraphLoader.Strategy.BULK).load(store, List.of(good, bad)))
                .isInstanceOfSatisfying(LoadException.class, e -> {
                    assertThat(e.storeUnchanged()).isTrue();
                    assertThat(e.problems()).extracting(LoadProblem::toString).containsExactly(
                            "bad.trig:3:41: kk:fiscalYear 2025 is not a B.E. year (expected 2400-2700) — it looks like a C.E. year; the B.E. year is 2568",
                            "bad.trig:5:41: kk:targetYear 2026 is not a B.E. year (expected 2400-2700) — it looks like a C.E. year; the B.E. year is 2569");
                });
        assertUnchanged(before);
    }

    @Test
    void aBadFileFoundWhileBulkLoadingAnEmptyStoreLeavesItEmpty(@TempDir Path temp) throws Exception {
        new NationalGenerator(0.002, 5, line -> { }).write(temp.resolve("data"));
        Path bad = temp.resolve("data/99-bad.trig");
        Files.writeString(bad, "@prefix kk: <https://w3id.org/khumkha#> .\n<https://example.org/g9> {\n"
                + "  <https://example.org/s> kk:fiscalYear 2025 .\n  <https://example.org/s> <https://example.org/p> \"x\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n}\n");
        try (KnowledgeStore empty = CodiFixture.emptyStore()) {
            assertThatThrownBy(() -> new GraphLoader(temp, line -> { }, GraphLoader.Strategy.BULK).load(empty, List.of(temp.resolve("data"))))
                    .isInstanceOfSatisfying(LoadException.class, e -> {
                        assertThat(e.storeUnchanged()).isTrue();
                        assertThat(e.problems()).extracting(LoadProblem::toString)
                                .containsExactly("data/99-bad.trig:4:51: Lexical form 'x' not valid for datatype XSD integer");
                    });
            assertThat(empty.isEmpty()).as("the quads of the good files written before the bad one was read are gone").isTrue();
        }
    }

    @Test
    void autoLoadsSmallInputInOneTransaction() {
        var report = new GraphLoader(Path.of(""), line -> { }).load(store, List.of(GOOD));
        assertThat(report.strategy()).isEqualTo(GraphLoader.Strategy.TRANSACTION);
    }

    private static Set<Quad> withoutBlankNodes(KnowledgeStore s) {
        return Txn.calculateRead(s.dataset(), () -> {
            Set<Quad> quads = new HashSet<>();
            s.dataset().asDatasetGraph().find().forEachRemaining(q -> {
                if (!q.getSubject().isBlank() && !q.getObject().isBlank()) {
                    quads.add(q);
                }
            });
            return quads;
        });
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
