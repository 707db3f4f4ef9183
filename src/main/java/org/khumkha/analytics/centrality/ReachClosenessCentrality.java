package org.khumkha.analytics.centrality;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jgrapht.Graph;
import org.khumkha.analytics.CachedVertexScores;

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
 * <p>Complexity: O(|V| · (|V| + |E|)) time (one breadth-first search per vertex, on int arrays, split over the
 * processors). Computed on the first call, cached.
 */
public final class ReachClosenessCentrality<V, E> extends CachedVertexScores<V, E> {

    public ReachClosenessCentrality(Graph<V, E> graph) {
        super(graph);
    }

    @Override
    protected Map<V, Double> compute() {
        IndexedGraph<V> indexed = new IndexedGraph<>(graph);
        int n = indexed.size();
        double[] closeness = BreadthFirstSweep.sweep(indexed, BreadthFirstSweep.allSources(n), n, BreadthFirstSweep.THREADS_DEFAULT,
                (search, u) -> {
                    search.run(u);
                    long total = 0;
                    for (int i = 1; i < search.reached; i++) {
                        total += search.distance[search.order[i]];
                    }
                    double r = search.reached;
                    search.sums[u] = total == 0 || n < 2 ? 0.0 : (r - 1.0) / (n - 1.0) * (r - 1.0) / total;
                }, 0, done -> { });
        Map<V, Double> result = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            result.put(indexed.vertex(i), closeness[i]);
        }
        return result;
    }
}
