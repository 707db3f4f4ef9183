package org.khumkha.analytics.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

class BrandesBetweennessCentralityTest {
    @Test
    void emptyAndSingleVertex() {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        assertThat(new BrandesBetweennessCentrality<>(g).getScores()).isEmpty();
        g.addVertex("a");
        assertThat(new BrandesBetweennessCentrality<>(g).getScores()).containsEntry("a", 0.0);
    }

    @Test
    void aPathByHand() {
        // a - b - c - d: b lies on the shortest paths a-c and a-d (2), c on a-d and b-d (2), the ends on none.
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (String v : new String[] {"a", "b", "c", "d"}) {
            g.addVertex(v);
        }
        g.addEdge("a", "b");
        g.addEdge("b", "c");
        g.addEdge("c", "d");
        Map<String, Double> s = new BrandesBetweennessCentrality<>(g, 2).getScores();
        assertThat(s).containsEntry("a", 0.0).containsEntry("b", 2.0).containsEntry("c", 2.0).containsEntry("d", 0.0);
    }

    @Test
    void agreesWithJGraphTOnASeededRandomGraph() {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        Random r = new Random(42);
        for (int i = 0; i < 200; i++) {
            g.addVertex(i);
        }
        for (int i = 0; i < 500; i++) {
            int a = r.nextInt(200);
            int b = r.nextInt(200);
            if (a != b) {
                g.addEdge(a, b);
            }
        }
        Map<Integer, Double> expected = new BetweennessCentrality<>(g, false).getScores();
        Map<Integer, Double> actual = new BrandesBetweennessCentrality<>(g, 3).getScores();
        expected.forEach((v, x) -> assertThat(actual.get(v)).as("vertex " + v).isCloseTo(x, within(1e-6)));
    }

    @Test
    void directedPairsAreOrdered() {
        // a -> b -> c and c -> b: only the ordered pair (a, c) passes through b; nothing reaches a.
        Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (String v : new String[] {"a", "b", "c"}) {
            g.addVertex(v);
        }
        g.addEdge("a", "b");
        g.addEdge("b", "c");
        g.addEdge("c", "b");
        Map<String, Double> s = new BrandesBetweennessCentrality<>(g, 2).getScores();
        assertThat(s).containsEntry("a", 0.0).containsEntry("b", 1.0).containsEntry("c", 0.0);
        assertThat(s).isEqualTo(new BetweennessCentrality<>(g, false).getScores());
    }

    @Test
    void theSameScoresWithOneThreadOrMany() {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        Random r = new Random(7);
        for (int i = 0; i < 120; i++) {
            g.addVertex(i);
        }
        for (int i = 0; i < 300; i++) {
            int a = r.nextInt(120);
            int b = r.nextInt(120);
            if (a != b) {
                g.addEdge(a, b);
            }
        }
        Map<Integer, Double> one = new BrandesBetweennessCentrality<>(g, 1).getScores();
        Map<Integer, Double> four = new BrandesBetweennessCentrality<>(g, 4).getScores();
        one.forEach((v, x) -> assertThat(four.get(v)).isCloseTo(x, within(1e-9)));
    }
}
