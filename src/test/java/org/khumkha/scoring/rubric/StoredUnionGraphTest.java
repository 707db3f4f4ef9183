package org.khumkha.scoring.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.testing.CodiFixture;

/** The stored union: every named graph but the excluded ones, each triple once, read from a real TDB2 store. */
class StoredUnionGraphTest {
    private static Node n(String local) {
        return NodeFactory.createURI("https://example.org/" + local);
    }

    @Test
    void dropsExcludedGraphsAndReturnsEachTripleOnce() {
        try (KnowledgeStore store = CodiFixture.emptyStore()) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            store.write(() -> {
                dsg.add(new Quad(n("g1"), n("a"), n("p"), n("b")));
                dsg.add(new Quad(n("g2"), n("a"), n("p"), n("b")));
                dsg.add(new Quad(n("g2"), n("c"), n("p"), n("d")));
                dsg.add(new Quad(n("old-analysis"), n("e"), n("p"), n("f")));
            });
            Txn.executeRead(store.dataset(), () -> {
                List<Triple> all = new StoredUnionGraph(dsg, Set.of()).find(Node.ANY, n("p"), Node.ANY).toList();
                assertThat(all).hasSize(3).contains(Triple.create(n("a"), n("p"), n("b")));
                List<Triple> visible = new StoredUnionGraph(dsg, Set.of(n("old-analysis"), n("g2")))
                        .find(Node.ANY, Node.ANY, Node.ANY).toList();
                assertThat(visible).containsExactly(Triple.create(n("a"), n("p"), n("b")));
            });
        }
    }
}
