package org.khumkha.analytics.brokerage;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jgrapht.Graph;
import org.khumkha.analytics.CachedVertexScores;

/**
 * Burt's effective size of a vertex's network: its number of contacts less their redundancy (R. S. Burt,
 * <i>Structural Holes</i>, 1992, pp. 51-53):
 * <pre>
 *   ES(i) = Σ_{j ∈ N(i)} [ 1 − Σ_{q ∈ N(i), q ≠ j} p(i,q) · m(j,q) ]
 *   p(i,q) = a(i,q) / Σ_k a(i,k),   m(j,q) = a(j,q) / max_k a(j,k),   a(i,j) = z(i,j) + z(j,i)
 * </pre>
 * On an undirected graph without weights this is S. P. Borgatti's simplification ("Structural holes: unpacking
 * Burt's redundancy measures", <i>Connections</i> 20(1), 1997, pp. 35-38): {@code ES(i) = n − 2t/n} with n the
 * number of i's contacts and t the number of ties among them. An isolated vertex has effective size 0.
 *
 * <p>Complexity: O(Σ_i deg(i)²) time after an O(|E|) pass. Computed on the first call, cached.
 */
public final class EffectiveSize<V, E> extends CachedVertexScores<V, E> {

    public EffectiveSize(Graph<V, E> graph) {
        super(graph);
    }

    @Override
    protected Map<V, Double> compute() {
        TieStrengths<V> ties = new TieStrengths<>(graph);
        Map<V, Double> result = new LinkedHashMap<>();
        for (V i : graph.vertexSet()) {
            Map<V, Double> contacts = ties.contacts(i);
            double size = 0;
            for (V j : contacts.keySet()) {
                double strongest = ties.strongest(j);
                double redundancy = 0;
                for (V q : contacts.keySet()) {
                    if (!q.equals(j) && strongest > 0) {
                        redundancy += ties.proportion(i, q) * ties.strength(j, q) / strongest;
                    }
                }
                size += 1 - redundancy;
            }
            result.put(i, size);
        }
        return result;
    }
}
