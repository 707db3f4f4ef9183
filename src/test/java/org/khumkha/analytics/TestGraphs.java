package org.khumkha.analytics;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.generate.BarabasiAlbertGraphGenerator;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.util.SupplierUtil;
import org.khumkha.graph.GraphLoader;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.testing.CodiFixture;

/**
 * Small graphs for the algorithm tests, built from edge lists such as {@code "a-b", "b-c"}, and the toy organization's
 * store ({@code src/test/files/analytics/toy-organization.trig}, worked by hand in {@code AnalysisServiceToyTest}).
 */
public final class TestGraphs {
    private TestGraphs() {}

    public static final String TOY_FILE = "src/test/files/analytics/toy-organization.trig";

    /** The ontology and the toy organization in a fresh TDB2 store (the caller closes it). */
    public static KnowledgeStore toyStore() {
        KnowledgeStore store = KnowledgeStore.open(CodiFixture.tempDirectory());
        new GraphLoader(Path.of(""), line -> { }).load(store, List.of(Path.of("ontology"), Path.of(TOY_FILE)));
        return store;
    }

    /** An undirected simple graph; a lone name ({@code "x"}) adds an isolated vertex. */
    public static Graph<String, DefaultEdge> undirected(String... edges) {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (String e : edges) {
            String[] ends = e.split("-");
            ends[0] = ends[0].strip();
            g.addVertex(ends[0]);
            if (ends.length > 1) {
                g.addVertex(ends[1]);
                g.addEdge(ends[0], ends[1]);
            }
        }
        return g;
    }

    /** A directed simple graph from {@code "a>b"} arcs. */
    public static Graph<String, DefaultEdge> directed(String... arcs) {
        Graph<String, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
        for (String a : arcs) {
            String[] ends = a.split(">");
            g.addVertex(ends[0]);
            if (ends.length > 1) {
                g.addVertex(ends[1]);
                g.addEdge(ends[0], ends[1]);
            }
        }
        return g;
    }

    /** An undirected weighted graph from {@code "a-b:2"} edges. */
    public static Graph<String, DefaultWeightedEdge> weighted(String... edges) {
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (String e : edges) {
            String[] parts = e.split(":");
            String[] ends = parts[0].split("-");
            g.addVertex(ends[0]);
            g.addVertex(ends[1]);
            g.setEdgeWeight(g.addEdge(ends[0], ends[1]), Double.parseDouble(parts[1]));
        }
        return g;
    }

    /** A seeded Barabási-Albert scale-free graph: n vertices, m edges added per new vertex. */
    public static Graph<Integer, DefaultEdge> scaleFree(int n, int m, long seed) {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(SupplierUtil.createIntegerSupplier(), SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        new BarabasiAlbertGraphGenerator<Integer, DefaultEdge>(m + 1, m, n, new Random(seed)).generateGraph(g);
        return g;
    }
}
