package org.khumkha.scoring.rubric;

import java.util.Objects;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * The union of a store's named graphs except some, read-only: each find is one lookup in the store's quad indexes
 * (any graph), with the quads of the excluded graphs dropped and each triple returned once. Must be read inside the
 * store's read transaction.
 */
final class StoredUnionGraph extends GraphBase {
    private final DatasetGraph store;
    private final Set<Node> excluded;

    StoredUnionGraph(DatasetGraph store, Set<Node> excluded) {
        this.store = Objects.requireNonNull(store, "store");
        this.excluded = Set.copyOf(excluded);
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        var quads = Iter.iter(store.find(Node.ANY, pattern.getSubject(), pattern.getPredicate(), pattern.getObject()))
                .filter(q -> !q.isDefaultGraph() && !excluded.contains(q.getGraph()))
                .map(Quad::asTriple)
                .distinct();
        return WrappedIterator.create(quads);
    }
}
