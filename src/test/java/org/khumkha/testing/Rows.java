package org.khumkha.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.khumkha.graph.GraphSource;
import org.khumkha.query.QueryLibrary;

/** Runs a named query of the library on a source and returns its rows as maps of plain strings, for assertions. */
public final class Rows {
    private static final QueryLibrary LIBRARY = QueryLibrary.load();

    private Rows() {}

    public static List<Map<String, String>> of(GraphSource source, String queryName, Map<String, String> params) {
        ResultSetRewindable rs = source.select(LIBRARY.get(queryName).bind(params));
        List<Map<String, String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, String> row = new LinkedHashMap<>();
            for (String v : rs.getResultVars()) {
                RDFNode n = s.get(v);
                // Blank nodes have no identity across stores: compare them as "_:".
                row.put(v, n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isAnon() ? "_:" : n.toString());
            }
            rows.add(row);
        }
        return rows;
    }

    public static List<Map<String, String>> of(GraphSource source, String queryName) {
        return of(source, queryName, Map.of());
    }

    public static QueryLibrary library() {
        return LIBRARY;
    }
}
