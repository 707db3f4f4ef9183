package org.khumkha.analytics.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.junit.jupiter.api.Test;

import static org.khumkha.analytics.TestGraphs.undirected;

class BurtConstraintTest {
    private static final double EPS = 1e-12;

    @Test
    void emptyGraphHasNoScores() {
        assertThat(new BurtConstraint<>(undirected()).getScores()).isEmpty();
    }

    @Test
    void isolatedVertexIsUndefined() {
        assertThat(new BurtConstraint<>(undirected("x")).getVertexScore("x")).isNaN();
    }

    @Test
    void k2IsFullyConstrained() {
        // One contact each: p = 1, no third party, c = 1² = 1.
        var c = new BurtConstraint<>(undirected("a-b"));
        assertThat(c.getVertexScore("a")).isCloseTo(1.0, within(EPS));
        assertThat(c.getVertexScore("b")).isCloseTo(1.0, within(EPS));
    }

    @Test
    void starCentreSpansStructuralHoles() {
        // Centre h with 3 unconnected leaves: p(h,j) = 1/3, no indirect paths, C(h) = 3 · (1/3)² = 1/3.
        // A leaf has one contact: C = 1.
        var c = new BurtConstraint<>(undirected("h-1", "h-2", "h-3"));
        assertThat(c.getVertexScore("h")).isCloseTo(1.0 / 3, within(EPS));
        assertThat(c.getVertexScore("1")).isCloseTo(1.0, within(EPS));
    }

    @Test
    void triangleIsMoreConstrainedThanAPair() {
        // p = 1/2 to each contact; indirect p(i,q)·p(q,j) = 1/4; c = (1/2 + 1/4)² = 9/16; C = 2 · 9/16 = 9/8.
        // (igraph and NetworkX give 1.125 for a triangle.)
        var c = new BurtConstraint<>(undirected("a-b", "b-c", "a-c"));
        assertThat(c.getScores().values()).allSatisfy(v -> assertThat(v).isCloseTo(9.0 / 8, within(EPS)));
    }

    @Test
    void handWorkedKite() {
        // Ego e with contacts a, b, c; a-b tied; c pendant.
        //   p(e,·) = 1/3 each; p(a,e) = p(a,b) = 1/2; p(b,e) = p(b,a) = 1/2; p(c,e) = 1.
        //   c(e,a) = (1/3 + p(e,b)p(b,a) + p(e,c)p(c,a))² = (1/3 + 1/6 + 0)² = 1/4;  c(e,b) = 1/4 likewise
        //   c(e,c) = (1/3 + 0 + 0)² = 1/9                             C(e) = 1/4 + 1/4 + 1/9 = 11/18
        //   c(a,e) = (1/2 + p(a,b)p(b,e))² = (1/2 + 1/4)² = 9/16
        //   c(a,b) = (1/2 + p(a,e)p(e,b))² = (1/2 + 1/6)² = 4/9       C(a) = 9/16 + 4/9 = 145/144
        //   C(c) = (1 + 0)² = 1
        var c = new BurtConstraint<>(undirected("e-a", "e-b", "e-c", "a-b"));
        assertThat(c.getVertexScore("e")).isCloseTo(11.0 / 18, within(EPS));
        assertThat(c.getVertexScore("a")).isCloseTo(145.0 / 144, within(EPS));
        assertThat(c.getVertexScore("b")).isCloseTo(145.0 / 144, within(EPS));
        assertThat(c.getVertexScore("c")).isCloseTo(1.0, within(EPS));
    }

    @Test
    void directedWeightsAddUpBothWays() {
        // Arcs a→b (2), b→a (1), a→c (1): a(a,b) = z(a,b) + z(b,a) = 3, a(a,c) = 1, so p(a,b) = 3/4, p(a,c) = 1/4;
        // b and c are not tied: C(a) = (3/4)² + (1/4)² = 10/16.
        Graph<String, DefaultWeightedEdge> g = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        g.addVertex("a");
        g.addVertex("b");
        g.addVertex("c");
        g.setEdgeWeight(g.addEdge("a", "b"), 2);
        g.setEdgeWeight(g.addEdge("b", "a"), 1);
        g.setEdgeWeight(g.addEdge("a", "c"), 1);
        var c = new BurtConstraint<>(g);
        assertThat(c.getVertexScore("a")).isCloseTo(10.0 / 16, within(EPS));
        assertThat(c.getVertexScore("b")).isCloseTo(1.0, within(EPS));
    }

    @Test
    void unknownVertexIsRefused() {
        Graph<String, DefaultEdge> g = undirected("a-b");
        assertThatThrownBy(() -> new BurtConstraint<>(g).getVertexScore("z"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("z");
    }

    @Test
    void scoresAreUnmodifiable() {
        var scores = new BurtConstraint<>(undirected("a-b")).getScores();
        assertThatThrownBy(() -> scores.put("a", 0.0)).isInstanceOf(UnsupportedOperationException.class);
    }
}
