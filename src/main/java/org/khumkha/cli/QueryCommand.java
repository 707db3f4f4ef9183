package org.khumkha.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.khumkha.query.QueryLibrary;
import org.khumkha.query.QueryService;
import org.khumkha.query.ResultFormat;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", description = {
        "Run a named query from queries/ (or a SPARQL file) over the store or an endpoint.",
        "Named queries and their parameters: 'query --list'."})
public class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static class Which {
        @Parameters(paramLabel = "NAME", description = "a named query (file name in queries/ without .rq)")
        String name;

        @Option(names = "--file", paramLabel = "F", description = "a SPARQL query file")
        Path file;

        @Option(names = "--list", description = "list the named queries with their parameters")
        boolean list;
    }

    @Option(names = "--param", paramLabel = "k=v", description = "a parameter value (repeatable)")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = "output format (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = QueryLibrary.DEFAULT_DIRECTORY,
            description = "the named-query folder (default: ${DEFAULT-VALUE})")
    Path queriesDirectory;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ResultFormat resultFormat = ResultFormat.parse(format);
        if (which.list) {
            listQueries();
            return ExitCodes.OK;
        }
        Query query;
        if (which.file != null) {
            if (!params.isEmpty()) {
                throw new IllegalArgumentException("--param works with named queries; a --file query is run as written");
            }
            query = parseFile(which.file);
        } else {
            query = QueryLibrary.load(queriesDirectory).get(which.name).bind(params);
        }
        try (StoreOptions.ReadSession session = storeOptions.openForReading()) {
            spec.commandLine().getOut().flush();
            OutputStream out = System.out;
            QueryService.run(session.source(), query, resultFormat, out);
            out.flush();
        }
        return ExitCodes.OK;
    }

    private Query parseFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such query file: " + file);
        }
        try {
            return QueryFactory.create(Files.readString(file, StandardCharsets.UTF_8));
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
    }

    private void listQueries() {
        var out = spec.commandLine().getOut();
        for (var q : QueryLibrary.load(queriesDirectory).all()) {
            out.printf("%s%n  %s / %s%n", q.name(), q.titleTh(), q.titleEn());
            q.parameters().forEach(p -> out.printf("  --param %s=%s  (%s) %s%n", p.name(),
                    p.defaultValue() == null ? "" : p.defaultValue(), p.type().name().toLowerCase(), p.description()));
        }
        out.flush();
    }
}
