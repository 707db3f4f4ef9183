package org.khumkha.analytics.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.khumkha.analytics.TestGraphs.directed;
import static org.khumkha.analytics.TestGraphs.undirected;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ComponentGreedyModularityTest {

    @Test
    void degenerateGraphs() {
        assertThat(new ComponentGreedyModularity<>(undirected()).getCommunities()).isEmpty();
        assertThat(new ComponentGreedyModularity<>(undirected("x")).getMembership()).containsEntry("x", 0);
        assertThat(new ComponentGreedyModularity<>(undirected("a-b")).getCommunities()).containsExactly(Set.of("a", "b"));
    }

    @Test
    void twoTrianglesJoinedByABridgeAreTwoCommunities() {
        // Modularity of the split {a,b,c} | {d,e,f}: m = 7 edges; each side has 3 inner edges and degree sum 7:
        // Q = 2 · (3/7 − (7/14)²) = 2 · (0.4286 − 0.25) = 0.357 > 0 (one community: Q = 0).
        var c = new ComponentGreedyModularity<>(undirected("a-b", "b-c", "a-c", "d-e", "e-f", "d-f", "c-d"));
        assertThat(c.getCommunities()).containsExactly(Set.of("a", "b", "c"), Set.of("d", "e", "f"));
        assertThat(c.getMembership()).containsEntry("a", 0).containsEntry("f", 1);
    }

    @Test
    void disconnectedGraphsDoNotBreakIt() {
        // JGraphT's GreedyModularityAlgorithm throws NoSuchElementException here; per component it works.
        var c = new ComponentGreedyModularity<>(undirected("a-b", "b-c", "a-c", "d-e", "e-f", "d-f", "x"));
        assertThat(c.getCommunities()).containsExactly(Set.of("a", "b", "c"), Set.of("d", "e", "f"), Set.of("x"));
    }

    @Test
    void directedGraphsAreRefused() {
        assertThatThrownBy(() -> new ComponentGreedyModularity<>(directed("a>b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("undirected");
    }
}
