package org.khumkha.cli;

import java.nio.file.Path;

import org.khumkha.graph.GraphSource;
import org.khumkha.graph.KnowledgeStore;

import picocli.CommandLine.Option;

/**
 * {@code --store DIR} for the embedded store; read commands also take {@code --endpoint URL} to run against any
 * SPARQL 1.1 query endpoint instead.
 */
public class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR",
            description = "TDB2 store directory (default: $KHUMKHA_STORE or ~/.khumkha/store)")
    Path store;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "read from this SPARQL query endpoint instead of the embedded store, e.g. http://host:3030/khumkha/sparql")
    String endpoint;

    public Path storeDirectory() {
        return store != null ? store : KnowledgeStore.defaultLocation();
    }

    public boolean isRemote() {
        return endpoint != null;
    }

    /** Opens the embedded store; refuses when the user asked for an endpoint. */
    public KnowledgeStore openStore() {
        if (endpoint != null) {
            throw new IllegalArgumentException("this command writes to the embedded store: use --store, not --endpoint");
        }
        return KnowledgeStore.open(storeDirectory());
    }

    /** A source to read from, and what to close afterwards (the store, or nothing for an endpoint). */
    public ReadSession openForReading() {
        if (endpoint != null && store != null) {
            throw new IllegalArgumentException("give --store or --endpoint, not both");
        }
        if (endpoint != null) {
            return new ReadSession(GraphSource.remote(endpoint), null);
        }
        KnowledgeStore ks = KnowledgeStore.open(storeDirectory());
        return new ReadSession(ks.source(), ks);
    }

    /** A graph source with the store behind it, closed together. */
    public record ReadSession(GraphSource source, KnowledgeStore store) implements AutoCloseable {
        @Override
        public void close() {
            if (store != null) {
                store.close();
            }
        }
    }
}
