package org.khumkha.analytics.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

class LouvainModularityTest {
    @Test
    void emptySingleVertexAndOneEdge() {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        assertThat(new LouvainModularity<>(g).getMembership()).isEmpty();
        g.addVertex("a");
        assertThat(new LouvainModularity<>(g).getMembership()).containsExactly(Map.entry("a", 0));
        g.addVertex("b");
        g.addEdge("a", "b");
        // a joins b: gain k_a,{b} − Σ_{b}·k_a/2m = 1 − 1·1/2 = ½ > 0
        assertThat(new LouvainModularity<>(g).getMembership()).containsEntry("a", 0).containsEntry("b", 0);
    }

    @Test
    void twoTrianglesJoinedByABridgeAreTwoCommunities() {
        // m = 7. Split {a,b,c} {d,e,f}: Q = 2·(3/7 − (7/14)²) = 0.357; all together: Q = 7/7 − 1 = 0; so the split wins.
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (String v : "a b c d e f".split(" ")) {
            g.addVertex(v);
        }
        for (String e : "a-b a-c b-c c-d d-e d-f e-f".split(" ")) {
            g.addEdge(e.substring(0, 1), e.substring(2));
        }
        Map<String, Integer> m = new LouvainModularity<>(g).getMembership();
        assertThat(m).containsEntry("a", 0).containsEntry("b", 0).containsEntry("c", 0)
                .containsEntry("d", 1).containsEntry("e", 1).containsEntry("f", 1);
    }

    @Test
    void weightsDecideWhereABridgeVertexGoes() {
        // x sits between two pairs; its tie to p weighs 5, to r 1: it joins p's side.
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (String v : "p q x r s".split(" ")) {
            g.addVertex(v);
        }
        g.setEdgeWeight(g.addEdge("p", "q"), 5);
        g.setEdgeWeight(g.addEdge("x", "p"), 5);
        g.setEdgeWeight(g.addEdge("x", "r"), 1);
        g.setEdgeWeight(g.addEdge("r", "s"), 5);
        Map<String, Integer> m = new LouvainModularity<>(g).getMembership();
        assertThat(m.get("x")).isEqualTo(m.get("p")).isEqualTo(m.get("q"));
        assertThat(m.get("r")).isEqualTo(m.get("s")).isNotEqualTo(m.get("x"));
    }

    @Test
    void aDirectedGraphIsRefused() {
        assertThatThrownBy(() -> new LouvainModularity<>(new DefaultDirectedGraph<String, DefaultEdge>(DefaultEdge.class)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aComponentTooLargeForTheGreedyAlgorithmFindsTheCliquesOfARing() {
        // 50 cliques of 41 vertices (2,050 > 2,000), each joined to the next by one edge: far below the resolution
        // limit (√L ≈ 202 cliques), so each clique is one community.
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        int cliques = 50;
        int size = 41;
        for (int v = 0; v < cliques * size; v++) {
            g.addVertex(v);
        }
        for (int c = 0; c < cliques; c++) {
            for (int i = 0; i < size; i++) {
                for (int j = i + 1; j < size; j++) {
                    g.addEdge(c * size + i, c * size + j);
                }
            }
            g.addEdge(c * size, ((c + 1) % cliques) * size + 1);
        }
        ComponentGreedyModularity<Integer, DefaultEdge> communities = new ComponentGreedyModularity<>(g);
        assertThat(communities.usedLouvain()).isTrue();
        assertThat(communities.getCommunities()).hasSize(cliques).allSatisfy(c -> {
            assertThat(c).hasSize(size);
            assertThat(new HashSet<>(c.stream().map(v -> v / size).toList())).hasSize(1);
        });
    }
}
