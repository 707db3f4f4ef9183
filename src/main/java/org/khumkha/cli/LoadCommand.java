package org.khumkha.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.khumkha.graph.GraphLoader;
import org.khumkha.graph.KnowledgeStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "load", description = {
        "Load RDF files into the store in one transaction: ontology/ and data/ when no file is given.",
        "A malformed file is reported with file, line and column, and the store is left exactly as it was.",
        "Measurement files (CSV, XLSX) are not loaded: use 'import'."})
public class LoadCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "FILES", arity = "0..*", description = "RDF files or directories (.ttl .trig .nt .nq .jsonld)")
    List<Path> files = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> sources = files.isEmpty() ? GraphLoader.DEFAULT_SOURCES.stream().map(Path::of).toList() : files;
        try (KnowledgeStore store = storeOptions.openStore()) {
            var out = spec.commandLine().getOut();
            new GraphLoader(Path.of(""), out::println).load(store, sources);
            out.printf("store %s now holds %,d quads%n", store.location(), store.size());
        }
        return ExitCodes.OK;
    }
}
