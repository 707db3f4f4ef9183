package org.khumkha.analytics.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.khumkha.graph.GraphSource;
import org.khumkha.query.QueryLibrary;

/** Runs a named analysis query for one organization and reads its rows as strings and numbers. */
final class Rows {
    /** The parameter every analysis query takes: the organization's short id. */
    static final String ORG_PARAMETER = "orgId";

    private Rows() {}

    static List<QuerySolution> select(GraphSource source, QueryLibrary queries, String name, String orgId) {
        Objects.requireNonNull(source, "source");
        ResultSetRewindable rows = source.select(queries.get(name).bind(Map.of(ORG_PARAMETER, orgId)));
        List<QuerySolution> list = new ArrayList<>();
        rows.forEachRemaining(list::add);
        return list;
    }

    /** The IRI or lexical form of a variable's value; null when unbound. */
    static String text(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null) {
            return null;
        }
        if (n.isURIResource()) {
            return n.asResource().getURI();
        }
        if (n.isLiteral()) {
            return n.asLiteral().getLexicalForm();
        }
        return n.toString();
    }

    static Double number(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null || !n.isLiteral()) {
            return null;
        }
        try {
            return Double.parseDouble(n.asLiteral().getLexicalForm());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean bool(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n != null && n.isLiteral() && n.asLiteral().getBoolean();
    }
}
