package org.khumkha.analytics.community;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jgrapht.Graph;

/**
 * Communities by the Louvain method (V. D. Blondel, J.-L. Guillaume, R. Lambiotte and E. Lefebvre, "Fast unfolding
 * of communities in large networks", <i>J. Stat. Mech.</i> P10008, 2008): every vertex in turn moves to the
 * neighbouring community that raises modularity most, until no move raises it; the communities then become the
 * vertices of a smaller graph and the two phases repeat until nothing moves. Edge weights count. Deterministic:
 * vertices are visited in the graph's order; a vertex stays unless a move gains, and between equal gains the lower
 * community number wins.
 *
 * <p>The gain of moving an isolated vertex i into community C is {@code k_i,C − Σ_C · k_i / 2m}
 * (up to the constant factor 1/m), with k_i,C the weight of i's edges into C, Σ_C the total degree of C, k_i the degree
 * of i and m the total edge weight. Used for components too large for JGraphT's greedy algorithm, which ran for minutes
 * on a 15,000-actor component; a pass of this one is O(|E|).
 *
 * <p>Returns one community number per vertex, 0, 1, … in order of first appearance. Computed on the first call.
 */
public final class LouvainModularity<V, E> {
    /** A pass stops when a whole sweep raises modularity by less than this. */
    static final double MIN_GAIN = 1e-10;

    private final Graph<V, E> graph;
    private Map<V, Integer> membership;

    /** @param graph an undirected graph; edge weights must not be negative */
    public LouvainModularity(Graph<V, E> graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
        if (graph.getType().isDirected()) {
            throw new IllegalArgumentException("the Louvain method here needs an undirected graph");
        }
    }

    /** Each vertex's community number. */
    public Map<V, Integer> getMembership() {
        if (membership == null) {
            membership = compute();
        }
        return membership;
    }

    private Map<V, Integer> compute() {
        List<V> vertices = new ArrayList<>(graph.vertexSet());
        int n = vertices.size();
        Map<V, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(vertices.get(i), i);
        }
        Level level = new Level(n);
        for (E e : graph.edgeSet()) {
            double w = graph.getEdgeWeight(e);
            if (w < 0) {
                throw new IllegalArgumentException("edge weights must not be negative, got " + w);
            }
            level.add(index.get(graph.getEdgeSource(e)), index.get(graph.getEdgeTarget(e)), w);
        }
        int[] community = new int[n];
        Arrays.setAll(community, i -> i);
        while (true) {
            int[] moved = level.localMoves();
            int groups = renumber(moved);
            for (int i = 0; i < n; i++) {
                community[i] = moved[community[i]];
            }
            if (groups == level.size) {
                break;
            }
            level = level.aggregate(moved, groups);
        }
        renumber(community);
        Map<V, Integer> result = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            result.put(vertices.get(i), community[i]);
        }
        return java.util.Collections.unmodifiableMap(result);
    }

    /** Renumbers labels 0, 1, … in order of first appearance; returns how many there are. */
    private static int renumber(int[] labels) {
        Map<Integer, Integer> next = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            labels[i] = next.computeIfAbsent(labels[i], k -> next.size());
        }
        return next.size();
    }

    /** One level of the method: a weighted graph with self-loops, as adjacency maps. */
    private static final class Level {
        final int size;
        final List<Map<Integer, Double>> adjacency = new ArrayList<>();
        final double[] selfLoop;
        final double[] degree;
        double totalWeight;

        Level(int size) {
            this.size = size;
            for (int i = 0; i < size; i++) {
                adjacency.add(new HashMap<>());
            }
            selfLoop = new double[size];
            degree = new double[size];
        }

        void add(int a, int b, double w) {
            if (a == b) {
                selfLoop[a] += w;
                degree[a] += 2 * w;
            } else {
                adjacency.get(a).merge(b, w, Double::sum);
                adjacency.get(b).merge(a, w, Double::sum);
                degree[a] += w;
                degree[b] += w;
            }
            totalWeight += w;
        }

        /** Phase one: each vertex's community after local moves until a sweep gains nothing. */
        int[] localMoves() {
            int[] community = new int[size];
            Arrays.setAll(community, i -> i);
            double[] total = degree.clone();
            if (totalWeight == 0) {
                return community;
            }
            double twoM = 2 * totalWeight;
            Map<Integer, Double> into = new HashMap<>();
            boolean improved = true;
            while (improved) {
                improved = false;
                double sweepGain = 0;
                for (int i = 0; i < size; i++) {
                    int own = community[i];
                    into.clear();
                    into.put(own, 0.0);
                    for (Map.Entry<Integer, Double> e : adjacency.get(i).entrySet()) {
                        into.merge(community[e.getKey()], e.getValue(), Double::sum);
                    }
                    total[own] -= degree[i];
                    double stay = into.get(own) - total[own] * degree[i] / twoM;
                    int best = own;
                    double bestGain = stay;
                    for (Map.Entry<Integer, Double> e : into.entrySet()) {
                        int c = e.getKey();
                        if (c == own) {
                            continue;
                        }
                        double gain = e.getValue() - total[c] * degree[i] / twoM;
                        boolean better = gain > bestGain + MIN_GAIN;
                        boolean asGoodAndLower = best != own && Math.abs(gain - bestGain) <= MIN_GAIN && c < best;
                        if (better || asGoodAndLower) {
                            best = c;
                            bestGain = gain;
                        }
                    }
                    total[best] += degree[i];
                    if (best != own) {
                        community[i] = best;
                        sweepGain += bestGain - stay;
                        improved = true;
                    }
                }
                if (sweepGain < MIN_GAIN) {
                    break;
                }
            }
            return community;
        }

        /** Phase two: one vertex per community, edge weights summed, internal weight kept as a self-loop. */
        Level aggregate(int[] community, int groups) {
            Level next = new Level(groups);
            for (int i = 0; i < size; i++) {
                int ci = community[i];
                if (selfLoop[i] > 0) {
                    next.add(ci, ci, selfLoop[i]);
                }
                for (Map.Entry<Integer, Double> e : adjacency.get(i).entrySet()) {
                    int j = e.getKey();
                    if (i < j) {
                        next.add(ci, community[j], e.getValue());
                    }
                }
            }
            return next;
        }
    }
}
