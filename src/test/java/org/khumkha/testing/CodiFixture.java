package org.khumkha.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.khumkha.graph.GraphLoader;
import org.khumkha.graph.KnowledgeStore;

/**
 * A real TDB2 store in a temporary directory holding ontology/ and data/ exactly as {@code load} would,
 * shared by the tests of one JVM (loading takes a second or two; the tests only read it).
 * Tests that write make their own store with {@link #freshStore()}.
 */
public final class CodiFixture {
    private static KnowledgeStore shared;

    private CodiFixture() {}

    /** The shared, read-only CODI store. */
    public static synchronized KnowledgeStore store() {
        if (shared == null) {
            shared = freshStore();
        }
        return shared;
    }

    /** A new TDB2 store with ontology/ and data/ loaded, in its own temporary directory. */
    public static KnowledgeStore freshStore() {
        KnowledgeStore store = KnowledgeStore.open(tempDirectory());
        new GraphLoader(Path.of(""), line -> { }).load(store,
                GraphLoader.DEFAULT_SOURCES.stream().map(Path::of).toList());
        return store;
    }

    /** An empty TDB2 store in its own temporary directory. */
    public static KnowledgeStore emptyStore() {
        return KnowledgeStore.open(tempDirectory());
    }

    public static Path tempDirectory() {
        try {
            Path dir = Files.createTempDirectory("khumkha-test-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files {@code load} reads by default. */
    public static List<Path> defaultSources() {
        return GraphLoader.DEFAULT_SOURCES.stream().map(Path::of).toList();
    }
}
