package org.khumkha.analytics.centrality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jgrapht.Graph;

/**
 * A JGraphT graph copied once into compressed sparse rows: vertex i's successors (its neighbours, on an undirected
 * graph) are {@code targets[offsets[i]] … targets[offsets[i+1] − 1]}. Breadth-first searches over it need no hash map
 * and no boxing, which is what makes a search from every one of 15,000 actors take seconds instead of minutes.
 * Self-loops are left out (no shortest path uses one); parallel edges stay, as JGraphT's neighbour lists keep them.
 * Vertices are numbered in the graph's iteration order. Immutable.
 *
 * @param <V> vertex type
 */
final class IndexedGraph<V> {
    private final List<V> vertices;
    private final int[] offsets;
    private final int[] targets;
    private final boolean directed;

    <E> IndexedGraph(Graph<V, E> graph) {
        Objects.requireNonNull(graph, "graph");
        this.vertices = List.copyOf(new ArrayList<>(graph.vertexSet()));
        this.directed = graph.getType().isDirected();
        int n = vertices.size();
        Map<V, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(vertices.get(i), i);
        }
        int[][] ends = new int[graph.edgeSet().size()][];
        int m = 0;
        int[] degree = new int[n];
        for (E e : graph.edgeSet()) {
            int a = index.get(graph.getEdgeSource(e));
            int b = index.get(graph.getEdgeTarget(e));
            if (a == b) {
                continue;
            }
            ends[m++] = new int[] {a, b};
            degree[a]++;
            if (!directed) {
                degree[b]++;
            }
        }
        offsets = new int[n + 1];
        for (int i = 0; i < n; i++) {
            offsets[i + 1] = offsets[i] + degree[i];
        }
        targets = new int[offsets[n]];
        int[] fill = Arrays.copyOf(offsets, n);
        for (int k = 0; k < m; k++) {
            int a = ends[k][0];
            int b = ends[k][1];
            targets[fill[a]++] = b;
            if (!directed) {
                targets[fill[b]++] = a;
            }
        }
    }

    int size() {
        return vertices.size();
    }

    V vertex(int i) {
        return vertices.get(i);
    }

    List<V> vertices() {
        return vertices;
    }

    boolean directed() {
        return directed;
    }

    int firstArc(int v) {
        return offsets[v];
    }

    int endArc(int v) {
        return offsets[v + 1];
    }

    int target(int arc) {
        return targets[arc];
    }
}
