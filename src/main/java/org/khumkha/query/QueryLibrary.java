package org.khumkha.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The named queries in {@code queries/}: read once, by name. Java code that needs SPARQL takes it from here
 * too, so every query the program runs is one an analyst can read and reuse.
 */
public final class QueryLibrary {
    /** The folder of named queries, relative to the project directory. */
    public static final String DEFAULT_DIRECTORY = "queries";

    private final Map<String, NamedQuery> queries;

    private QueryLibrary(Map<String, NamedQuery> queries) {
        this.queries = Collections.unmodifiableMap(queries);
    }

    /** Reads every {@code *.rq} of {@code directory}; a file whose header or SPARQL is broken is an error. */
    public static QueryLibrary load(Path directory) {
        Objects.requireNonNull(directory, "directory");
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("No query library at " + directory.toAbsolutePath()
                    + ": run Khumkha from the project directory (the one holding queries/)");
        }
        Map<String, NamedQuery> found = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String fileName = file.getFileName().toString();
                String name = fileName.substring(0, fileName.length() - 3);
                found.put(name, NamedQuery.parse(name, Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + directory + ": " + e.getMessage(), e);
        }
        return new QueryLibrary(found);
    }

    public static QueryLibrary load() {
        return load(Path.of(DEFAULT_DIRECTORY));
    }

    public Optional<NamedQuery> find(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    /** The query, or an error listing what there is. */
    public NamedQuery get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "no named query '" + name + "' in queries/ (there are: " + String.join(", ", queries.keySet()) + ")"));
    }

    public List<NamedQuery> all() {
        return new ArrayList<>(queries.values());
    }
}
