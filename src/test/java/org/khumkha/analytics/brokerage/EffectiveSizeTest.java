package org.khumkha.analytics.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.khumkha.analytics.TestGraphs.undirected;
import static org.khumkha.analytics.TestGraphs.weighted;

import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.generate.GnpRandomGraphGenerator;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;

class EffectiveSizeTest {
    private static final double EPS = 1e-12;

    @Test
    void degenerateGraphs() {
        assertThat(new EffectiveSize<>(undirected()).getScores()).isEmpty();
        assertThat(new EffectiveSize<>(undirected("x")).getVertexScore("x")).isZero();
        // K2: one contact, no redundancy.
        assertThat(new EffectiveSize<>(undirected("a-b")).getVertexScore("a")).isCloseTo(1.0, within(EPS));
    }

    @Test
    void starAndTriangle() {
        // Star centre: 3 non-redundant contacts, ES = 3. Triangle: n = 2, t = 1, ES = 2 − 2·1/2 = 1.
        assertThat(new EffectiveSize<>(undirected("h-1", "h-2", "h-3")).getVertexScore("h")).isCloseTo(3.0, within(EPS));
        assertThat(new EffectiveSize<>(undirected("a-b", "b-c", "a-c")).getVertexScore("a")).isCloseTo(1.0, within(EPS));
    }

    @Test
    void handWorkedKite() {
        // Ego e, contacts a, b, c, with a-b tied. Burt: j = a: 1 − p(e,b)m(a,b) − p(e,c)m(a,c) = 1 − 1/3·1 − 0 = 2/3;
        // j = b: 2/3; j = c: 1. ES(e) = 7/3. Borgatti: n − 2t/n = 3 − 2/3 = 7/3.
        // a: contacts e, b, tied to each other: 2 − 2·1/2 = 1.
        var es = new EffectiveSize<>(undirected("e-a", "e-b", "e-c", "a-b"));
        assertThat(es.getVertexScore("e")).isCloseTo(7.0 / 3, within(EPS));
        assertThat(es.getVertexScore("a")).isCloseTo(1.0, within(EPS));
        assertThat(es.getVertexScore("c")).isCloseTo(1.0, within(EPS));
    }

    @Test
    void handWorkedWeightedTriangle() {
        // e-a 2, e-b 1, a-b 1. p(e,a) = 2/3, p(e,b) = 1/3.
        // m(a,b) = a(a,b) / max_k a(a,k) = 1/2 (a's strongest tie is e, 2); m(b,a) = 1/1 = 1.
        // ES(e) = [1 − p(e,b)m(a,b)] + [1 − p(e,a)m(b,a)] = (1 − 1/6) + (1 − 2/3) = 5/6 + 1/3 = 7/6.
        var es = new EffectiveSize<>(weighted("e-a:2", "e-b:1", "a-b:1"));
        assertThat(es.getVertexScore("e")).isCloseTo(7.0 / 6, within(EPS));
    }

    @Test
    void equalsBorgattiOnEveryBinaryUndirectedGraph() {
        // Borgatti (1997): on undirected binary graphs Burt's formula reduces to n − 2t/n.
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(SupplierUtil.createIntegerSupplier(), SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        new GnpRandomGraphGenerator<Integer, DefaultEdge>(60, 0.12, new Random(7), false).generateGraph(g);
        var es = new EffectiveSize<>(g);
        for (Integer v : g.vertexSet()) {
            var alters = Graphs.neighborSetOf(g, v);
            int n = alters.size();
            long t = g.edgeSet().stream().filter(e -> alters.contains(g.getEdgeSource(e)) && alters.contains(g.getEdgeTarget(e))).count();
            double expected = n == 0 ? 0 : n - 2.0 * t / n;
            assertThat(es.getVertexScore(v)).as("vertex %s", v).isCloseTo(expected, within(1e-9));
        }
    }
}
