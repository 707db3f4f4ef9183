package org.khumkha.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.khumkha.graph.GraphSource;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.graph.Vocab;
import org.khumkha.query.QueryLibrary;

/** The result written back as g:analysis/&lt;orgId&gt;, queried with the library's named queries. */
class AnalysisWriteBackTest {
    private final QueryLibrary queries = QueryLibrary.load();
    private final AnalysisService service = new AnalysisService(queries);

    private List<QuerySolution> select(GraphSource source, String name, String orgId) {
        List<QuerySolution> rows = new ArrayList<>();
        source.select(queries.get(name).bind(Map.of("orgId", orgId))).forEachRemaining(rows::add);
        return rows;
    }

    @Test
    void betweennessIsQueryableAndRunsReplaceEachOther() {
        try (KnowledgeStore store = AnalysisServiceToyTest.toyStore()) {
            AnalysisResult first = service.analyze(store.source(), "toy", s -> { });
            service.writeBack(store, "toy", first);

            // SELECT ?actor ?betweenness … from the analysis graph: four actors, the two brokers (2.0) first.
            List<QuerySolution> rows = select(store.source(), "analysis-actor-measures", "toy");
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).getLiteral("betweenness").getDouble()).isEqualTo(2.0);
            assertThat(rows.get(0).getLiteral("betweennessNormalized").getDouble()).isEqualTo(0.666667);
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.getResource("actor").getURI()).isEqualTo(AnalysisServiceToyTest.TOY);
                assertThat(r.getLiteral("label").getString()).isEqualTo("องค์การทดลอง");
                assertThat(r.getLiteral("constraint").getDouble()).isEqualTo(0.68);
                assertThat(r.getLiteral("brokerageRoles").getString()).isEqualTo("liaison");
            });

            List<QuerySolution> coherence = select(store.source(), "analysis-coherence", "toy");
            assertThat(coherence).singleElement().satisfies(r -> {
                assertThat(r.getLiteral("objectiveCoverage").getDouble()).isEqualTo(66.666667);
                assertThat(r.getLiteral("strategyCoverage").getDouble()).isEqualTo(50.0);
                assertThat(r.getLiteral("acyclic").getBoolean()).isTrue();
                assertThat(r.getLiteral("orphans").getInt()).isEqualTo(6);
            });

            // The graph describes itself; the direct triples on the actor and on the stated overlap are there.
            Node name = AnalysisService.analysisGraphName("toy");
            assertThat(name.getURI()).isEqualTo("https://w3id.org/khumkha/graph/analysis/toy");
            store.dataset().executeRead(() -> {
                Graph g = store.dataset().asDatasetGraph().getGraph(name);
                assertThat(g.contains(name, RDF.type.asNode(), Vocab.kk("SourceGraph"))).isTrue();
                assertThat(g.contains(name, Vocab.kk("provenance"), Vocab.kk("Computed"))).isTrue();
                assertThat(g.contains(name, Vocab.kk("about"), iri(AnalysisServiceToyTest.TOY))).isTrue();
                assertThat(g.contains(iri(AnalysisServiceToyTest.TOY), Vocab.kk("betweenness"), Node.ANY)).isTrue();
                assertThat(g.contains(iri(AnalysisServiceToyTest.TOY), Vocab.kk("brokerageRole"), Vocab.kk("Liaison"))).isTrue();
                assertThat(g.contains(iri(Vocab.ID + "toy/overlap-a"), Vocab.kk("jaccard"), Node.ANY)).isTrue();
                assertThat(g.find(Node.ANY, RDF.type.asNode(), Vocab.kk("AnalysisRun")).toList()).hasSize(1);
                // competition ranks on the actor measures: the two brokers (2.0) share rank 1, the two ends (0) rank 1 + 2 = 3
                var ranks = g.find(Node.ANY, Vocab.kk("betweennessRank"), Node.ANY)
                        .filterKeep(t -> g.contains(t.getSubject(), RDF.type.asNode(), Vocab.kk("ActorMeasure")))
                        .mapWith(t -> ((Number) t.getObject().getLiteralValue()).intValue()).toList();
                assertThat(ranks).containsExactlyInAnyOrder(1, 1, 3, 3);
            });
            long size = graphSize(store, name);

            // A second run, read back through the store that now holds the first: the same numbers (the analysis
            // graph does not feed the projections), and the graph is replaced, not added to.
            AnalysisResult second = service.analyze(store.source(), "toy", s -> { });
            assertThat(second.actors()).isEqualTo(first.actors());
            assertThat(second.coherence()).isEqualTo(first.coherence());
            service.writeBack(store, "toy", second);
            assertThat(graphSize(store, name)).isEqualTo(size);
            store.dataset().executeRead(() -> {
                Graph g = store.dataset().asDatasetGraph().getGraph(name);
                assertThat(g.find(Node.ANY, RDF.type.asNode(), Vocab.kk("AnalysisRun")).toList()).hasSize(1);
                // competition ranks on the actor measures: the two brokers (2.0) share rank 1, the two ends (0) rank 1 + 2 = 3
                var ranks = g.find(Node.ANY, Vocab.kk("betweennessRank"), Node.ANY)
                        .filterKeep(t -> g.contains(t.getSubject(), RDF.type.asNode(), Vocab.kk("ActorMeasure")))
                        .mapWith(t -> ((Number) t.getObject().getLiteralValue()).intValue()).toList();
                assertThat(ranks).containsExactlyInAnyOrder(1, 1, 3, 3);
                assertThat(g.contains(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/prov#startedAtTime"),
                        NodeFactory.createLiteralDT(second.run().startedAt(), org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime))).isTrue();
            });
        }
    }

    @Test
    void aResultIsWrittenOnlyUnderItsOwnOrganization() {
        try (KnowledgeStore store = AnalysisServiceToyTest.toyStore()) {
            AnalysisResult result = service.analyze(store.source(), "toy", s -> { });
            assertThatThrownBy(() -> service.writeBack(store, "codi", result))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("toy");
            store.dataset().executeRead(() ->
                    assertThat(store.dataset().asDatasetGraph().containsGraph(AnalysisService.analysisGraphName("codi"))).isFalse());
        }
    }

    private static long graphSize(KnowledgeStore store, Node name) {
        return store.dataset().calculateRead(() -> (long) store.dataset().asDatasetGraph().getGraph(name).size());
    }

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }
}
