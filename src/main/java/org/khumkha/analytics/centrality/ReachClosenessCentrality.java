package org.khumkha.analytics.centrality;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jgrapht.Graph;
import org.khumkha.analytics.CachedVertexScores;
import org.jgrapht.Graphs;

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
public final class ReachClosenessCentrality<V, E> extends CachedVertexScores<V, E> {

    public ReachClosenessCentrality(Graph<V, E> graph) {
        super(graph);
    }

    @Override
    protected Map<V, Double> compute() {
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
