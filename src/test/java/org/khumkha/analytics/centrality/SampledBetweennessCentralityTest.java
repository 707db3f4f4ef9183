package org.khumkha.analytics.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.khumkha.analytics.TestGraphs.directed;
import static org.khumkha.analytics.TestGraphs.scaleFree;
import static org.khumkha.analytics.TestGraphs.undirected;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

class SampledBetweennessCentralityTest {
    private static final double EPS = 1e-9;

    @Test
    void degenerateGraphs() {
        assertThat(new SampledBetweennessCentrality<>(undirected()).getScores()).isEmpty();
        assertThat(new SampledBetweennessCentrality<>(undirected("x")).getVertexScore("x")).isZero();
        assertThat(new SampledBetweennessCentrality<>(undirected("a-b")).getScores().values()).containsOnly(0.0);
    }

    @Test
    void allPivotsOnAPathIsExact() {
        // Path a - b - c - d: b lies on the shortest paths a-c and a-d, c on a-d and b-d: 2 each; ends 0.
        // Normalised by (n−1)(n−2)/2 = 3 pairs: 2/3.
        var raw = new SampledBetweennessCentrality<>(undirected("a-b", "b-c", "c-d"), 10, 1, false, s -> { });
        assertThat(raw.getVertexScore("b")).isCloseTo(2.0, within(EPS));
        assertThat(raw.getVertexScore("c")).isCloseTo(2.0, within(EPS));
        assertThat(raw.getVertexScore("a")).isCloseTo(0.0, within(EPS));
        var norm = new SampledBetweennessCentrality<>(undirected("a-b", "b-c", "c-d"), 10, 1, true, s -> { });
        assertThat(norm.getVertexScore("b")).isCloseTo(2.0 / 3, within(EPS));
        assertThat(raw.pivotsUsed()).isEqualTo(4);
    }

    @Test
    void splitShortestPathsShareTheCredit() {
        // Square a-b-c-d-a: a and c are joined by two shortest paths (via b, via d): b gets 1/2 for a-c, d likewise.
        var bc = new SampledBetweennessCentrality<>(undirected("a-b", "b-c", "c-d", "d-a"), 4, 1, false, s -> { });
        assertThat(bc.getScores().values()).allSatisfy(v -> assertThat(v).isCloseTo(0.5, within(EPS)));
    }

    @Test
    void withEveryPivotItMatchesJGraphTExactly() {
        Graph<Integer, DefaultEdge> g = scaleFree(120, 2, 11);
        // Raw scores agree; normalised ones differ by 2 on undirected graphs: JGraphT divides by (n−1)(n−2),
        // we by the (n−1)(n−2)/2 unordered pairs.
        var exact = new BetweennessCentrality<>(g, false).getScores();
        var all = new SampledBetweennessCentrality<>(g, g.vertexSet().size(), 5, false, s -> { }).getScores();
        var jgraphtNormalised = new BetweennessCentrality<>(g, true).getScores();
        var normalised = new SampledBetweennessCentrality<>(g, g.vertexSet().size(), 5, true, s -> { }).getScores();
        for (Integer v : g.vertexSet()) {
            assertThat(all.get(v)).as("vertex %d", v).isCloseTo(exact.get(v), within(EPS));
            assertThat(normalised.get(v)).as("vertex %d", v).isCloseTo(2 * jgraphtNormalised.get(v), within(EPS));
        }
        Graph<String, DefaultEdge> d = directed("a>b", "b>c", "c>a", "c>d", "d>e", "a>e");
        var exactDirected = new BetweennessCentrality<>(d).getScores();
        var allDirected = new SampledBetweennessCentrality<>(d, 5, 5, false, s -> { }).getScores();
        exactDirected.forEach((v, s) -> assertThat(allDirected.get(v)).as(v).isCloseTo(s, within(EPS)));
    }

    /**
     * The estimate's error, measured against the exact scores on a seeded scale-free graph (Barabási-Albert, 2 000
     * vertices, 2 edges per new vertex) with 200 pivots, one tenth of the vertices. Measured with these seeds: the
     * largest exact normalised score (the hub) is 0.2747 and is estimated 0.2875; the max absolute error of the
     * normalised score over all vertices is 0.0162; the ten most central vertices by estimate and by exact score share
     * 10 of 10. Bounds asserted: max error below 0.03, hub within 10 % of its exact score, top-10 overlap at least 8
     * (Brandes and Pich 2007: the error falls as 1/√k).
     */
    @Test
    void estimateErrorAgainstExactIsBounded() {
        Graph<Integer, DefaultEdge> g = scaleFree(2000, 2, 42);
        Map<Integer, Double> exact = normalised(new BetweennessCentrality<>(g, false).getScores());
        List<String> progress = new ArrayList<>();
        var sampled = new SampledBetweennessCentrality<>(g, 200, 7, true, progress::add);
        Map<Integer, Double> estimate = sampled.getScores();
        double maxError = 0;
        Integer hub = top(exact, 1).iterator().next();
        for (Integer v : g.vertexSet()) {
            maxError = Math.max(maxError, Math.abs(estimate.get(v) - exact.get(v)));
        }
        assertThat(maxError).isLessThan(0.03);
        assertThat(estimate.get(hub)).isCloseTo(exact.get(hub), within(0.1 * exact.get(hub)));
        assertThat(overlap(top(exact, 10), top(estimate, 10))).isGreaterThanOrEqualTo(8);
        assertThat(progress).isNotEmpty().allMatch(line -> line.contains("pivots"));
    }

    @Test
    void samplingIsReproducible() {
        Graph<Integer, DefaultEdge> g = scaleFree(300, 2, 3);
        var first = new SampledBetweennessCentrality<>(g, 30, 99, false, s -> { }).getScores();
        var second = new SampledBetweennessCentrality<>(g, 30, 99, false, s -> { }).getScores();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void pivotsMustBePositive() {
        assertThatThrownBy(() -> new SampledBetweennessCentrality<>(undirected("a-b"), 0, 1, false, s -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pivots");
    }

    /** Divides undirected raw scores by the (n−1)(n−2)/2 pairs, as the sampled class does. */
    private static <V> Map<V, Double> normalised(Map<V, Double> raw) {
        double pairs = (raw.size() - 1.0) * (raw.size() - 2.0) / 2;
        Map<V, Double> out = new java.util.HashMap<>();
        raw.forEach((v, s) -> out.put(v, s / pairs));
        return out;
    }

    private static <V> Set<V> top(Map<V, Double> scores, int k) {
        List<V> sorted = new ArrayList<>(scores.keySet());
        sorted.sort(Comparator.comparing((V v) -> scores.get(v)).reversed());
        return new HashSet<>(sorted.subList(0, k));
    }

    private static <V> int overlap(Set<V> a, Set<V> b) {
        Set<V> both = new HashSet<>(a);
        both.retainAll(b);
        return both.size();
    }
}
