package org.khumkha.scale;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.khumkha.graph.CollectingErrorHandler;
import org.khumkha.graph.GraphLoader;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.graph.LoadException;
import org.khumkha.graph.LoadProblem;
import org.khumkha.graph.ProgressMeter;
import org.khumkha.graph.Vocab;

/**
 * A PROPOSAL for {@code load} at national scale (millions of quads), measured by {@code bench} beside {@code load}:
 * instead of parsing every file into memory and writing it in one TDB2 transaction, (1) stream every file through the
 * parser once with checking on, collecting every problem with file, line and column (and B.E. years as {@code load}
 * checks them) and the names of the graphs it will write, keeping nothing in memory; (2) on any problem, stop: nothing
 * is written; (3) otherwise remove the graphs about to be reloaded (one transaction) and stream the files again into
 * TDB2's phased bulk loader, with triples outside a named graph put into the graph named after their file, as
 * {@link GraphLoader} does. This follows Jena's own advice for its bulk loaders, which are not fully transactional:
 * check the data completely first. Memory is bounded by the loader's buffers, not by the data.
 *
 * <p>Cost: one extra parse. What it does not give: if the machine fails during step 3, TDB2's phased loader may leave
 * the store partly loaded (step 1 rules out bad input, not crashes).
 */
public final class ValidatedBulkLoader {
    private static final Set<String> YEAR_PROPERTIES = Set.of("fiscalYear", "baseYear", "targetYear", "firstFiscalYear",
            "lastFiscalYear", "buddhistEraYear");

    private final Path baseDirectory;
    private final Consumer<String> progress;

    public ValidatedBulkLoader(Path baseDirectory, Consumer<String> progress) {
        this.baseDirectory = Objects.requireNonNull(baseDirectory, "baseDirectory").toAbsolutePath().normalize();
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** What a load did. */
    public record Report(long quads, int graphs, double validateSeconds, double loadSeconds) {}

    /** Validates every file, then bulk-loads them; throws {@link LoadException} and writes nothing on any problem. */
    public Report load(KnowledgeStore store, List<Path> sources) {
        GraphLoader names = new GraphLoader(baseDirectory, line -> { });
        List<Path> files = names.expand(sources);
        if (files.isEmpty()) {
            throw new LoadException(List.of(new LoadProblem(String.valueOf(sources), 0, 0, "no RDF files to load")));
        }
        long t0 = System.nanoTime();
        ProgressMeter check = new ProgressMeter("load: validate", "quads", progress);
        List<LoadProblem> problems = new ArrayList<>();
        Set<Node> graphs = new LinkedHashSet<>();
        for (Path file : files) {
            check.stage(name(file));
            Node fileGraph = Vocab.graph(graphPath(file));
            String fileName = name(file);
            StreamRDF sink = new StreamRDFBase() {
                @Override
                public void triple(Triple t) {
                    graphs.add(fileGraph);
                    year(t.getPredicate(), t.getObject());
                    check.add(1);
                }

                @Override
                public void quad(Quad q) {
                    graphs.add(q.isDefaultGraph() ? fileGraph : q.getGraph());
                    year(q.getPredicate(), q.getObject());
                    check.add(1);
                }

                private void year(Node p, Node o) {
                    if (p.isURI() && p.getURI().startsWith(Vocab.KK) && YEAR_PROPERTIES.contains(p.getLocalName())) {
                        int y;
                        try {
                            y = Integer.parseInt(o.isLiteral() ? o.getLiteralLexicalForm().strip() : "x");
                        } catch (NumberFormatException e) {
                            y = -1;
                        }
                        if (!Vocab.isBuddhistEraYear(y)) {
                            problems.add(new LoadProblem(fileName, 0, 0, "kk:" + p.getLocalName() + " " + o + " is not a B.E. year (expected "
                                    + Vocab.MIN_BE_YEAR + "-" + Vocab.MAX_BE_YEAR + ")"));
                        }
                    }
                }
            };
            parse(file, sink, true, problems);
        }
        check.finish();
        if (!problems.isEmpty()) {
            throw new LoadException(problems);
        }
        double validateSeconds = (System.nanoTime() - t0) / 1e9;

        long t1 = System.nanoTime();
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        if (!store.isEmpty()) {
            store.write(() -> graphs.forEach(dsg::removeGraph));
        }
        ProgressMeter meter = new ProgressMeter("load: write", "quads", progress);
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
        loader.startBulk();
        try {
            for (Path file : files) {
                meter.stage(name(file));
                Node fileGraph = Vocab.graph(graphPath(file));
                StreamRDF target = new StreamRDFWrapper(loader.stream()) {
                    @Override
                    public void triple(Triple t) {
                        super.quad(Quad.create(fileGraph, t));
                        meter.add(1);
                    }

                    @Override
                    public void quad(Quad q) {
                        super.quad(q.isDefaultGraph() ? Quad.create(fileGraph, q.asTriple()) : q);
                        meter.add(1);
                    }

                    @Override
                    public void start() {
                    }

                    @Override
                    public void finish() {
                    }
                };
                List<LoadProblem> late = new ArrayList<>();
                parse(file, target, false, late);
                if (!late.isEmpty()) {
                    throw new LoadException(late);
                }
            }
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        meter.finish();
        double loadSeconds = (System.nanoTime() - t1) / 1e9;
        progress.accept(String.format(Locale.ROOT, "load: %,d quads in %,d graphs: validated in %.1f s, written in %.1f s (%,.0f quads/s overall)",
                meter.count(), graphs.size(), validateSeconds, loadSeconds, meter.count() / (validateSeconds + loadSeconds)));
        return new Report(meter.count(), graphs.size(), validateSeconds, loadSeconds);
    }

    private void parse(Path file, StreamRDF sink, boolean checking, List<LoadProblem> problems) {
        String name = name(file);
        Lang lang = RDFLanguages.filenameToLang(file.toString());
        if (!Files.isRegularFile(file) || lang == null) {
            problems.add(new LoadProblem(name, 0, 0, Files.isRegularFile(file) ? "not an RDF file" : "no such file"));
            return;
        }
        ErrorHandler errors = new CollectingErrorHandler(name, problems);
        try (InputStream in = Files.newInputStream(file)) {
            RDFParser.create().source(in).lang(lang).base(file.toUri().toString()).errorHandler(errors).checking(checking).parse(sink);
        } catch (IOException e) {
            problems.add(new LoadProblem(name, 0, 0, "cannot read: " + e.getMessage()));
        } catch (RiotException e) {
            if (problems.isEmpty()) {
                problems.add(new LoadProblem(name, 0, 0, e.getMessage()));
            }
        }
    }

    private String name(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(baseDirectory) ? baseDirectory.relativize(abs).toString() : abs.toString();
    }

    private String graphPath(Path file) {
        String n = name(file).replace('\\', '/');
        if (n.startsWith("/")) {
            n = "file" + n;
        }
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** For {@code bench}: {@code ValidatedBulkLoader STORE FILE…} loads in a child JVM. */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: ValidatedBulkLoader STORE FILE…");
            System.exit(2);
        }
        try (KnowledgeStore store = KnowledgeStore.open(Path.of(args[0]))) {
            List<Path> files = java.util.Arrays.stream(args).skip(1).map(Path::of).toList();
            new ValidatedBulkLoader(Path.of(""), System.out::println).load(store, files);
        } catch (LoadException e) {
            System.err.println("load failed; nothing was written:");
            e.problems().forEach(p -> System.err.println("  " + p));
            System.exit(2);
        }
        System.exit(0);
    }
}
