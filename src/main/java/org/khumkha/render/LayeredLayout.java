package org.khumkha.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Places the nodes of a layered graph in columns (one per layer, left to right) and orders each column to reduce edge
 * crossings with the barycenter heuristic (K. Sugiyama, S. Tagawa and M. Toda, Methods for visual understanding of
 * hierarchical system structures, IEEE Trans. SMC 11(2), 1981): alternating sweeps, left to right by the mean row of
 * each node's neighbours in the previous column, then right to left by the next column; a node without such neighbours
 * keeps its place. O(sweeps × (V log V + E)). Deterministic: ties keep the input order.
 */
public final class LayeredLayout {
    /** Down-and-up sweep pairs; four settle the graphs of one MOU. */
    public static final int SWEEPS_DEFAULT = 4;

    private final Map<String, Integer> layer;
    private final List<String[]> edges;
    private final int sweeps;
    private Map<String, Double> rows;

    /**
     * @param layerOf each node's layer, in the order nodes first appear in a column
     * @param edges   pairs {from, to}; edges between nodes of the same layer or unknown nodes are ignored
     */
    public LayeredLayout(Map<String, Integer> layerOf, List<String[]> edges, int sweeps) {
        this.layer = new LinkedHashMap<>(Objects.requireNonNull(layerOf, "layerOf"));
        this.edges = List.copyOf(Objects.requireNonNull(edges, "edges"));
        if (sweeps < 0) {
            throw new IllegalArgumentException("sweeps must be >= 0, got " + sweeps);
        }
        this.sweeps = sweeps;
    }

    public LayeredLayout(Map<String, Integer> layerOf, List<String[]> edges) {
        this(layerOf, edges, SWEEPS_DEFAULT);
    }

    /** Each node's row in its column, centred on 0 (a column of 3 gets -1, 0, 1; of 2, -0.5 and 0.5). Cached. */
    public synchronized Map<String, Double> rows() {
        if (rows == null) {
            rows = java.util.Collections.unmodifiableMap(compute());
        }
        return rows;
    }

    private Map<String, Double> compute() {
        TreeMap<Integer, List<String>> columns = new TreeMap<>();
        layer.forEach((node, l) -> columns.computeIfAbsent(l, k -> new ArrayList<>()).add(node));
        Map<String, List<String>> previous = new HashMap<>();
        Map<String, List<String>> next = new HashMap<>();
        for (String[] e : edges) {
            Integer a = layer.get(e[0]);
            Integer b = layer.get(e[1]);
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            String lo = a < b ? e[0] : e[1];
            String hi = a < b ? e[1] : e[0];
            next.computeIfAbsent(lo, k -> new ArrayList<>()).add(hi);
            previous.computeIfAbsent(hi, k -> new ArrayList<>()).add(lo);
        }
        Map<String, Double> index = new HashMap<>();
        columns.values().forEach(c -> number(c, index));
        List<Integer> order = new ArrayList<>(columns.keySet());
        for (int s = 0; s < sweeps; s++) {
            for (int i = 1; i < order.size(); i++) {
                reorder(columns.get(order.get(i)), previous, index);
            }
            for (int i = order.size() - 2; i >= 0; i--) {
                reorder(columns.get(order.get(i)), next, index);
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        columns.values().forEach(c -> c.forEach(node -> out.put(node, index.get(node))));
        return out;
    }

    private static void reorder(List<String> column, Map<String, List<String>> neighbours, Map<String, Double> index) {
        Map<String, Double> key = new HashMap<>();
        for (String node : column) {
            List<String> ns = neighbours.getOrDefault(node, List.of());
            key.put(node, ns.isEmpty() ? index.get(node) : ns.stream().mapToDouble(index::get).average().orElse(0));
        }
        column.sort(Comparator.comparingDouble(key::get)); // stable: ties keep their order
        number(column, index);
    }

    /** Centred rows, so columns of different sizes compare: a column of 3 gets -1, 0, 1. */
    private static void number(List<String> column, Map<String, Double> index) {
        double mid = (column.size() - 1) / 2.0;
        for (int i = 0; i < column.size(); i++) {
            index.put(column.get(i), i - mid);
        }
    }
}
