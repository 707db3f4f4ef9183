package org.khumkha.analytics.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khumkha.analytics.AnalysisOptions;
import org.khumkha.analytics.projection.ChainProjection.Kind;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.graph.Vocab;
import org.khumkha.query.QueryLibrary;
import org.khumkha.testing.CodiFixture;

/** The SPARQL projections onto JGraphT graphs, on the toy organization (counts by hand) and on CODI. */
class ProjectionsTest {
    private static final String ID = Vocab.ID;
    private static KnowledgeStore toy;
    private static final QueryLibrary queries = QueryLibrary.load();

    @BeforeAll
    static void open() {
        toy = org.khumkha.analytics.TestGraphs.toyStore();
    }

    @AfterAll
    static void close() {
        toy.close();
    }

    @Test
    void ecosystemViews() {
        EcosystemProjection e = EcosystemProjection.read(toy.source(), queries, "toy");
        // Relations: toy cooperates with a (qualified, weight 2; its direct triple is not counted again), toy funds
        // community, b supports a (direct triples, weight 1), toy overlaps with a (qualified overlap, weight 1).
        assertThat(e.relations()).hasSize(4);
        assertThat(e.typed().edgeSet()).hasSize(4);
        var ties = e.ties(AnalysisOptions.EXCLUDED_RELATION_TYPES_DEFAULT);
        assertThat(ties.edgeSet()).hasSize(3);
        assertThat(ties.getEdgeWeight(ties.getEdge(ID + "toy", ID + "toy-a"))).isEqualTo(2.0);
        // Keeping the overlap adds its weight 1 to the toy - a tie.
        var withOverlap = e.ties(Set.of());
        assertThat(withOverlap.getEdgeWeight(withOverlap.getEdge(ID + "toy", ID + "toy-a"))).isEqualTo(3.0);
        // Arcs: cooperation is symmetric (both ways), funding and support are not: 2 + 1 + 1.
        var arcs = e.arcs(AnalysisOptions.EXCLUDED_RELATION_TYPES_DEFAULT);
        assertThat(arcs.edgeSet()).hasSize(4);
        assertThat(arcs.containsEdge(ID + "toy-a", ID + "toy")).isTrue();
        assertThat(arcs.containsEdge(ID + "toy/community", ID + "toy")).isFalse();
        assertThat(e.actors().get(ID + "toy-b").sector()).isEqualTo(Vocab.REF + "sector-local-government");
        assertThat(e.roles(ID + "toy")).extracting(NamedNode::label).containsExactly("ผู้บูรณาการ");
    }

    @Test
    void bipartiteActorFeatureGraph() {
        ProfileProjection p = ProfileProjection.read(toy.source(), queries, "toy");
        // toy: 3 functions + 1 group, a: 2 + 1, b: 2 + 1 = 10 edges; vertices: 3 actors + 4 functions + 2 groups.
        var g = p.bipartite();
        assertThat(g.edgeSet()).hasSize(10);
        assertThat(g.vertexSet()).hasSize(9);
        assertThat(p.functions(ID + "toy")).hasSize(3);
        assertThat(p.statedOverlaps()).singleElement().satisfies(o -> {
            assertThat(o.rationaleEn()).isEqualTo("vulnerable groups need several agencies");
            assertThat(o.joins(ID + "toy-a", ID + "toy")).isTrue();
        });
    }

    @Test
    void resultChainAndStrategyGraphs() {
        ChainProjection c = ChainProjection.read(toy.source(), queries, "toy");
        assertThat(c.ofKind(Kind.PROCESS)).hasSize(3);
        assertThat(c.ofKind(Kind.OUTCOME)).extracting(ChainProjection.Element::level).containsOnly(4);
        assertThat(c.isMeasured(ID + "toy/outcome-1")).isTrue();
        assertThat(c.isMeasured(ID + "toy/outcome-2")).isFalse();
        // DAG edges: 5 chain links, 5 serves (incl. implementsStrategy), 2 contributesTo; measuredBy is not an edge.
        assertThat(c.dag().edgeSet()).hasSize(12);
        // Strategy-link graph: 4 supportsNationalPlan links and plan-1 implementsStrategy strategy-1.
        assertThat(c.strategyGraph().edgeSet()).hasSize(5);
    }

    @Test
    void codiProjections() {
        var source = CodiFixture.store().source();
        EcosystemProjection e = EcosystemProjection.read(source, queries, "codi");
        assertThat(e.actors()).containsKeys(ID + "codi", ID + "lao", ID + "moi", ID + "msdhs", ID + "cdd");
        assertThat(e.relations()).allSatisfy(r -> assertThat(r.weight()).isPositive());
        ChainProjection c = ChainProjection.read(source, queries, "codi");
        assertThat(c.ofKind(Kind.PROCESS)).hasSize(8);
        assertThat(c.ofKind(Kind.OUTPUT)).hasSize(8);
        assertThat(c.ofKind(Kind.OUTCOME)).hasSize(9).allSatisfy(o -> assertThat(c.isMeasured(o.id())).isTrue());
        assertThat(c.ofKind(Kind.IMPACT)).hasSize(4);
        assertThat(c.ofKind(Kind.OBJECTIVE)).hasSize(4);
        assertThat(c.ofKind(Kind.GOAL_OF_EXISTENCE)).hasSize(4);
        assertThat(c.ofKind(Kind.STRATEGY)).hasSize(4);
    }
}
