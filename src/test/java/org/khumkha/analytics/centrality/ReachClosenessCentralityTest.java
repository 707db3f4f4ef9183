package org.khumkha.analytics.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.khumkha.analytics.TestGraphs.scaleFree;
import static org.khumkha.analytics.TestGraphs.undirected;

import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.junit.jupiter.api.Test;

class ReachClosenessCentralityTest {
    private static final double EPS = 1e-12;

    @Test
    void degenerateGraphs() {
        assertThat(new ReachClosenessCentrality<>(undirected()).getScores()).isEmpty();
        assertThat(new ReachClosenessCentrality<>(undirected("x")).getVertexScore("x")).isZero();
        assertThat(new ReachClosenessCentrality<>(undirected("a-b")).getVertexScore("a")).isCloseTo(1.0, within(EPS));
    }

    @Test
    void pathAndDisconnectedGraph() {
        // Path a - b - c: b reaches both at distance 1: (2/2)·2/2 = 1; a: distances 1 + 2 = 3: (2/2)·2/3 = 2/3.
        var path = new ReachClosenessCentrality<>(undirected("a-b", "b-c"));
        assertThat(path.getVertexScore("b")).isCloseTo(1.0, within(EPS));
        assertThat(path.getVertexScore("a")).isCloseTo(2.0 / 3, within(EPS));
        // Add a separate pair d - e (n = 5). b: r = 3, Σd = 2: (2/4)·(2/2) = 1/2; a: (2/4)·(2/3) = 1/3;
        // d: r = 2, Σd = 1: (1/4)·(1/1) = 1/4. (JGraphT's closeness gives 0 to all five.)
        var split = new ReachClosenessCentrality<>(undirected("a-b", "b-c", "d-e"));
        assertThat(split.getVertexScore("b")).isCloseTo(0.5, within(EPS));
        assertThat(split.getVertexScore("a")).isCloseTo(1.0 / 3, within(EPS));
        assertThat(split.getVertexScore("d")).isCloseTo(0.25, within(EPS));
    }

    @Test
    void equalsJGraphTOnConnectedGraphs() {
        var g = scaleFree(80, 2, 5);
        var jgrapht = new ClosenessCentrality<>(g, false, true).getScores();
        var ours = new ReachClosenessCentrality<>(g).getScores();
        jgrapht.forEach((v, s) -> assertThat(ours.get(v)).as("vertex %d", v).isCloseTo(s, within(1e-9)));
    }
}
