package org.khumkha.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.system.Txn;

/**
 * Validates the union of the store's graphs against Khumkha's SHACL shapes ({@code ontology/shapes.ttl}, loaded
 * into {@code g:ontology/shapes}). The report names each focus node by its label, with the shape's message in
 * Thai and English.
 */
public final class ShaclValidation {
    /** The graph the shapes are loaded into. */
    public static final Node SHAPES_GRAPH = Vocab.graph("ontology/shapes");

    private final KnowledgeStore store;

    public ShaclValidation(KnowledgeStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** One violation, ready to print. */
    public record Finding(String severity, String focusNode, String focusLabel, String path, String value, String message) {}

    /** The outcome: conforms or not, and every finding sorted by focus node. */
    public record Result(boolean conforms, List<Finding> findings) {}

    public Result validate() {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph shapesGraph = store.dataset().asDatasetGraph().getGraph(SHAPES_GRAPH);
            if (shapesGraph.isEmpty()) {
                throw new IllegalStateException("No SHACL shapes in the store: run 'load' first (it loads ontology/shapes.ttl).");
            }
            Graph data = store.dataset().asDatasetGraph().getUnionGraph();
            Shapes shapes = Shapes.parse(shapesGraph);
            ValidationReport report = ShaclValidator.get().validate(shapes, data);
            List<Finding> findings = new ArrayList<>();
            for (ReportEntry e : report.getEntries()) {
                findings.add(new Finding(severity(e.severity()), display(e.focusNode()), Labels.of(data, e.focusNode()),
                        e.resultPath() == null ? "" : e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(Vocab.PREFIXES)),
                        e.value() == null ? "" : display(e.value()), e.message()));
            }
            findings.sort(Comparator.comparing(Finding::focusNode).thenComparing(Finding::message));
            return new Result(report.conforms(), findings);
        });
    }

    private static String severity(Severity s) {
        return s == null ? "Violation" : s.level().getLocalName();
    }

    private static String display(Node n) {
        if (n.isURI()) {
            String shortForm = Vocab.shortForm(n.getURI());
            return shortForm;
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        return n.toString();
    }
}
