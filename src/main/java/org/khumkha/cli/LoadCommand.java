package org.khumkha.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.khumkha.graph.GraphLoader;
import org.khumkha.graph.KnowledgeStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "load", description = {
        "Load RDF files into the store, all or nothing: ontology/ and data/ when no file is given.",
        "A malformed file is reported with file, line and column, and the store is left exactly as it was.",
        "Measurement files (CSV, XLSX) are not loaded: use 'import'."})
public class LoadCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "FILES", arity = "0..*", description = "RDF files or directories (.ttl .trig .nt .nq .jsonld)")
    List<Path> files = new ArrayList<>();

    @Option(names = "--loader", paramLabel = "HOW", description = {
            "auto (default): bulk into an empty store from 64 MiB of files, else transaction;",
            "transaction: parse into memory, write in ONE transaction (atomic even if the machine fails);",
            "bulk: check every file, then Jena's phased bulk loader (several times faster at millions of quads;",
            "  bad input still writes nothing, but a crash during the write can leave the store part-loaded)."})
    GraphLoader.Strategy strategy = GraphLoader.Strategy.AUTO;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> sources = files.isEmpty() ? GraphLoader.DEFAULT_SOURCES.stream().map(Path::of).toList() : files;
        try (KnowledgeStore store = storeOptions.openStore()) {
            var out = spec.commandLine().getOut();
            GraphLoader.LoadReport report = new GraphLoader(Path.of(""), out::println, strategy).load(store, sources);
            if (report.strategy() == GraphLoader.Strategy.TRANSACTION) {
                out.printf("store %s now holds %,d quads%n", store.location(), store.size());
            } else {
                out.printf("store %s: %,d quads bulk-loaded%n", store.location(), report.quads());
            }
        }
        return ExitCodes.OK;
    }
}
