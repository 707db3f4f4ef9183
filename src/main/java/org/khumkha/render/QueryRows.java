package org.khumkha.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.khumkha.graph.GraphSource;
import org.khumkha.query.QueryLibrary;

/** Runs a named view query for one organization and reads its rows as strings and numbers. */
final class QueryRows {
    /** The parameter every view query takes: the organization's short id. */
    static final String ORG_PARAMETER = "orgId";

    private QueryRows() {}

    static List<QuerySolution> select(GraphSource source, QueryLibrary queries, String name, Map<String, String> params) {
        Objects.requireNonNull(source, "source");
        List<QuerySolution> list = new ArrayList<>();
        source.select(queries.get(name).bind(params)).forEachRemaining(list::add);
        return list;
    }

    static List<QuerySolution> forOrganization(GraphSource source, QueryLibrary queries, String name, String orgId) {
        return select(source, queries, name, Map.of(ORG_PARAMETER, orgId));
    }

    /** The IRI or lexical form of a variable's value; null when unbound or empty. */
    static String text(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null) {
            return null;
        }
        String s = n.isURIResource() ? n.asResource().getURI() : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
        return s.isEmpty() ? null : s;
    }

    static Double number(QuerySolution row, String var) {
        String s = text(row, var);
        if (s == null) {
            return null;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Integer integer(QuerySolution row, String var) {
        Double d = number(row, var);
        return d == null ? null : (int) Math.round(d);
    }

    /** A space-separated list (GROUP_CONCAT) as a list; empty when unbound. */
    static List<String> list(QuerySolution row, String var) {
        String s = text(row, var);
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.trim().split("\\s+")).toList();
    }
}
