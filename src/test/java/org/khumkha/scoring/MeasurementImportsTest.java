package org.khumkha.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.khumkha.graph.GraphLoader;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.graph.LoadException;
import org.khumkha.graph.Vocab;
import org.khumkha.query.QueryLibrary;
import org.khumkha.scoring.measurement.MeasurementStore;
import org.khumkha.testing.CodiFixture;

/** Validate-then-write on a real TDB2 store: one transaction, history of replaced values, nothing on bad input. */
class MeasurementImportsTest {
    private static final String HEADER = "organization,indicator,fiscal_year,value,evidence\n";
    private static final Path ILLUSTRATIVE = Path.of("data/codi/measurements-illustrative-2566-2568.csv");

    private final ScoringService scoring = new ScoringService(QueryLibrary.load());
    private final MeasurementImports imports = new MeasurementImports(scoring);

    @Test
    void importsTheIllustrativeFileIntoAnEmptyStoreOnceAndSaysSo() throws Exception {
        try (KnowledgeStore store = CodiFixture.freshStore()) {
            List<String> log = new ArrayList<>();
            List<MeasurementImports.Outcome> first = scoring.importIllustrativeIfEmpty(store, Path.of(""), log::add);
            assertThat(first).singleElement().satisfies(o -> {
                assertThat(o.committed()).isTrue();
                assertThat(o.written().added()).isEqualTo(66); // 9 leaves + 13 matrix indicators, 3 years each
            });
            assertThat(log).singleElement().satisfies(l -> assertThat(l).contains("ILLUSTRATIVE").contains(ILLUSTRATIVE.toString()));
            assertThat(current(store)).hasSize(66).allSatisfy(m -> {
                assertThat(has(store, m, "provenance", Vocab.kk("Illustrative"))).isTrue();
                assertThat(object(store, m, "importedAt")).isNotNull();
                assertThat(object(store, m, "sourceFile").getLiteralLexicalForm()).isEqualTo(ILLUSTRATIVE.getFileName().toString());
            });
            // a store that has measurements is left alone
            assertThat(scoring.importIllustrativeIfEmpty(store, Path.of(""), log::add)).isEmpty();
            assertThat(log).hasSize(1);
        }
    }

    @Test
    void replacingAValueKeepsTheOldOneAsHistoryAndReimportingChangesNothing() throws Exception {
        try (KnowledgeStore store = CodiFixture.freshStore()) {
            byte[] v1 = (HEADER + "codi,2.2.1.2,2568,88,รายงานไตรมาส 3\ncodi,4.1,2568,4,\n").getBytes(StandardCharsets.UTF_8);
            assertThat(imports.importFile(store, "q3.csv", v1, false, true).written().added()).isEqualTo(2);
            long afterFirst = store.size();
            MeasurementImports.Outcome again = imports.importFile(store, "q3.csv", v1, false, true);
            assertThat(again.written().unchanged()).isEqualTo(2);
            assertThat(again.written().written()).isZero();
            assertThat(store.size()).isEqualTo(afterFirst);

            byte[] v2 = (HEADER + "codi,2.2.1.2,2568,92.6,รายงานประจำปี\n").getBytes(StandardCharsets.UTF_8);
            MeasurementImports.Outcome replaced = imports.importFile(store, "annual.csv", v2, false, true);
            assertThat(replaced.written().replaced()).isEqualTo(1);

            Node indicator = org.apache.jena.graph.NodeFactory.createURI(Vocab.FRAMEWORK + "ind-2.2.1.2");
            List<Node> superseded = subjects(store, RDF.type.asNode(), Vocab.kk("SupersededMeasurement"));
            assertThat(superseded).singleElement().satisfies(old -> {
                assertThat(new java.math.BigDecimal(object(store, old, "value").getLiteralLexicalForm())).isEqualByComparingTo("88");
                assertThat(object(store, old, "importedAt")).isNotNull();
                assertThat(object(store, old, "sourceFile").getLiteralLexicalForm()).isEqualTo("q3.csv");
                Node next = object(store, old, "replacedBy");
                assertThat(new java.math.BigDecimal(object(store, next, "value").getLiteralLexicalForm())).isEqualByComparingTo("92.6");
                assertThat(has(store, old, "forIndicator", indicator)).isTrue();
            });
            assertThat(scoring.storedMeasurements(store.source(), "codi").find("codi", "2.2.1.2", 2568).orElseThrow().value())
                    .isEqualByComparingTo("92.6");
            // the history query shows both
            var rows = store.source().select(QueryLibrary.load().get("scoring-measurement-history").bind(java.util.Map.of("orgId", "codi")));
            int n = 0;
            while (rows.hasNext()) {
                var s = rows.next();
                if (s.getLiteral("code").getString().equals("2.2.1.2")) {
                    n++;
                }
            }
            assertThat(n).isEqualTo(2);
        }
    }

    @Test
    void aFileWithOneBadRowWritesNothingAndValidationAloneNeverWrites() throws Exception {
        try (KnowledgeStore store = CodiFixture.freshStore()) {
            long before = store.size();
            byte[] bad = (HEADER + "codi,4.1,2568,4,\ncodi,4.4,2025,3,\n").getBytes(StandardCharsets.UTF_8);
            MeasurementImports.Outcome o = imports.importFile(store, "bad.csv", bad, false, true);
            assertThat(o.committed()).isFalse();
            assertThat(o.validation().problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(3));
            assertThat(store.size()).isEqualTo(before);

            byte[] good = (HEADER + "codi,4.1,2568,4,\n").getBytes(StandardCharsets.UTF_8);
            MeasurementImports.Outcome dry = imports.importFile(store, "good.csv", good, false, false);
            assertThat(dry.validation().ok()).isTrue();
            assertThat(dry.committed()).isFalse();
            assertThat(store.size()).isEqualTo(before);
            assertThat(Txn.calculateRead(store.dataset(), () ->
                    store.dataset().asDatasetGraph().containsGraph(MeasurementStore.graphName("codi")))).isFalse();
        }
    }

    /** Each bad-input class of the importer, in a file whose other row is good: refused whole, store unchanged. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "C.E. year                | codi,4.4,2025,3,",
            "unknown organization     | xyz,4.4,2568,3,",
            "unknown indicator        | codi,9.9,2568,3,",
            "group code               | codi,2.2,2568,3,",
            "percent above 100        | codi,2.2.2,2568,101,",
            "count not whole          | codi,O2,2568,80.5,",
            "count negative           | codi,O3,2568,-3,",
            "ratio negative           | codi,O7,2568,-1,",
            "level above 5            | codi,4.4,2568,5.5,",
            "level below 1            | codi,4.4,2568,0,",
            "not a number             | codi,4.4,2568,สาม,",
            "empty value              | codi,4.4,2568,,",
            "duplicate                | codi,4.1,2568,4.5,",
            "cell outside the header  | codi,4.4,2568,3,,extra",
            "unclosed quote           | codi,4.4,2568,3,\"never closed"})
    void everyBadInputClassLeavesTheStoreUnchanged(String kind, String badRow) {
        KnowledgeStore store = shared();
        long before = store.size();
        byte[] file = (HEADER + "codi,4.1,2568,4,\n" + badRow + "\n").getBytes(StandardCharsets.UTF_8);
        MeasurementImports.Outcome o = imports.importFile(store, kind + ".csv", file, false, true);
        assertThat(o.committed()).as(kind).isFalse();
        assertThat(o.validation().problems()).as(kind).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(3));
        assertThat(store.size()).as(kind).isEqualTo(before);
        assertThat(new MeasurementStore(store).hasMeasurements()).isFalse();
    }

    private static KnowledgeStore sharedStore;

    private static synchronized KnowledgeStore shared() {
        if (sharedStore == null) {
            sharedStore = CodiFixture.freshStore();
        }
        return sharedStore;
    }

    @Test
    void loadNeverImportsMeasurementFiles() {
        // the default load of ontology/ and data/ (which holds the illustrative CSV) stores no measurement …
        assertThat(new MeasurementStore(CodiFixture.store()).hasMeasurements()).isFalse();
        // … and naming a CSV to load is refused with a pointer to 'import'
        try (KnowledgeStore store = CodiFixture.emptyStore()) {
            assertThatThrownBy(() -> new GraphLoader(Path.of(""), l -> { }).load(store, List.of(ILLUSTRATIVE)))
                    .isInstanceOf(LoadException.class).hasMessageContaining("import");
            assertThat(store.isEmpty()).isTrue();
        }
        assertThat(Files.exists(ILLUSTRATIVE)).isTrue();
    }

    private static List<Node> current(KnowledgeStore store) {
        return subjects(store, RDF.type.asNode(), Vocab.kk("Measurement"));
    }

    private static List<Node> subjects(KnowledgeStore store, Node p, Node o) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<Node> out = new ArrayList<>();
            store.dataset().asDatasetGraph().find(Node.ANY, Node.ANY, p, o).forEachRemaining(q -> out.add(q.getSubject()));
            return out;
        });
    }

    private static Node object(KnowledgeStore store, Node s, String kkProperty) {
        return Txn.calculateRead(store.dataset(), () -> {
            var it = store.dataset().asDatasetGraph().find(Node.ANY, s, Vocab.kk(kkProperty), Node.ANY);
            return it.hasNext() ? it.next().getObject() : null;
        });
    }

    private static boolean has(KnowledgeStore store, Node s, String kkProperty, Node o) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().find(Node.ANY, s, Vocab.kk(kkProperty), o).hasNext());
    }

}
