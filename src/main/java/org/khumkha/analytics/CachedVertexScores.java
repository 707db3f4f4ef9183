package org.khumkha.analytics;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;

import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;

/**
 * The shape every Khumkha vertex measure shares with JGraphT's own: built with a graph, computed on the first
 * {@link #getScores()}, then cached and returned unmodifiable.
 *
 * @param <V> vertex type
 * @param <E> edge type
 */
public abstract class CachedVertexScores<V, E> implements VertexScoringAlgorithm<V, Double> {
    protected final Graph<V, E> graph;
    private Map<V, Double> scores;

    protected CachedVertexScores(Graph<V, E> graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
    }

    /** Computes the score of every vertex; called once. */
    protected abstract Map<V, Double> compute();

    @Override
    public final Map<V, Double> getScores() {
        if (scores == null) {
            scores = Collections.unmodifiableMap(compute());
        }
        return scores;
    }

    @Override
    public final Double getVertexScore(V v) {
        if (!graph.containsVertex(v)) {
            throw new IllegalArgumentException("no such vertex in the graph: " + v);
        }
        return getScores().get(v);
    }
}
