package org.khumkha.analytics.brokerage;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jgrapht.Graph;

/**
 * The mutual tie strength {@code a(i,j) = z(i,j) + z(j,i)} of Burt (1992, p. 51) for every pair of adjacent vertices,
 * where {@code z(i,j)} is the summed weight of the edges from i to j (an undirected edge counts in both directions,
 * a directed one from source to target). Self-loops and ties of zero weight are ignored. Shared by
 * {@link BurtConstraint} and {@link EffectiveSize}; O(|E|) to build.
 */
final class TieStrengths<V> {
    private final Map<V, Map<V, Double>> strength = new LinkedHashMap<>();
    /** Σ_q a(i,q) and max_q a(i,q) per vertex, summed once: Burt's constraint asks for them inside a double loop. */
    private final Map<V, Double> totals = new HashMap<>();
    private final Map<V, Double> strongest = new HashMap<>();

    TieStrengths(Graph<V, ?> graph) {
        Objects.requireNonNull(graph, "graph");
        graph.vertexSet().forEach(v -> strength.put(v, new LinkedHashMap<>()));
        add(graph);
    }

    private <E> void add(Graph<V, E> graph) {
        for (E e : graph.edgeSet()) {
            V s = graph.getEdgeSource(e);
            V t = graph.getEdgeTarget(e);
            double w = graph.getEdgeWeight(e);
            if (s.equals(t) || w == 0) {
                continue;
            }
            if (w < 0 || Double.isNaN(w)) {
                throw new IllegalArgumentException("tie weights must be positive, got " + w + " on " + s + " - " + t);
            }
            strength.get(s).merge(t, w, Double::sum);
            strength.get(t).merge(s, w, Double::sum);
        }
    }

    /** The contacts of {@code v} with their mutual strength, in the graph's order. */
    Map<V, Double> contacts(V v) {
        return Collections.unmodifiableMap(strength.get(v));
    }

    double strength(V i, V j) {
        return strength.get(i).getOrDefault(j, 0.0);
    }

    /** {@code p(i,j) = a(i,j) / Σ_q a(i,q)}: the share of i's network time and energy invested in j. */
    double proportion(V i, V j) {
        double total = total(i);
        return total == 0 ? 0 : strength(i, j) / total;
    }

    double total(V i) {
        return totals.computeIfAbsent(i, v -> {
            double sum = 0;
            for (double w : strength.get(v).values()) {
                sum += w;
            }
            return sum;
        });
    }

    /** {@code max_k a(j,k)}: j's strongest tie, the denominator of Burt's marginal strength {@code m(j,q)}. */
    double strongest(V j) {
        return strongest.computeIfAbsent(j, v -> {
            double max = 0;
            for (double w : strength.get(v).values()) {
                max = Math.max(max, w);
            }
            return max;
        });
    }
}
