package org.khumkha.analytics.centrality;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;

import org.jgrapht.Graph;
import org.khumkha.analytics.CachedVertexScores;
import org.jgrapht.Graphs;

/**
 * Betweenness centrality estimated from k pivot sources (U. Brandes and C. Pich, "Centrality estimation in large
 * networks", <i>International Journal of Bifurcation and Chaos</i> 17(7), 2007, pp. 2303-2318): k distinct sources are
 * drawn uniformly at random with a seeded {@link Random}, Brandes' single-source dependency accumulation (U. Brandes,
 * "A faster algorithm for betweenness centrality", <i>J. Math. Sociology</i> 25(2), 2001) is run from each, and the
 * summed dependencies are scaled by n/k, an unbiased estimate of the exact score. With k = n it is exact.
 *
 * <p>Raw scores are those of JGraphT's {@link org.jgrapht.alg.scoring.BetweennessCentrality}: pairs are ordered on
 * directed graphs and unordered on undirected ones (the sum over sources is halved). With {@code normalize} they are
 * divided by the number of pairs that exclude the vertex, (n−1)(n−2) on directed and (n−1)(n−2)/2 on undirected graphs,
 * so that a star's centre scores 1 (Freeman 1977; NetworkX). JGraphT divides by (n−1)(n−2) in both cases, which puts
 * undirected scores in [0, ½]. Paths are counted in hops: edge weights are ignored.
 *
 * <p>Complexity: O(k · (|V| + |E|)) time, O(|V| + |E|) memory.
 */
public final class SampledBetweennessCentrality<V, E> extends CachedVertexScores<V, E> {
    /** Pivots used when none are given. */
    public static final int PIVOTS_DEFAULT = 256;
    /** Seed used when none is given, so that two runs on the same graph agree. */
    public static final long SEED_DEFAULT = 20_240_823L;
    /** How often (in pivots) progress is reported. */
    public static final int PROGRESS_EVERY = 64;

    private final int pivots;
    private final long seed;
    private final boolean normalize;
    private final Consumer<String> progress;

    public SampledBetweennessCentrality(Graph<V, E> graph) {
        this(graph, PIVOTS_DEFAULT, SEED_DEFAULT, false, line -> { });
    }

    /**
     * @param pivots    number of sample sources, at least 1 (more than |V| means all of them: exact)
     * @param seed      seed of the pivot draw
     * @param normalize divide by the number of pairs that exclude the vertex (a star's centre scores 1)
     * @param progress  receives a line every {@link #PROGRESS_EVERY} pivots
     */
    public SampledBetweennessCentrality(Graph<V, E> graph, int pivots, long seed, boolean normalize,
                                        Consumer<String> progress) {
        super(graph);
        if (pivots < 1) {
            throw new IllegalArgumentException("pivots must be at least 1, got " + pivots);
        }
        this.pivots = pivots;
        this.seed = seed;
        this.normalize = normalize;
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** The number of pivots actually used: min(k, |V|). */
    public int pivotsUsed() {
        return Math.min(pivots, graph.vertexSet().size());
    }

    @Override
    protected Map<V, Double> compute() {
        List<V> vertices = new ArrayList<>(graph.vertexSet());
        int n = vertices.size();
        Map<V, Double> sum = new LinkedHashMap<>();
        vertices.forEach(v -> sum.put(v, 0.0));
        if (n == 0) {
            return sum;
        }
        List<V> order = new ArrayList<>(vertices);
        Collections.shuffle(order, new Random(seed));
        int k = pivotsUsed();
        boolean directed = graph.getType().isDirected();
        for (int i = 0; i < k; i++) {
            accumulate(order.get(i), sum, directed);
            if ((i + 1) % PROGRESS_EVERY == 0 && i + 1 < k) {
                progress.accept(String.format("  sampled betweenness: %,d of %,d pivots", i + 1, k));
            }
        }
        double scale = (double) n / k * (directed ? 1.0 : 0.5);
        double pairs = (n - 1.0) * (n - 2.0) / (directed ? 1.0 : 2.0);
        Map<V, Double> result = new LinkedHashMap<>();
        for (V v : vertices) {
            double score = sum.get(v) * scale;
            if (normalize) {
                score = pairs > 0 ? score / pairs : 0.0;
            }
            result.put(v, score);
        }
        return result;
    }

    /** Brandes' breadth-first search and dependency accumulation from one source. */
    private void accumulate(V source, Map<V, Double> sum, boolean directed) {
        Deque<V> stack = new ArrayDeque<>();
        Map<V, List<V>> predecessors = new HashMap<>();
        Map<V, Double> sigma = new HashMap<>();
        Map<V, Integer> distance = new HashMap<>();
        sigma.put(source, 1.0);
        distance.put(source, 0);
        Deque<V> queue = new ArrayDeque<>();
        queue.add(source);
        while (!queue.isEmpty()) {
            V v = queue.poll();
            stack.push(v);
            int dv = distance.get(v);
            List<V> next = directed ? Graphs.successorListOf(graph, v) : Graphs.neighborListOf(graph, v);
            for (V w : next) {
                if (w.equals(v)) {
                    continue;
                }
                Integer dw = distance.get(w);
                if (dw == null) {
                    distance.put(w, dv + 1);
                    queue.add(w);
                    dw = dv + 1;
                }
                if (dw == dv + 1) {
                    sigma.merge(w, sigma.get(v), Double::sum);
                    predecessors.computeIfAbsent(w, x -> new ArrayList<>()).add(v);
                }
            }
        }
        Map<V, Double> delta = new HashMap<>();
        while (!stack.isEmpty()) {
            V w = stack.pop();
            double dw = delta.getOrDefault(w, 0.0);
            for (V v : predecessors.getOrDefault(w, List.of())) {
                delta.merge(v, sigma.get(v) / sigma.get(w) * (1 + dw), Double::sum);
            }
            if (!w.equals(source)) {
                sum.merge(w, dw, Double::sum);
            }
        }
    }
}
