package org.khumkha.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.Query;
import org.khumkha.graph.GraphSource;

/** Runs a query of any form against a graph source and writes its results in the asked format. */
public final class QueryService {
    private QueryService() {}

    public static void run(GraphSource source, Query query, ResultFormat format, OutputStream out) {
        if (query.isSelectType()) {
            format.write(source.select(query), out);
        } else if (query.isAskType()) {
            boolean answer = source.ask(query);
            PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
            ps.println(format == ResultFormat.JSON ? "{ \"head\" : { } , \"boolean\" : " + answer + " }"
                    : (format == ResultFormat.CSV ? "_askResult\n" + answer : (answer ? "yes" : "no")));
        } else {
            format.write(source.construct(query), out);
        }
    }
}
