package org.khumkha.graph;

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
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Loads RDF files into the store, all or nothing: every file is parsed with checking on and an error handler that
 * keeps file, line and column (warnings such as an ill-typed number count as errors, and so does a year that is not
 * B.E.), and nothing is written unless every file is clean. A named graph that is loaded again replaces the stored
 * one, so reloading is idempotent. Triples outside a named graph (plain Turtle files such as the ontology) go into a
 * graph named after the file: {@code ontology/khumkha.ttl} → {@code g:ontology/khumkha}.
 *
 * <p>Two ways to write, chosen by {@link Strategy}:
 * <ul>
 * <li>{@link Strategy#TRANSACTION}: the files are parsed into memory, then written in ONE TDB2 write transaction.
 * Atomic even if the machine fails; memory grows with the data; each quad goes into six indexes in random order.</li>
 * <li>{@link Strategy#BULK}: the quads go to TDB2's phased bulk loader, which builds the indexes one after another
 * from sorted runs — Jena's own {@code tdb2.tdbloader --loader=phased}. Into an EMPTY store the files are checked as
 * they are fed to it (one parse); any problem found, or a failed write, is undone by emptying the store again, as it
 * was. Into a non-empty store every file is checked first (nothing kept), the graphs being reloaded are removed, and
 * the files are parsed again into the loader. What it does not give, as Jena documents for its bulk loaders: a
 * failure DURING the write into a non-empty store (disk full) leaves the reloaded graphs missing, and a killed
 * process can leave any store part-loaded.</li>
 * <li>{@link Strategy#AUTO} (default): BULK when the store is empty and the files hold at least
 * {@link #BULK_MIN_BYTES} bytes, TRANSACTION otherwise.</li>
 * </ul>
 */
public final class GraphLoader {
    /** The files {@code load} reads when given none: relative to the project directory. */
    public static final List<String> DEFAULT_SOURCES = List.of("ontology", "data");
    /** Input size from which {@link Strategy#AUTO} bulk-loads an empty store: 64 MiB, about a million quads. */
    public static final long BULK_MIN_BYTES = 64L << 20;

    /** How the parsed quads are written; see the class comment. */
    public enum Strategy { AUTO, TRANSACTION, BULK }

    private final Path baseDirectory;
    private final Consumer<String> progress;
    private final Strategy strategy;

    /**
     * @param baseDirectory files are named relative to it (graph names, messages)
     * @param progress      receives one line per file, throughput lines on large loads and a summary; never null
     */
    public GraphLoader(Path baseDirectory, Consumer<String> progress) {
        this(baseDirectory, progress, Strategy.AUTO);
    }

    public GraphLoader(Path baseDirectory, Consumer<String> progress, Strategy strategy) {
        this.baseDirectory = Objects.requireNonNull(baseDirectory, "baseDirectory").toAbsolutePath().normalize();
        this.progress = Objects.requireNonNull(progress, "progress");
        this.strategy = Objects.requireNonNull(strategy, "strategy");
    }

    /** What a load did: quads as read from the files (a quad stated twice counts twice). */
    public record LoadReport(int files, long quads, int graphs, long millis, Strategy strategy) {
        public double quadsPerSecond() {
            return millis == 0 ? quads : quads * 1000.0 / millis;
        }
    }

    /** Expands directories (recursively, RDF files only, sorted) and keeps explicit files as given. */
    public List<Path> expand(List<Path> sources) {
        return SourceFile.expand(baseDirectory, sources).stream().map(SourceFile::path).toList();
    }

    /** Checks every file and writes them all; on any problem in the files throws {@link LoadException} and leaves the store as it was. */
    public LoadReport load(KnowledgeStore store, List<Path> sources) {
        long start = System.nanoTime();
        List<SourceFile> files = SourceFile.expand(baseDirectory, sources);
        if (files.isEmpty()) {
            throw new LoadException(List.of(new LoadProblem(String.valueOf(sources), 0, 0, "no RDF files to load")));
        }
        Strategy chosen = choose(store, files);
        // Into an empty store the bulk loader is fed while the files are checked: one parse, and bad input is undone
        // by emptying the store again. A non-empty store is checked first and written in a second pass.
        DataLoader onePass = chosen == Strategy.BULK && store.isEmpty()
                ? LoaderFactory.phasedLoader(store.dataset().asDatasetGraph(), (fmt, args) -> { }) : null;
        ProgressMeter meter = new ProgressMeter(onePass != null ? "load: reading and writing" : "load: reading", "quads", progress);
        Set<Node> graphs = new LinkedHashSet<>();
        DatasetGraph parsed = chosen == Strategy.TRANSACTION ? DatasetGraphFactory.create() : null;
        List<LoadProblem> problems = new ArrayList<>();
        if (onePass != null) {
            onePass.startBulk();
        }
        try {
            StreamRDF bulk = onePass == null ? null : onePass.stream();
            int index = 0;
            for (SourceFile file : files) {
                index++;
                meter.stage(file.name());
                long before = meter.count();
                boolean clean = read(file, q -> {
                    graphs.add(q.getGraph());
                    if (parsed != null) {
                        parsed.add(q);
                    } else if (bulk != null) {
                        bulk.quad(q);
                    }
                }, meter, problems);
                progress.accept(String.format(Locale.ROOT, "[%d/%d] %s: %,d quads%s", index, files.size(), file.name(),
                        clean ? meter.count() - before : 0, clean ? "" : " — refused"));
            }
            if (!problems.isEmpty()) {
                throw new LoadException(problems);
            }
            if (onePass != null) {
                onePass.finishBulk();
            }
        } catch (RuntimeException e) {
            if (onePass == null) {
                throw e;
            }
            onePass.finishException(e);
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            store.write(dsg::clear);  // it was empty before this load
            List<LoadProblem> why = new ArrayList<>(e instanceof LoadException le ? le.problems()
                    : List.of(new LoadProblem("load", 0, 0, "the bulk write failed (" + e + "); the store was emptied again, as it was before")));
            throw new LoadException(why);
        }
        long quads = meter.count();
        if (chosen == Strategy.TRANSACTION) {
            store.write(() -> {
                DatasetGraph target = store.dataset().asDatasetGraph();
                for (Node g : graphs) {
                    target.removeGraph(g);
                    target.addGraph(g, parsed.getGraph(g));
                }
            });
        } else if (onePass == null) {
            bulkWrite(store, files, graphs, quads);
        } else {
            meter.finish();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        LoadReport report = new LoadReport(files.size(), quads, graphs.size(), millis, chosen);
        progress.accept(String.format(Locale.ROOT, "loaded %,d quads in %,d graphs from %d files in %.1f s (%,.0f quads/s, %s)",
                quads, graphs.size(), files.size(), millis / 1000.0, report.quadsPerSecond(),
                chosen == Strategy.TRANSACTION ? "one transaction"
                        : onePass != null ? "bulk: checked while the phased loader wrote an empty store" : "bulk: checked, then phased loader"));
        return report;
    }

    private Strategy choose(KnowledgeStore store, List<SourceFile> files) {
        if (strategy != Strategy.AUTO) {
            return strategy;
        }
        long bytes = files.stream().mapToLong(SourceFile::bytes).sum();
        return bytes >= BULK_MIN_BYTES && store.isEmpty() ? Strategy.BULK : Strategy.TRANSACTION;
    }

    /**
     * Parses one file with checking on and hands every quad, in its graph, to {@code sink}; returns false and adds to
     * {@code problems} when the file has any. Quads of a file with problems may already have reached the sink: the
     * caller writes nothing when there are problems.
     */
    private boolean read(SourceFile file, Consumer<Quad> sink, ProgressMeter meter, List<LoadProblem> problems) {
        String unreadable = file.unreadableReason();
        if (unreadable != null) {
            problems.add(new LoadProblem(file.name(), 0, 0, unreadable));
            return false;
        }
        BuddhistEraYearCheck years = new BuddhistEraYearCheck(file);
        List<LoadProblem> found = new ArrayList<>();
        parse(file, new InFileGraph(file.fileGraph()) {
            @Override
            void accept(Quad q) {
                years.check(q.getPredicate(), q.getObject());
                sink.accept(q);
                meter.add(1);
            }
        }, true, found);
        if (found.isEmpty()) {
            found.addAll(years.problems());
        }
        problems.addAll(found);
        return found.isEmpty();
    }

    private void parse(SourceFile file, StreamRDF sink, boolean checking, List<LoadProblem> problems) {
        CollectingErrorHandler errors = new CollectingErrorHandler(file.name(), problems);
        try (InputStream in = Files.newInputStream(file.path())) {
            RDFParser.create().source(in).lang(file.lang()).base(file.path().toUri().toString())
                    .errorHandler(errors).checking(checking).parse(sink);
        } catch (IOException e) {
            problems.add(new LoadProblem(file.name(), 0, 0, "cannot read: " + e.getMessage()));
        } catch (RiotException e) {
            if (problems.isEmpty()) {
                problems.add(new LoadProblem(file.name(), 0, 0, e.getMessage()));
            }
        }
    }

    /** The second pass of {@link Strategy#BULK}: the files are known to be clean. */
    private void bulkWrite(KnowledgeStore store, List<SourceFile> files, Set<Node> graphs, long expected) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        boolean wasEmpty = store.isEmpty();
        if (!wasEmpty) {
            store.write(() -> graphs.forEach(dsg::removeGraph));
        }
        ProgressMeter meter = new ProgressMeter("load: writing", "quads", progress);
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
        loader.startBulk();
        try {
            for (SourceFile file : files) {
                meter.stage(file.name());
                StreamRDF into = loader.stream();
                List<LoadProblem> late = new ArrayList<>();
                parse(file, new InFileGraph(file.fileGraph()) {
                    @Override
                    void accept(Quad q) {
                        into.quad(q);
                        meter.add(1);
                    }
                }, false, late);
                if (!late.isEmpty()) {
                    throw new LoadException(late);  // the file changed between the two passes
                }
            }
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            String undone;
            if (wasEmpty) {
                store.write(dsg::clear);
                undone = "the store was emptied again, as it was before";
            } else {
                undone = "the store may be part-loaded and these graphs are missing: reload them";
            }
            List<LoadProblem> why = new ArrayList<>(e instanceof LoadException le ? le.problems() : List.of());
            why.add(new LoadProblem("load", 0, 0, "the bulk write failed after " + String.format(Locale.ROOT, "%,d of %,d",
                    meter.count(), expected) + " quads (" + e + "); " + undone));
            throw new LoadException(why, wasEmpty);
        }
        meter.finish();
    }

    /** Puts triples outside a named graph into the file's graph, and hands every quad on. */
    private abstract static class InFileGraph extends StreamRDFBase {
        private final Node fileGraph;

        InFileGraph(Node fileGraph) {
            this.fileGraph = fileGraph;
        }

        abstract void accept(Quad q);

        @Override
        public void triple(Triple t) {
            accept(Quad.create(fileGraph, t));
        }

        @Override
        public void quad(Quad q) {
            accept(q.isDefaultGraph() ? Quad.create(fileGraph, q.asTriple()) : q);
        }
    }
}
