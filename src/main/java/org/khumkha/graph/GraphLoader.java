package org.khumkha.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Loads RDF files into the store in ONE transaction. Every file is parsed first into memory with an error
 * handler that keeps file, line and column; only when all files parse cleanly (warnings such as an ill-typed
 * number count as errors) is anything written. A named graph that is loaded again replaces the stored one, so
 * reloading is idempotent.
 *
 * <p>Triples outside a named graph (plain Turtle files such as the ontology) go into a graph named after the
 * file: {@code ontology/khumkha.ttl} → {@code g:ontology/khumkha}.
 */
public final class GraphLoader {
    /** The files {@code load} reads when given none: relative to the project directory. */
    public static final List<String> DEFAULT_SOURCES = List.of("ontology", "data");

    private static final Set<String> RDF_EXTENSIONS = Set.of("ttl", "trig", "nt", "nq", "jsonld", "rdf", "owl");
    private static final Set<String> YEAR_PROPERTIES = Set.of("fiscalYear", "baseYear", "targetYear",
            "firstFiscalYear", "lastFiscalYear", "buddhistEraYear");

    private final Path baseDirectory;
    private final Consumer<String> progress;

    /**
     * @param baseDirectory files are named relative to it (graph names, messages)
     * @param progress      receives one line per file and a summary; never null
     */
    public GraphLoader(Path baseDirectory, Consumer<String> progress) {
        this.baseDirectory = Objects.requireNonNull(baseDirectory, "baseDirectory").toAbsolutePath().normalize();
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** What a load did. */
    public record LoadReport(int files, long quads, int graphs, long millis) {
        public double quadsPerSecond() {
            return millis == 0 ? quads : quads * 1000.0 / millis;
        }
    }

    /** Expands directories (recursively, RDF files only, sorted) and keeps explicit files as given. */
    public List<Path> expand(List<Path> sources) {
        List<Path> files = new ArrayList<>();
        for (Path source : sources) {
            Path p = resolve(source);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(GraphLoader::isRdfFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new LoadException(List.of(new LoadProblem(name(p), 0, 0, "cannot read directory: " + e.getMessage())));
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** Parses every file, then writes them all in one transaction; throws {@link LoadException} and writes nothing on any problem. */
    public LoadReport load(KnowledgeStore store, List<Path> sources) {
        long start = System.nanoTime();
        List<Path> files = expand(sources);
        if (files.isEmpty()) {
            throw new LoadException(List.of(new LoadProblem(String.valueOf(sources), 0, 0, "no RDF files to load")));
        }
        DatasetGraph parsed = DatasetGraphFactory.create();
        List<LoadProblem> problems = new ArrayList<>();
        int index = 0;
        for (Path file : files) {
            index++;
            long count = parseInto(file, parsed, problems);
            progress.accept(String.format(Locale.ROOT, "[%d/%d] %s: %,d quads", index, files.size(), name(file), count));
        }
        if (!problems.isEmpty()) {
            throw new LoadException(problems);
        }
        List<Node> graphs = new ArrayList<>();
        parsed.listGraphNodes().forEachRemaining(graphs::add);
        long quads = parsed.stream().count();  // once, after parsing
        store.write(() -> {
            DatasetGraph target = store.dataset().asDatasetGraph();
            for (Node g : graphs) {
                target.removeGraph(g);
                target.addGraph(g, parsed.getGraph(g));
            }
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        LoadReport report = new LoadReport(files.size(), quads, graphs.size(), millis);
        progress.accept(String.format(Locale.ROOT, "loaded %,d quads in %,d graphs from %d files in %.1f s (%,.0f quads/s)",
                quads, graphs.size(), files.size(), millis / 1000.0, report.quadsPerSecond()));
        return report;
    }

    /** Parses one file into {@code parsed}; returns how many quads it held (0 when it had problems). */
    private long parseInto(Path file, DatasetGraph parsed, List<LoadProblem> problems) {
        String name = name(file);
        if (!Files.isRegularFile(file)) {
            problems.add(new LoadProblem(name, 0, 0, "no such file"));
            return 0;
        }
        Lang lang = RDFLanguages.filenameToLang(file.toString());
        if (lang == null || !RDF_EXTENSIONS.contains(extension(file))) {
            problems.add(new LoadProblem(name, 0, 0, "not an RDF file (expected .ttl, .trig, .nt, .nq, .jsonld, .rdf); "
                    + "measurement files go through 'import', not 'load'"));
            return 0;
        }
        DatasetGraph one = DatasetGraphFactory.create();
        CollectingErrorHandler errors = new CollectingErrorHandler(name, new ArrayList<>());
        try (InputStream in = Files.newInputStream(file)) {
            RDFParser.create().source(in).lang(lang).base(file.toUri().toString())
                    .errorHandler(errors).checking(true).parse(one);
        } catch (IOException e) {
            problems.add(new LoadProblem(name, 0, 0, "cannot read: " + e.getMessage()));
            return 0;
        } catch (RuntimeException e) {
            if (errors.problems().isEmpty()) {
                errors.problems().add(new LoadProblem(name, 0, 0, e.getMessage()));
            }
        }
        if (!errors.problems().isEmpty()) {
            problems.addAll(errors.problems());
            return 0;
        }
        int before = problems.size();
        checkYears(file, one, problems);
        if (problems.size() > before) {
            return 0;
        }
        Node fileGraph = Vocab.graph(graphPath(file));
        one.getDefaultGraph().find().forEachRemaining(t -> parsed.add(fileGraph, t.getSubject(), t.getPredicate(), t.getObject()));
        Iterator<Node> names = one.listGraphNodes();
        names.forEachRemaining(g -> one.getGraph(g).find().forEachRemaining(t -> parsed.add(new Quad(g, t))));
        return one.getDefaultGraph().size() + one.stream().filter(q -> !q.isDefaultGraph()).count();
    }

    /** A year that is not B.E. (a C.E. year such as 2025 in a fiscal-year property) is refused with its line. */
    private void checkYears(Path file, DatasetGraph dsg, List<LoadProblem> problems) {
        dsg.find().forEachRemaining(q -> {
            Node p = q.getPredicate();
            if (!p.isURI() || !p.getURI().startsWith(Vocab.KK) || !YEAR_PROPERTIES.contains(p.getLocalName())) {
                return;
            }
            Node o = q.getObject();
            int year;
            try {
                year = Integer.parseInt(o.isLiteral() ? o.getLiteralLexicalForm().trim() : "x");
            } catch (NumberFormatException e) {
                problems.add(located(file, p.getLocalName(), o.toString(),
                        "kk:" + p.getLocalName() + " must be a B.E. year (such as 2568), got " + o));
                return;
            }
            if (!Vocab.isBuddhistEraYear(year)) {
                String hint = (year + Vocab.BE_OFFSET >= Vocab.MIN_BE_YEAR && year + Vocab.BE_OFFSET <= Vocab.MAX_BE_YEAR)
                        ? " — it looks like a C.E. year; the B.E. year is " + (year + Vocab.BE_OFFSET) : "";
                problems.add(located(file, p.getLocalName(), Integer.toString(year),
                        "kk:" + p.getLocalName() + " " + year + " is not a B.E. year (expected "
                                + Vocab.MIN_BE_YEAR + "-" + Vocab.MAX_BE_YEAR + ")" + hint));
            }
        });
    }

    /** Finds the line where a property and value stand together, so the user can go straight to it. */
    private LoadProblem located(Path file, String property, String value, String message) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                int col = line.indexOf(value);
                if (col >= 0 && line.contains(property)) {
                    return new LoadProblem(name(file), i + 1, col + 1, message);
                }
            }
            for (int i = 0; i < lines.size(); i++) {
                int col = lines.get(i).indexOf(value);
                if (col >= 0) {
                    return new LoadProblem(name(file), i + 1, col + 1, message);
                }
            }
        } catch (IOException ignored) {
            // fall through: report without a line
        }
        return new LoadProblem(name(file), 0, 0, message);
    }

    private Path resolve(Path p) {
        return p.isAbsolute() ? p.normalize() : baseDirectory.resolve(p).normalize();
    }

    /** The file's name as the user knows it: relative to the base directory when inside it. */
    String name(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(baseDirectory) ? baseDirectory.relativize(abs).toString() : abs.toString();
    }

    String graphPath(Path file) {
        String n = name(file).replace('\\', '/');
        if (n.startsWith("/")) {
            n = "file" + n;
        }
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static boolean isRdfFile(Path p) {
        return RDF_EXTENSIONS.contains(extension(p));
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
