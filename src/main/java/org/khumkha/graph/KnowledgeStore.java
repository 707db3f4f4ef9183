package org.khumkha.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The embedded TDB2 store. Every fact lives in a named graph that says where it came from; the default graph
 * that queries see is the union of all named graphs, so analysts never need {@code GRAPH} to ask ordinary
 * questions.
 */
public final class KnowledgeStore implements AutoCloseable {
    /** Environment variable that overrides {@link #defaultLocation()}. */
    public static final String STORE_ENV = "KHUMKHA_STORE";

    private final Path location;
    private final Dataset dataset;

    private KnowledgeStore(Path location, Dataset dataset) {
        this.location = location;
        this.dataset = dataset;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (creating if needed) the TDB2 store in {@code directory}. */
    public static KnowledgeStore open(Path directory) {
        Objects.requireNonNull(directory, "directory");
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Cannot create store directory " + directory + ": " + e.getMessage(), e);
        }
        return new KnowledgeStore(directory, TDB2Factory.connectDataset(directory.toString()));
    }

    /** An in-memory store with the same union-default-graph behaviour, for tests and generated data. */
    public static KnowledgeStore inMemory() {
        return new KnowledgeStore(null, TDB2Factory.createDataset());
    }

    /** {@code $KHUMKHA_STORE}, else {@code ~/.khumkha/store}: outside the build tree so {@code mvn clean} keeps it. */
    public static Path defaultLocation() {
        String fromEnv = System.getenv(STORE_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return Path.of(System.getProperty("user.home"), ".khumkha", "store");
    }

    public Dataset dataset() {
        return dataset;
    }

    public Path location() {
        return location;
    }

    /** The number of quads over all named graphs. */
    public long size() {
        return dataset.calculateRead(() -> {
            long n = 0;
            var it = dataset.asDatasetGraph().find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    public boolean isEmpty() {
        return dataset.calculateRead(() -> !dataset.asDatasetGraph().find().hasNext());
    }

    public GraphSource source() {
        return GraphSource.local(dataset);
    }

    /** Runs {@code action} in one write transaction: all of it lands, or none. */
    public void write(Runnable action) {
        dataset.begin(TxnType.WRITE);
        try {
            action.run();
            dataset.commit();
        } catch (RuntimeException e) {
            dataset.abort();
            throw e;
        } finally {
            dataset.end();
        }
    }

    @Override
    public void close() {
        // Expel, not just close: TDB2 keeps a connection cache and the directory lock until the JVM exits.
        TDBInternal.expel(dataset.asDatasetGraph());
    }
}
