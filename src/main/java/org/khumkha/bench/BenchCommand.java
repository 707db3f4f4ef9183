package org.khumkha.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnweightedGraph;
import org.khumkha.analytics.centrality.BrandesBetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
import org.khumkha.analytics.AnalysisOptions;
import org.khumkha.analytics.AnalysisService;
import org.khumkha.analytics.centrality.SampledBetweennessCentrality;
import org.khumkha.analytics.projection.EcosystemProjection;
import org.khumkha.cli.ExitCodes;
import org.khumkha.graph.GraphLoader;
import org.khumkha.graph.GraphSource;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.graph.ShaclValidation;
import org.khumkha.query.NamedQuery;
import org.khumkha.query.QueryLibrary;
import org.khumkha.scale.NationalGenerator;
import org.khumkha.scale.area.AreaLevel;
import org.khumkha.scale.area.AreaResultsService;
import org.khumkha.scoring.ScoringService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench --scale F}: generates the synthetic national dataset, loads it with Khumkha's {@code load} and with
 * {@code tdb2.tdbloader --loader=phased} (each a child JVM on the same files, into fresh directories), then, on the
 * loaded store with {@code ontology/} and {@code data/} added, times every named query embedded and over HTTP (a
 * {@code serve} child), scoring of the synthetic organization and of every province, exact and sampled betweenness
 * with their top-k overlap, the whole analysis, SHACL validation, serve's time to ready and the peak memory of every
 * process. Writes {@code bench-report.md} and {@code bench-report.csv} into the work directory. A step that fails is
 * reported and the others still run; the exit code is then 1.
 */
@Command(name = "bench", description = {
        "Benchmark Khumkha on a SYNTHETIC national dataset: generate, load (beside tdb2.tdbloader --loader=phased on the same",
        "files), every named query embedded and over HTTP, score, analytics, SHACL, serve start-up and peak memory.",
        "Writes bench-report.md and bench-report.csv into --work. At --scale 1.0 it takes a while (tens of minutes on 2 cores)."})
public class BenchCommand implements Callable<Integer> {
    public static final int REPEATS_DEFAULT = 20;
    public static final int TOP_K_DEFAULT = 100;
    /** Goals of issue 7. */
    public static final double LOAD_RATIO_GOAL = 0.9;
    public static final double QUERY_P95_GOAL_MILLIS = 150;
    public static final double SCORE_GOAL_MILLIS = 500;
    public static final double EXACT_BETWEENNESS_GOAL_SECONDS = 60;
    public static final double OVERLAP_GOAL = 0.9;
    public static final double SHACL_GOAL_SECONDS = 120;
    /** A query is repeated until this budget is spent (at least 3 runs), so one slow query cannot stall the run. */
    static final double QUERY_BUDGET_SECONDS = 20;
    /** Named queries (embedded and over HTTP) are cancelled after this long. */
    static final long QUERY_TIMEOUT_MILLIS = 30_000;
    /** Deadlines of the in-process steps: a step still running then is stopped and reported as not finished. */
    static final long SCORE_DEADLINE_SECONDS = 300;
    static final long ANALYTICS_DEADLINE_SECONDS = 600;
    static final long ANALYZE_DEADLINE_SECONDS = 180;
    static final long SHACL_DEADLINE_SECONDS = 480;
    /** A query whose warm-up run takes longer than this is not repeated: its one run is its measurement. */
    static final double SLOW_QUERY_MILLIS = 5_000;
    /** Scoring is repeated only when its first run is faster than this. */
    static final double SLOW_SCORE_MILLIS = 60_000;
    /** Scores of the same organization in one process: the first reads and analyses, the others are warm. */
    static final int SCORE_RUNS = 6;
    static final String SERVE_READY = "ready in";
    static final Pattern WEB_PORT = Pattern.compile("web application: http://localhost:(\\d+)/");
    static final int SCORE_YEAR = 2568;

    @Option(names = "--scale", paramLabel = "F", defaultValue = "1.0", description = "dataset scale (default: ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + NationalGenerator.SEED_DEFAULT,
            description = "generator seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--work", paramLabel = "DIR", description = "work directory: data, stores, logs and the report (default: target/bench-F<scale>)")
    Path work;

    @Option(names = "--repeats", paramLabel = "N", defaultValue = "" + REPEATS_DEFAULT,
            description = "runs per named query, after one warm-up (default: ${DEFAULT-VALUE})")
    int repeats;

    @Option(names = "--child-heap", paramLabel = "SIZE", defaultValue = "12g",
            description = "-Xmx of the load, tdbloader and serve child JVMs (default: ${DEFAULT-VALUE})")
    String childHeap;

    @Option(names = "--pivots", paramLabel = "K", defaultValue = "" + SampledBetweennessCentrality.PIVOTS_DEFAULT,
            description = "pivots of the sampled betweenness (default: ${DEFAULT-VALUE})")
    int pivots;

    @Option(names = "--top", paramLabel = "K", defaultValue = "" + TOP_K_DEFAULT,
            description = "k of the top-k overlap between sampled and exact betweenness (default: ${DEFAULT-VALUE})")
    int top;

    @Spec
    CommandSpec spec;

    private BenchReport report;
    private Consumer<String> progress;
    private QueryLibrary queries;

    @Override
    public Integer call() {
        if (repeats < 1 || pivots < 1 || top < 1) {
            throw new IllegalArgumentException("--repeats, --pivots and --top must be at least 1");
        }
        Path dir = (work != null ? work : Path.of("target", "bench-F" + scale)).toAbsolutePath();
        PrintWriter err = spec.commandLine().getErr();
        progress = line -> {
            err.println(line);
            err.flush();
        };
        queries = QueryLibrary.load();
        report = new BenchReport();
        report.commandLine("java -jar target/khumkha.jar bench --scale " + scale + " --seed " + seed + " --repeats " + repeats
                + " --child-heap " + childHeap + " --pivots " + pivots + " --top " + top);
        describeMachine();
        try {
            clean(dir);
            Path data = dir.resolve("data");
            long quads = step("generate", () -> generate(data), 0L);
            List<Path> files = NationalGenerator.FILES.stream().map(data::resolve).toList();
            Path store = step("load", () -> compareLoads(dir, files, quads), null);
            if (store != null) {
                benchStore(dir, store);
            }
        } finally {
            progress.accept("bench: done");
        }
        report.add("memory", "bench process peak RSS", vmHwmKib("self") / 1024.0, "MiB");
        report.write(dir.resolve("bench-report.md"), dir.resolve("bench-report.csv"));
        PrintWriter out = spec.commandLine().getOut();
        out.print(report.markdown());
        out.printf("%nreport: %s%n", dir.resolve("bench-report.md"));
        out.flush();
        return report.failures().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private interface Step<T> {
        T run() throws Exception;
    }

    /** Runs a step; a failure is reported and {@code fallback} returned, so the other steps still run. */
    private <T> T step(String name, Step<T> body, T fallback) {
        progress.accept("bench: " + name + " …");
        try {
            return body.run();
        } catch (Exception | OutOfMemoryError e) {
            progress.accept("bench: " + name + " FAILED: " + e);
            report.failure(name, String.valueOf(e));
            return fallback;
        }
    }

    /**
     * Runs a step in its own thread for at most {@code seconds}; one still running then is stopped (Thread.stop, the
     * only way to end a computation that does not check for interruption; its read transaction ends as the
     * ThreadDeath unwinds) and reported as not finished, so that one slow algorithm cannot hold up the others.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private void deadline(String name, long seconds, Step<?> body) {
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(() -> {
            try {
                body.run();
            } catch (ThreadDeath stopped) {
                // stopped at the deadline: reported below
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "bench-" + name);
        progress.accept("bench: " + name + " … (deadline " + seconds + " s)");
        worker.start();
        try {
            worker.join(seconds * 1000);
            if (worker.isAlive()) {
                StackTraceElement[] where = worker.getStackTrace();
                worker.stop();
                worker.join(60_000);
                String at = where.length == 0 ? "" : " — it was in " + where[0].getClassName() + "." + where[0].getMethodName()
                        + java.util.Arrays.stream(where).filter(e -> e.getClassName().startsWith("org.khumkha")).findFirst()
                        .map(e -> " (" + e.getClassName() + "." + e.getMethodName() + ":" + e.getLineNumber() + ")").orElse("");
                progress.accept("bench: " + name + " did not finish within " + seconds + " s" + at);
                report.add(name, "did not finish within the deadline", seconds, "s", null, false, "stopped" + at);
                report.failure(name, "did not finish within " + seconds + " s" + at);
            } else if (failure[0] != null) {
                progress.accept("bench: " + name + " FAILED: " + failure[0]);
                report.failure(name, String.valueOf(failure[0]));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void describeMachine() {
        report.machine("date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        report.machine("processors (nproc)", Integer.toString(Runtime.getRuntime().availableProcessors()));
        report.machine("memory (MemTotal)", memTotal());
        report.machine("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        report.machine("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        report.machine("bench JVM max heap", Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        report.machine("child JVMs", "-Xmx" + childHeap);
        report.machine("dataset", "generate --scale " + scale + " --seed " + seed + " (SYNTHETIC)");
    }

    // ------------------------------------------------------------------ generate and load

    private long generate(Path data) {
        NationalGenerator g = new NationalGenerator(scale, seed, progress);
        NationalGenerator.Report r = g.write(data);
        long bytes = r.files().stream().mapToLong(BenchCommand::size).sum();
        report.add("generate", "quads", r.quads(), "quads");
        report.add("generate", "time", r.seconds(), "s");
        report.add("generate", "throughput", r.quads() / r.seconds(), "quads/s");
        report.add("generate", "size on disk", bytes / 1048576.0, "MiB", null, null, r.files().size() + " TriG files");
        report.add("generate", "tambons", g.counts().tambons(), "areas");
        report.add("generate", "community organizations, councils, funds",
                g.counts().communityOrganizations() + g.counts().councils() + g.counts().welfareFunds(), "actors");
        return r.quads();
    }

    /** Loads the files with Khumkha's load (bulk), tdbloader and Khumkha's one-transaction load; returns the store to measure (Khumkha's, or tdbloader's if Khumkha's failed). */
    private Path compareLoads(Path dir, List<Path> files, long quads) {
        List<String> fileArgs = files.stream().map(Path::toString).toList();
        List<String> heap = List.of("-Xmx" + childHeap);
        Path khumkhaStore = dir.resolve("store-khumkha");
        List<String> loadArgs = new ArrayList<>(List.of("load", "--store", khumkhaStore.toString()));
        loadArgs.addAll(fileArgs);
        ChildJvm.Result k = ChildJvm.run(ChildJvm.command("org.khumkha.KhumkhaApplication", heap, loadArgs),
                dir.resolve("logs/load-khumkha.log"), line -> progress.accept("  load: " + line));
        Path tdbStore = dir.resolve("store-tdbloader");
        List<String> tdbArgs = new ArrayList<>(List.of("--loader=phased", "--loc", tdbStore.toString()));
        tdbArgs.addAll(fileArgs);
        ChildJvm.Result t = ChildJvm.run(ChildJvm.command("tdb2.tdbloader", heap, tdbArgs),
                dir.resolve("logs/load-tdbloader.log"), line -> progress.accept("  tdbloader: " + line));
        double kRate = k.exitCode() == 0 ? quads / k.seconds() : Double.NaN;
        double tRate = t.exitCode() == 0 ? quads / t.seconds() : Double.NaN;
        report.add("load", "khumkha load: wall time", k.seconds(), "s", null, null, k.exitCode() == 0
                ? "child JVM, start to exit; " + (k.lines().stream().anyMatch(l -> l.contains("bulk: checked"))
                        ? "checked, then bulk-loaded (an empty store and at least 64 MiB)" : "one transaction (under 64 MiB)")
                : "FAILED with exit code " + k.exitCode() + ": " + last(k.lines()));
        loaderReported(k.lines()).ifPresent(s -> report.add("load", "khumkha load: time it reports", s, "s", null, null,
                "check + write, without JVM start-up"));
        report.add("load", "khumkha load: throughput", kRate, "quads/s");
        report.add("load", "khumkha load: peak RSS", k.peakRssKib() / 1024.0, "MiB");
        report.add("load", "tdb2.tdbloader --loader=phased: wall time", t.seconds(), "s", null, null,
                t.exitCode() == 0 ? "child JVM, start to exit" : "FAILED with exit code " + t.exitCode() + ": " + last(t.lines()));
        report.add("load", "tdb2.tdbloader --loader=phased: throughput", tRate, "quads/s");
        report.add("load", "tdb2.tdbloader --loader=phased: peak RSS", t.peakRssKib() / 1024.0, "MiB");
        Path txnStore = dir.resolve("store-khumkha-transaction");
        List<String> txnArgs = new ArrayList<>(List.of("load", "--loader", "transaction", "--store", txnStore.toString()));
        txnArgs.addAll(fileArgs);
        ChildJvm.Result x = ChildJvm.run(ChildJvm.command("org.khumkha.KhumkhaApplication", heap, txnArgs),
                dir.resolve("logs/load-khumkha-transaction.log"), line -> progress.accept("  load --loader transaction: " + line));
        double xRate = x.exitCode() == 0 ? quads / x.seconds() : Double.NaN;
        report.add("load", "khumkha load --loader transaction (one TDB2 transaction): wall time", x.seconds(), "s", null, null,
                x.exitCode() == 0 ? "child JVM; what an atomic load costs at this size" : "FAILED with exit code " + x.exitCode() + ": " + last(x.lines()));
        report.add("load", "khumkha load --loader transaction: throughput", xRate, "quads/s");
        report.add("load", "khumkha load --loader transaction: peak RSS", x.peakRssKib() / 1024.0, "MiB");
        double ratio = kRate / tRate;
        report.add("load", "ratio khumkha / tdbloader", ratio, "", "≥ " + LOAD_RATIO_GOAL, Double.isNaN(ratio) ? null : ratio >= LOAD_RATIO_GOAL,
                "same files, same JVM, fresh directories, one run each");
        if (k.exitCode() != 0) {
            report.failure("load", "khumkha load exited with " + k.exitCode() + ": " + last(k.lines()));
        }
        return k.exitCode() == 0 ? khumkhaStore : t.exitCode() == 0 ? tdbStore : null;
    }

    private static final Pattern LOADED = Pattern.compile("loaded [\\d,]+ quads in [\\d,]+ graphs from \\d+ files in ([\\d.]+) s");

    private static java.util.Optional<Double> loaderReported(List<String> lines) {
        for (String l : lines) {
            Matcher m = LOADED.matcher(l);
            if (m.find()) {
                return java.util.Optional.of(Double.parseDouble(m.group(1)));
            }
        }
        return java.util.Optional.empty();
    }

    // ------------------------------------------------------------------ measurements on the loaded store

    private void benchStore(Path dir, Path storeDir) {
        try (KnowledgeStore store = KnowledgeStore.open(storeDir)) {
            step("load ontology and data", () -> {
                new GraphLoader(Path.of(""), line -> { }).load(store, GraphLoader.DEFAULT_SOURCES.stream().map(Path::of).toList());
                report.add("store", "quads (synthetic + ontology + data)", store.size(), "quads");
                return null;
            }, null);
            GraphSource source = store.source();
            step("named queries, embedded", () -> {
                ARQ.getContext().set(ARQ.queryTimeout, QUERY_TIMEOUT_MILLIS);
                try {
                    embeddedQueries(source);
                } finally {
                    ARQ.getContext().unset(ARQ.queryTimeout);
                }
                return null;
            }, null);
            deadline("score", SCORE_DEADLINE_SECONDS, () -> {
                score(source);
                return null;
            });
            deadline("score by province", SCORE_DEADLINE_SECONDS, () -> {
                scoreByProvince(source);
                return null;
            });
            deadline("analytics: projection", ANALYTICS_DEADLINE_SECONDS, () -> {
                readProjection(source);
                return null;
            });
            if (ties != null) {
                deadline("analytics: exact", ANALYTICS_DEADLINE_SECONDS, () -> {
                    exact();
                    return null;
                });
                deadline("analytics: sampled", ANALYTICS_DEADLINE_SECONDS, () -> {
                    sampledOverlap();
                    return null;
                });
            }
            deadline("analytics: full graph", ANALYTICS_DEADLINE_SECONDS, () -> {
                fullGraph(source);
                return null;
            });
            deadline("analyze", ANALYZE_DEADLINE_SECONDS, () -> {
                analyze(source);
                return null;
            });
            deadline("SHACL", SHACL_DEADLINE_SECONDS, () -> {
                shacl(store);
                return null;
            });
        }
        step("serve and named queries over HTTP", () -> {
            serveAndHttp(dir, storeDir);
            return null;
        }, null);
    }

    /** The parameters a query runs with: the synthetic organization wherever it takes an organization. */
    private static Map<String, String> parameters(NamedQuery q) {
        Map<String, String> p = new LinkedHashMap<>();
        q.parameters().forEach(param -> {
            if (param.name().equals("orgId")) {
                p.put("orgId", NationalGenerator.ORG_ID);
            }
        });
        return p;
    }

    private void embeddedQueries(GraphSource source) {
        List<Double> p95s = new ArrayList<>();
        for (NamedQuery q : queries.all()) {
            Query query = q.bind(parameters(q));
            List<Double> times = repeat(() -> {
                long t0 = System.nanoTime();
                long rows = source.execute(query, BenchCommand::consume);
                return new double[] {(System.nanoTime() - t0) / 1e6, rows};
            }, q.name(), "embedded");
            LatencyStats s = LatencyStats.of(times);
            if (s.runs() == 0) {
                report.add("named queries, embedded", q.name(), Double.NaN, "ms p95", "p95 ≤ " + (int) QUERY_P95_GOAL_MILLIS + " ms", false,
                        "did not finish within " + QUERY_TIMEOUT_MILLIS / 1000 + " s (cancelled)");
                p95s.add(Double.POSITIVE_INFINITY);
                continue;
            }
            p95s.add(s.p95Millis());
            report.add("named queries, embedded", q.name(), s.p95Millis(), "ms p95", "p95 ≤ " + (int) QUERY_P95_GOAL_MILLIS + " ms",
                    s.p95Millis() <= QUERY_P95_GOAL_MILLIS, String.format(Locale.ROOT, "median %s ms, %d runs, %s", BenchReport.format(s.medianMillis()),
                            s.runs(), lastRows.getOrDefault(q.name(), "")));
        }
        long met = p95s.stream().filter(v -> v <= QUERY_P95_GOAL_MILLIS).count();
        report.add("named queries, embedded", "queries meeting the p95 goal", met, "of " + p95s.size());
    }

    private final Map<String, String> lastRows = new HashMap<>();
    private final java.util.Set<String> failedEmbedded = new java.util.HashSet<>();

    private interface Timed {
        double[] run() throws Exception;
    }

    /** One warm-up, then up to {@link #repeats} runs within {@link #QUERY_BUDGET_SECONDS} (at least 3). */
    private List<Double> repeat(Timed body, String name, String where) {
        List<Double> times = new ArrayList<>();
        try {
            double[] warm = body.run();
            lastRows.put(name, (long) warm[1] + " rows");
            if (warm[0] > SLOW_QUERY_MILLIS) {
                times.add(warm[0]);
                lastRows.put(name, (long) warm[1] + " rows; slower than " + (int) SLOW_QUERY_MILLIS + " ms, run once");
                progress.accept(String.format(Locale.ROOT, "  %s %-40s once     %8.1f ms  (%s)", where, name, warm[0], lastRows.get(name)));
                return times;
            }
            int n = warm[0] <= 0 ? repeats : (int) Math.max(Math.min(3, repeats), Math.min(repeats, QUERY_BUDGET_SECONDS * 1000 / warm[0]));
            for (int i = 0; i < n; i++) {
                times.add(body.run()[0]);
            }
            progress.accept(String.format(Locale.ROOT, "  %s %-40s median %8.1f ms  p95 %8.1f ms  (%d runs, %s)", where, name,
                    LatencyStats.of(times).medianMillis(), LatencyStats.of(times).p95Millis(), times.size(), lastRows.get(name)));
        } catch (Exception e) {
            if (where.equals("embedded")) {
                failedEmbedded.add(name);
            }
            boolean timeout = e instanceof org.apache.jena.query.QueryCancelledException || e instanceof java.net.http.HttpTimeoutException
                    || String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).matches("(?s).*(timeout|timed out|cancel).*");
            progress.accept("  " + where + " " + name + (timeout ? " did not finish within " + QUERY_TIMEOUT_MILLIS / 1000 + " s" : " FAILED: " + e.getMessage()));
            if (!timeout) {
                report.failure(where + " query " + name, String.valueOf(e.getMessage()));
            }
        }
        return times;
    }

    private static long consume(org.apache.jena.query.QueryExecution qe) {
        Query q = qe.getQuery();
        if (q.isSelectType()) {
            ResultSet rs = qe.execSelect();
            long n = 0;
            while (rs.hasNext()) {
                QuerySolution ignored = rs.next();
                n++;
            }
            return n;
        }
        if (q.isAskType()) {
            return qe.execAsk() ? 1 : 0;
        }
        return (q.isDescribeType() ? qe.execDescribe() : qe.execConstruct()).size();
    }

    private void score(GraphSource source) {
        ScoringService scoring = new ScoringService(queries);
        List<Double> times = new ArrayList<>();
        String total = "";
        var options = org.khumkha.scoring.ScoringOptions.DEFAULTS.withProgress(line -> progress.accept("  score: " + line));
        for (int i = 0; i < SCORE_RUNS; i++) {
            long t0 = System.nanoTime();
            var card = scoring.score(source, NationalGenerator.ORG_ID, SCORE_YEAR, List.of(), options);
            times.add((System.nanoTime() - t0) / 1e6);
            total = card.total().toPlainString() + (card.provisional() ? " (provisional)" : "");
            progress.accept(String.format(Locale.ROOT, "  score synthetic %d: %.0f ms, total %s", SCORE_YEAR, times.get(i), total));
            if (times.get(0) > SLOW_SCORE_MILLIS) {
                break;
            }
        }
        double cold = times.get(0);
        LatencyStats warm = LatencyStats.of(times.subList(1, times.size()));
        report.add("score", "one organization, first run", cold, "ms", null, null, "synthetic, " + SCORE_YEAR + ", total " + total);
        report.add("score", "one organization, warm", warm.runs() == 0 ? cold : warm.medianMillis(), "ms median", "≤ " + (int) SCORE_GOAL_MILLIS + " ms",
                (warm.runs() == 0 ? cold : warm.medianMillis()) <= SCORE_GOAL_MILLIS, warm.runs() == 0
                        ? "first run slower than " + (int) (SLOW_SCORE_MILLIS / 1000) + " s: not repeated, first run shown"
                        : warm.runs() + " warm runs; max " + BenchReport.format(warm.maxMillis()) + " ms");
    }

    private void scoreByProvince(GraphSource source) {
        AreaResultsService areas = new AreaResultsService(queries);
        List<Double> provinceTimes = new ArrayList<>();
        int provinces = 0;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            for (var spec : List.of("O1", "O2", "O3", "O4", "O5", "O6", "O7", "O8", "O9", "I1", "I2", "I3", "I4")) {
                try {
                    provinces = areas.rollUp(source, NationalGenerator.ORG_ID, spec, SCORE_YEAR).atLevel(AreaLevel.PROVINCE).size();
                } catch (IllegalArgumentException e) {
                    // no result for this indicator in this year (a count that stayed 0 at a small scale)
                }
            }
            provinceTimes.add((System.nanoTime() - t0) / 1e6);
        }
        report.add("score by province", "every province, 13 matrix indicators rolled up, first run", provinceTimes.get(0), "ms", null, null,
                provinces + " provinces; includes reading the area tree once");
        report.add("score by province", "every province, 13 matrix indicators rolled up, warm", LatencyStats.of(provinceTimes.subList(1, 3)).medianMillis(),
                "ms median", null, null, "Σ numerator / Σ denominator per province");
    }

    private Graph<String, DefaultWeightedEdge> ties;
    private volatile Map<String, Double> exactScores;

    /** Reads the actor projection of the synthetic organization (the analytics' own named queries). */
    private void readProjection(GraphSource source) {
        long t0 = System.nanoTime();
        EcosystemProjection eco = EcosystemProjection.read(source, queries, NationalGenerator.ORG_ID);
        ties = eco.ties(AnalysisOptions.EXCLUDED_RELATION_TYPES_DEFAULT);
        report.add("analytics", "actor projection: read", (System.nanoTime() - t0) / 1e9, "s", null, null,
                String.format(Locale.ROOT, "%,d actors, %,d ties (queries/analysis-ecosystem-*.rq)", ties.vertexSet().size(), ties.edgeSet().size()));
    }

    private void exact() {
        long t1 = System.nanoTime();
        Map<String, Double> exact = new BrandesBetweennessCentrality<>(new AsUnweightedGraph<>(ties)).getScores();
        double seconds = (System.nanoTime() - t1) / 1e9;
        exactScores = exact;
        report.add("analytics", "exact betweenness, BrandesBetweennessCentrality (as analyze uses it)", seconds, "s",
                "≤ " + (int) EXACT_BETWEENNESS_GOAL_SECONDS + " s on ≈15K actors", seconds <= EXACT_BETWEENNESS_GOAL_SECONDS,
                String.format(Locale.ROOT, "%,d actors; Brandes on int arrays, all cores", ties.vertexSet().size()));
    }

    private void sampledOverlap() {
        long t2 = System.nanoTime();
        Map<String, Double> sampled = new SampledBetweennessCentrality<>(new AsUnweightedGraph<>(ties), pivots,
                SampledBetweennessCentrality.SEED_DEFAULT, false, progress).getScores();
        report.add("analytics", "sampled betweenness on the actor projection", (System.nanoTime() - t2) / 1e9, "s", null, null, pivots + " pivots");
        if (exactScores != null) {
            double overlap = TopKOverlap.of(exactScores, sampled, top);
            report.add("analytics", "top-" + top + " overlap, sampled vs exact (actor projection)", overlap, "",
                    "≥ " + OVERLAP_GOAL, overlap >= OVERLAP_GOAL, pivots + " pivots, seed " + SampledBetweennessCentrality.SEED_DEFAULT);
        }
    }

    private void fullGraph(GraphSource source) {
        long t3 = System.nanoTime();
        Graph<String, DefaultEdge> full = new SimpleGraph<>(DefaultEdge.class);
        source.execute(queries.get("area-actor-network").bind(Map.of()), qe -> {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String a = s.getResource("from").getURI();
                String b = s.getResource("to").getURI();
                full.addVertex(a);
                full.addVertex(b);
                if (!a.equals(b)) {
                    full.addEdge(a, b);
                }
            }
            return null;
        });
        report.add("analytics", "full actor graph: read (area-actor-network)", (System.nanoTime() - t3) / 1e9, "s", null, null,
                String.format(Locale.ROOT, "%,d actors, %,d edges", full.vertexSet().size(), full.edgeSet().size()));
        long t4 = System.nanoTime();
        Map<String, Double> fullSampled = new SampledBetweennessCentrality<>(full, pivots, SampledBetweennessCentrality.SEED_DEFAULT,
                false, progress).getScores();
        report.add("analytics", "sampled betweenness on the full graph", (System.nanoTime() - t4) / 1e9, "s", null, null,
                pivots + " pivots over " + String.format(Locale.ROOT, "%,d", fullSampled.size()) + " actors");
    }

    private void analyze(GraphSource source) {
        long t5 = System.nanoTime();
        var analysis = new AnalysisService(queries).analyze(source, NationalGenerator.ORG_ID, line -> progress.accept("  analyze: " + line));
        report.add("analyze", "whole analysis of the synthetic organization", (System.nanoTime() - t5) / 1e9, "s", null, null,
                analysis.actors().size() + " actors; the default switches to sampled betweenness above "
                        + AnalysisOptions.EXACT_BETWEENNESS_MAX_VERTICES_DEFAULT + " actors");
    }

    private void shacl(KnowledgeStore store) {
        long t0 = System.nanoTime();
        ShaclValidation.Result r = new ShaclValidation(store).validate();
        double s = (System.nanoTime() - t0) / 1e9;
        report.add("SHACL", "validate the whole store", s, "s", "≤ " + (int) SHACL_GOAL_SECONDS + " s", s <= SHACL_GOAL_SECONDS,
                r.conforms() ? "conforms" : r.findings().size() + " findings, first: " + r.findings().get(0).message());
        if (!r.conforms()) {
            report.failure("SHACL", r.findings().size() + " findings; first: " + r.findings().get(0).focusNode() + " " + r.findings().get(0).message());
        }
    }

    // ------------------------------------------------------------------ serve and HTTP

    private void serveAndHttp(Path dir, Path storeDir) throws Exception {
        List<String> args = List.of("serve", "--store", storeDir.toString(), "--port", "0", "--sparql-port", "0",
                "--query-timeout", Long.toString(QUERY_TIMEOUT_MILLIS / 1000));
        ChildJvm.Running serve = ChildJvm.start(ChildJvm.command("org.khumkha.KhumkhaApplication", List.of("-Xmx" + childHeap), args),
                dir.resolve("logs/serve.log"), line -> progress.accept("  serve: " + line), line -> line.contains(SERVE_READY));
        try {
            int port = serve.lines().stream().map(WEB_PORT::matcher).filter(Matcher::find).map(m -> Integer.parseInt(m.group(1)))
                    .findFirst().orElseThrow(() -> new IllegalStateException("serve did not start: " + last(serve.lines())));
            report.add("serve", "time to ready", serve.readySeconds(), "s", null, null, "child JVM start until it prints '" + SERVE_READY + "'");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            List<Double> p95s = new ArrayList<>();
            for (NamedQuery q : queries.all()) {
                if (failedEmbedded.contains(q.name())) {
                    report.add("named queries, over HTTP", q.name(), Double.NaN, "ms p95", "p95 ≤ " + (int) QUERY_P95_GOAL_MILLIS + " ms", false,
                            "not run: it did not finish within " + QUERY_TIMEOUT_MILLIS / 1000 + " s embedded");
                    p95s.add(Double.POSITIVE_INFINITY);
                    continue;
                }
                String body = toJson(parameters(q));
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/queries/" + q.name()))
                        .timeout(Duration.ofMillis(QUERY_TIMEOUT_MILLIS)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                List<Double> times = repeat(() -> {
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    double ms = (System.nanoTime() - t0) / 1e6;
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + r.statusCode() + ": " + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                    return new double[] {ms, r.body().length};
                }, q.name() + " ", "http");
                LatencyStats s = LatencyStats.of(times);
                p95s.add(s.p95Millis());
                report.add("named queries, over HTTP", q.name(), s.p95Millis(), "ms p95", "p95 ≤ " + (int) QUERY_P95_GOAL_MILLIS + " ms",
                        s.runs() == 0 ? null : s.p95Millis() <= QUERY_P95_GOAL_MILLIS,
                        String.format(Locale.ROOT, "median %s ms, %d runs", BenchReport.format(s.medianMillis()), s.runs()));
            }
            long met = p95s.stream().filter(v -> v <= QUERY_P95_GOAL_MILLIS).count();
            report.add("named queries, over HTTP", "queries meeting the p95 goal", met, "of " + p95s.size());
            report.add("memory", "serve peak RSS (after the HTTP queries)", serve.peakRssKib() / 1024.0, "MiB");
        } finally {
            serve.stop(30);
        }
    }

    private static String toJson(Map<String, String> params) {
        StringBuilder b = new StringBuilder("{");
        params.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append('"').append(k).append("\":\"").append(v).append('"'));
        return b.append('}').toString();
    }

    // ------------------------------------------------------------------ helpers

    private static void clean(Path dir) {
        for (String sub : List.of("store-khumkha", "store-tdbloader", "store-bulk", "data", "logs")) {
            Path p = dir.resolve(sub);
            if (Files.exists(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot clean " + p + ": " + e.getMessage(), e);
                }
            }
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String last(List<String> lines) {
        return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
    }

    private static String memTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal")).findFirst()
                    .map(l -> String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(l.replaceAll("[^0-9]", "")) / 1048576.0)).orElse("?");
        } catch (IOException | RuntimeException e) {
            return ManagementFactory.getOperatingSystemMXBean().getName();
        }
    }

    /** Peak resident memory of a process ({@code self} or a pid) in KiB, -1 when unknown. */
    static long vmHwmKib(String pid) {
        try {
            return Files.readAllLines(Path.of("/proc", pid, "status")).stream().filter(l -> l.startsWith("VmHWM:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

}
