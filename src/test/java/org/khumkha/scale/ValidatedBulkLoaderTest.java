package org.khumkha.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khumkha.graph.GraphLoader;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.graph.LoadException;
import org.khumkha.testing.CodiFixture;

/** The bulk-load proposal stores what {@code load} stores, and writes nothing when any file is bad. */
class ValidatedBulkLoaderTest {
    @TempDir
    Path temp;

    @Test
    void storesTheSameQuadsAsLoad() {
        new NationalGenerator(0.002, 5, line -> { }).write(temp.resolve("data"));
        List<Path> files = List.of(temp.resolve("data"), Path.of("ontology/khumkha.ttl"));
        try (KnowledgeStore bulk = CodiFixture.emptyStore(); KnowledgeStore plain = CodiFixture.emptyStore()) {
            ValidatedBulkLoader.Report r = new ValidatedBulkLoader(Path.of(""), line -> { }).load(bulk, files);
            new GraphLoader(Path.of(""), line -> { }).load(plain, files);
            assertThat(bulk.size()).isEqualTo(plain.size());
            assertThat(r.graphs()).isGreaterThan(10);
            // the ontology's triples went into the graph named after its file, as load puts them
            assertThat(bulk.dataset().calculateRead(() -> bulk.dataset().containsNamedModel("https://w3id.org/khumkha/graph/ontology/khumkha")))
                    .isTrue();
        }
    }

    @Test
    void aBadFileStopsEverythingBeforeAnyWrite() throws Exception {
        Path good = temp.resolve("good.trig");
        Files.writeString(good, "<https://example.org/g> { <https://example.org/s> <https://example.org/p> 1 . }\n");
        Path bad = temp.resolve("bad.trig");
        Files.writeString(bad, "@prefix kk: <https://w3id.org/khumkha#> .\n<https://example.org/g2> {\n"
                + "  <https://example.org/s> kk:fiscalYear 2025 .\n  <https://example.org/s> <https://example.org/p> \"x\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n}\n");
        try (KnowledgeStore store = CodiFixture.emptyStore()) {
            assertThatThrownBy(() -> new ValidatedBulkLoader(temp, line -> { }).load(store, List.of(good, bad)))
                    .isInstanceOf(LoadException.class)
                    .satisfies(e -> assertThat(((LoadException) e).problems()).extracting(p -> p.toString())
                            .anySatisfy(p -> assertThat(p).contains("bad.trig").contains("2025"))
                            .anySatisfy(p -> assertThat(p).contains("bad.trig:4")));
            assertThat(store.isEmpty()).isTrue();
        }
    }
}
