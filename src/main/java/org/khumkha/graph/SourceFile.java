package org.khumkha.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * One RDF file to load: where it is, the name the user knows it by (relative to the project directory when inside
 * it), and the graph its triples outside any named graph go into ({@code ontology/khumkha.ttl} →
 * {@code g:ontology/khumkha}).
 */
record SourceFile(Path path, String name, Node fileGraph) {
    static final Set<String> RDF_EXTENSIONS = Set.of("ttl", "trig", "nt", "nq", "jsonld", "rdf", "owl");

    /** Expands directories (recursively, RDF files only, sorted) and keeps explicit files as given. */
    static List<SourceFile> expand(Path baseDirectory, List<Path> sources) {
        List<SourceFile> files = new ArrayList<>();
        for (Path source : sources) {
            Path p = source.isAbsolute() ? source.normalize() : baseDirectory.resolve(source).normalize();
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> RDF_EXTENSIONS.contains(extension(f))).sorted()
                            .forEach(f -> files.add(of(baseDirectory, f)));
                } catch (IOException e) {
                    throw new LoadException(List.of(new LoadProblem(of(baseDirectory, p).name(), 0, 0,
                            "cannot read directory: " + e.getMessage())));
                }
            } else {
                files.add(of(baseDirectory, p));
            }
        }
        return files;
    }

    static SourceFile of(Path baseDirectory, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String name = abs.startsWith(baseDirectory) ? baseDirectory.relativize(abs).toString() : abs.toString();
        String graphPath = name.replace('\\', '/');
        if (graphPath.startsWith("/")) {
            graphPath = "file" + graphPath;
        }
        int dot = graphPath.lastIndexOf('.');
        return new SourceFile(abs, name, Vocab.graph(dot > 0 ? graphPath.substring(0, dot) : graphPath));
    }

    /** Why this file cannot be parsed as RDF at all, or null when it can. */
    String unreadableReason() {
        if (!Files.isRegularFile(path)) {
            return "no such file";
        }
        if (lang() == null || !RDF_EXTENSIONS.contains(extension(path))) {
            return "not an RDF file (expected .ttl, .trig, .nt, .nq, .jsonld, .rdf); measurement files go through 'import', not 'load'";
        }
        return null;
    }

    Lang lang() {
        return RDFLanguages.filenameToLang(path.toString());
    }

    long bytes() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
