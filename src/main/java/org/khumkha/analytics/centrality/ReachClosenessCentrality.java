package org.khumkha.analytics.centrality;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;

/**
 * Closeness that stays meaningful on disconnected graphs: S. Wasserman and K. Faust's generalisation (<i>Social
 * Network Analysis</i>, Cambridge University Press, 1994, p. 201), as in NetworkX's {@code closeness_centrality}
 * with {@code wf_improved=True}:
 * <pre>
 *   C(u) = (r − 1)/(n − 1) · (r − 1) / Σ_{v reachable from u} d(u, v)
 * </pre>
 * with r the number of vertices u reaches (itself included) and d the hop distance (outgoing arcs on directed graphs).
 * On a connected graph it equals JGraphT's normalised {@link org.jgrapht.alg.scoring.ClosenessCentrality},
 * {@code (n − 1) / Σ d}; JGraphT's gives 0 to every vertex of a disconnected graph, which says nothing. A vertex that
 * reaches nothing scores 0.
 *
 * <p>Complexity: O(|V| · (|V| + |E|)) time (one breadth-first search per vertex). Computed on the first call, cached.
 */
public final class ReachClosenessCentrality<V, E> implements VertexScoringAlgorithm<V, Double> {
    private final Graph<V, E> graph;
    private Map<V, Double> scores;

    public ReachClosenessCentrality(Graph<V, E> graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
    }

    @Override
    public Map<V, Double> getScores() {
        if (scores == null) {
            scores = Collections.unmodifiableMap(compute());
        }
        return scores;
    }

    @Override
    public Double getVertexScore(V v) {
        if (!graph.containsVertex(v)) {
            throw new IllegalArgumentException("no such vertex in the graph: " + v);
        }
        return getScores().get(v);
    }

    private Map<V, Double> compute() {
        int n = graph.vertexSet().size();
        boolean directed = graph.getType().isDirected();
        Map<V, Double> result = new LinkedHashMap<>();
        for (V u : graph.vertexSet()) {
            Map<V, Integer> distance = new HashMap<>();
            distance.put(u, 0);
            Deque<V> queue = new ArrayDeque<>();
            queue.add(u);
            long total = 0;
            while (!queue.isEmpty()) {
                V v = queue.poll();
                int dv = distance.get(v);
                for (V w : directed ? Graphs.successorListOf(graph, v) : Graphs.neighborListOf(graph, v)) {
                    if (!distance.containsKey(w)) {
                        distance.put(w, dv + 1);
                        total += dv + 1;
                        queue.add(w);
                    }
                }
            }
            int reached = distance.size();
            result.put(u, total == 0 || n < 2 ? 0.0 : (reached - 1.0) / (n - 1.0) * (reached - 1.0) / total);
        }
        return result;
    }
}
