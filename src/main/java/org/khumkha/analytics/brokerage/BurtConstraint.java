package org.khumkha.analytics.brokerage;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jgrapht.Graph;
import org.khumkha.analytics.CachedVertexScores;

/**
 * Burt's network constraint (R. S. Burt, <i>Structural Holes: The Social Structure of Competition</i>, Harvard
 * University Press, 1992, pp. 54-55):
 * <pre>
 *   p(i,j) = (z(i,j) + z(j,i)) / Σ_q (z(i,q) + z(q,i))               proportional tie strength
 *   c(i,j) = ( p(i,j) + Σ_{q ≠ i,j} p(i,q) · p(q,j) )²               dyadic constraint of contact j on i
 *   C(i)   = Σ_{j ∈ N(i)} c(i,j)                                      aggregate constraint
 * </pre>
 * summed over i's contacts {@code N(i)}, as in Burt and in NetworkX's {@code constraint}. Low constraint means i spans
 * structural holes (its contacts are not tied to each other); a star's centre with k unconnected leaves has 1/k, a
 * pendant vertex has 1. An isolated vertex has no contacts and its constraint is undefined: its score is
 * {@link Double#NaN}. Edge weights are tie strengths (directed edges count towards both ends, as Burt's
 * {@code z(i,j) + z(j,i)}); unweighted graphs give every tie weight 1.
 *
 * <p>Complexity: O(Σ_i deg(i)²) time after an O(|E|) pass; O(|E|) memory. Computed on the first call, cached.
 */
public final class BurtConstraint<V, E> extends CachedVertexScores<V, E> {

    public BurtConstraint(Graph<V, E> graph) {
        super(graph);
    }

    @Override
    protected Map<V, Double> compute() {
        TieStrengths<V> ties = new TieStrengths<>(graph);
        Map<V, Double> result = new LinkedHashMap<>();
        for (V i : graph.vertexSet()) {
            Map<V, Double> contacts = ties.contacts(i);
            if (contacts.isEmpty()) {
                result.put(i, Double.NaN);
                continue;
            }
            double constraint = 0;
            for (V j : contacts.keySet()) {
                double indirect = 0;
                for (V q : contacts.keySet()) {
                    if (!q.equals(j)) {
                        indirect += ties.proportion(i, q) * ties.proportion(q, j);
                    }
                }
                double dyadic = ties.proportion(i, j) + indirect;
                constraint += dyadic * dyadic;
            }
            result.put(i, constraint);
        }
        return result;
    }
}
