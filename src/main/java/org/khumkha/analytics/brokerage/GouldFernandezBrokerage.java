package org.khumkha.analytics.brokerage;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;

/**
 * Gould and Fernandez's brokerage role counts (R. V. Gould and R. M. Fernandez, "Structures of mediation: a formal
 * approach to brokerage in transaction networks", <i>Sociological Methodology</i> 19, 1989, pp. 89-126), the
 * unnormalised counts of the {@code brokerage} function of R's {@code sna} package.
 *
 * <p>For every ordered triple of distinct vertices with arcs {@code a → b} and {@code b → c} and no arc
 * {@code a → c}, broker b is credited with one role, chosen by group membership ({@link BrokerageRole#classify}).
 * An undirected edge counts as an arc each way. Parallel edges count once. Every vertex must have a group (the
 * partition function must not return null): an actor without a known sector should be given a group of its own.
 *
 * <p>Complexity: O(Σ_b indeg(b) · outdeg(b)) adjacency tests (each O(1) in JGraphT's default graphs).
 * Computed on the first call, cached.
 */
public final class GouldFernandezBrokerage<V, E> {
    private final Graph<V, E> graph;
    private final Function<V, ?> group;
    private Map<V, Map<BrokerageRole, Integer>> counts;

    /**
     * @param graph a directed or undirected graph
     * @param group the partition: each vertex's group (its sector); never null for a vertex of the graph
     */
    public GouldFernandezBrokerage(Graph<V, E> graph, Function<V, ?> group) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.group = Objects.requireNonNull(group, "group");
    }

    /** Every vertex's role counts (all five roles present, zero where none). Unmodifiable. */
    public Map<V, Map<BrokerageRole, Integer>> getCounts() {
        if (counts == null) {
            counts = Collections.unmodifiableMap(compute());
        }
        return counts;
    }

    /** One vertex's role counts. */
    public Map<BrokerageRole, Integer> getCounts(V broker) {
        if (!graph.containsVertex(broker)) {
            throw new IllegalArgumentException("no such vertex in the graph: " + broker);
        }
        return getCounts().get(broker);
    }

    /** The number of brokered paths of any role through {@code broker}. */
    public int total(V broker) {
        return getCounts(broker).values().stream().mapToInt(Integer::intValue).sum();
    }

    private Map<V, Map<BrokerageRole, Integer>> compute() {
        Map<V, Object> groups = new LinkedHashMap<>();
        for (V v : graph.vertexSet()) {
            Object g = group.apply(v);
            if (g == null) {
                throw new IllegalArgumentException("vertex " + v + " has no group: give it a group of its own");
            }
            groups.put(v, g);
        }
        boolean directed = graph.getType().isDirected();
        Map<V, Map<BrokerageRole, Integer>> result = new LinkedHashMap<>();
        for (V b : graph.vertexSet()) {
            EnumMap<BrokerageRole, Integer> roles = new EnumMap<>(BrokerageRole.class);
            for (BrokerageRole r : BrokerageRole.values()) {
                roles.put(r, 0);
            }
            Set<V> sources = new LinkedHashSet<>(directed ? Graphs.predecessorListOf(graph, b) : Graphs.neighborListOf(graph, b));
            Set<V> targets = new LinkedHashSet<>(directed ? Graphs.successorListOf(graph, b) : Graphs.neighborListOf(graph, b));
            sources.remove(b);
            targets.remove(b);
            for (V a : sources) {
                for (V c : targets) {
                    if (c.equals(a) || graph.containsEdge(a, c)) {
                        continue;
                    }
                    BrokerageRole role = BrokerageRole.classify(groups.get(a), groups.get(b), groups.get(c));
                    roles.merge(role, 1, Integer::sum);
                }
            }
            result.put(b, Collections.unmodifiableMap(roles));
        }
        return result;
    }
}
