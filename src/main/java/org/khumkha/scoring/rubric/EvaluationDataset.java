package org.khumkha.scoring.rubric;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphMapLink;
import org.apache.jena.sparql.graph.GraphUnionRead;
import org.apache.jena.system.Txn;
import org.khumkha.graph.GraphSource;
import org.khumkha.graph.Vocab;
import org.khumkha.query.QueryLibrary;

/**
 * A read-only view of the store with freshly computed graphs added (the analysis of the organization and the
 * year's matrix results), for the rubric's SPARQL conditions. Nothing is copied from a local store and nothing is
 * written to it: the view links the store's named graphs (TDB2 graph views, inside one read transaction) and the
 * fresh in-memory graphs; a stored graph with the same name as a fresh one (an older saved analysis or scorecard)
 * is hidden. The view's default graph is the union of its named graphs, like the store's.
 *
 * <p>For a remote endpoint ({@code --endpoint}) there is no store to link: the endpoint's named graphs, less saved
 * scorecards and analyses, are read once into memory (named query {@code scoring-snapshot}, one CONSTRUCT) and the
 * fresh graphs are added beside that copy. Nothing is written to the endpoint.
 */
public final class EvaluationDataset {
    /** Where the copy of a remote endpoint sits in the view. */
    public static final Node REMOTE_SNAPSHOT_GRAPH = Vocab.graph("scoring/endpoint-snapshot");

    private EvaluationDataset() {}

    /** Runs {@code reader} over the view; the view is valid only inside the call. */
    public static <T> T read(GraphSource source, Map<Node, Graph> fresh, QueryLibrary queries, Function<DatasetGraph, T> reader) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fresh, "fresh");
        Dataset local = source.localDataset();
        if (local == null) {
            Model snapshot = source.construct(queries.get("scoring-snapshot").bind(Map.of()));
            return reader.apply(view(Map.of(REMOTE_SNAPSHOT_GRAPH, snapshot.getGraph()), fresh));
        }
        if (local.isInTransaction()) {
            return reader.apply(viewOf(local.asDatasetGraph(), fresh));
        }
        return Txn.calculateRead(local, () -> reader.apply(viewOf(local.asDatasetGraph(), fresh)));
    }

    /**
     * The store's named graphs less the hidden ones, and the fresh graphs. The default graph is NOT a union of graph
     * views (that asks every one of a national store's hundreds of graphs for every triple pattern — minutes for one
     * rubric): it asks the store's quad indexes once per pattern, dropping quads of hidden graphs, and adds the fresh
     * graphs' triples.
     */
    private static DatasetGraph viewOf(DatasetGraph store, Map<Node, Graph> fresh) {
        Map<Node, Graph> graphs = new java.util.LinkedHashMap<>();
        List<Node> names = new ArrayList<>();
        store.listGraphNodes().forEachRemaining(names::add);
        Set<Node> hidden = new HashSet<>();
        for (Node name : names) {
            if (fresh.containsKey(name)) {
                hidden.add(name);
            } else {
                graphs.put(name, store.getGraph(name));
            }
        }
        DatasetGraph freshOnly = DatasetGraphFactory.createGeneral();
        fresh.forEach(freshOnly::addGraph);
        // fresh first: Union drops the right side's triples the left side holds, and the fresh graphs are in memory
        Graph union = new Union(new GraphUnionRead(freshOnly), new StoredUnionGraph(store, hidden));
        DatasetGraphMapLink view = new DatasetGraphMapLink(union);
        graphs.forEach(view::addGraph);
        fresh.forEach(view::addGraph);
        return view;
    }

    private static DatasetGraph view(Map<Node, Graph> stored, Map<Node, Graph> fresh) {
        DatasetGraph named = DatasetGraphFactory.createGeneral();
        stored.forEach(named::addGraph);
        fresh.forEach(named::addGraph);
        DatasetGraphMapLink view = new DatasetGraphMapLink(new GraphUnionRead(named));
        stored.forEach(view::addGraph);
        fresh.forEach(view::addGraph);
        return view;
    }
}
