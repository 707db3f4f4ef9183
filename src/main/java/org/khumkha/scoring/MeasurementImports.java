package org.khumkha.scoring;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.khumkha.graph.GraphSource;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.scoring.measurement.ImportResult;
import org.khumkha.scoring.measurement.MeasurementImporter;
import org.khumkha.scoring.measurement.MeasurementSchema;
import org.khumkha.scoring.measurement.MeasurementStore;

/**
 * Validate-then-write for measurement files, shared by {@code import}, {@code POST /api/measurements} and the
 * server's first start: a file is checked whole against the graph's indicators and units, and only a file without
 * a single bad row is written, in one transaction ({@link MeasurementStore}).
 */
public final class MeasurementImports {
    /** Where the server looks for illustrative files to import into a store without measurements. */
    public static final String ILLUSTRATIVE_DIRECTORY = "data";
    /** Illustrative measurement files: {@code data/<org>/measurements-illustrative-*.csv}. */
    public static final String ILLUSTRATIVE_GLOB = "measurements-illustrative-*.{csv,xlsx}";

    private final ScoringService scoring;
    private final NationalFromAreas national;

    public MeasurementImports(ScoringService scoring) {
        this.scoring = Objects.requireNonNull(scoring, "scoring");
        this.national = new NationalFromAreas(new org.khumkha.scale.area.AreaResultsService(scoring.queries()));
    }

    /**
     * What an import did: the validation, and what was written (null when nothing was: problems, or not asked to).
     */
    public record Outcome(ImportResult validation, MeasurementStore.WriteReport written) {
        public boolean committed() {
            return written != null;
        }
    }

    /**
     * Validates without writing: every row, every area against the store, and the national value of each
     * indicator-year given only by area (rolled up, {@link NationalFromAreas}); what {@code score --measurements} uses.
     */
    public ImportResult validate(GraphSource source, String fileName, byte[] content, boolean illustrative) {
        MeasurementSchema schema = scoring.schema(source);
        return national.apply(source, schema, resolveAreas(source, new MeasurementImporter(schema).read(fileName, content, illustrative)));
    }

    /**
     * Checks every area-level row's area against the store's area tree ({@code queries/area-tree.rq}) and keeps its IRI;
     * an unknown or ambiguous area makes the whole file bad, like any other bad row.
     */
    ImportResult resolveAreas(GraphSource source, ImportResult result) {
        if (!result.ok() || result.areaResults().isEmpty()) {
            return result;
        }
        org.khumkha.scale.area.AreaTree tree = org.khumkha.scale.area.AreaTree.read(source, scoring.queries());
        java.util.Map<String, List<String>> byCode = new java.util.HashMap<>();
        tree.all().forEach(a -> byCode.computeIfAbsent(a.code(), k -> new ArrayList<>()).add(a.iri()));
        List<org.khumkha.scoring.measurement.RowProblem> problems = new ArrayList<>();
        List<org.khumkha.scoring.measurement.AreaMeasurement> resolved = new ArrayList<>();
        for (var row : result.areaResults()) {
            List<String> iris = tree.find(row.area()).isPresent() ? List.of(row.area()) : byCode.getOrDefault(row.area(), List.of());
            if (iris.size() == 1) {
                resolved.add(row.withAreaIri(iris.get(0)));
            } else {
                problems.add(new org.khumkha.scoring.measurement.RowProblem(row.line(), MeasurementImporter.COL_AREA, iris.isEmpty()
                        ? "unknown area '" + row.area() + "': give a kk:areaCode (such as 100101) or the IRI of an area in the store"
                        : "area code '" + row.area() + "' is ambiguous (" + String.join(", ", iris) + "): give the area's IRI"));
            }
        }
        if (!problems.isEmpty()) {
            return new ImportResult(result.file(), result.rows(), org.khumkha.scoring.measurement.MeasurementSet.empty(), problems,
                    result.illustrative());
        }
        return new ImportResult(result.file(), result.rows(), result.measurements(), result.problems(), result.illustrative(), resolved);
    }

    /**
     * Validates, then (when {@code commit} and there is no problem) writes every value in one transaction.
     *
     * @param fileName the name kept with each value (a path's file name, an upload's original name)
     */
    public Outcome importFile(KnowledgeStore store, String fileName, byte[] content, boolean illustrative, boolean commit) {
        Objects.requireNonNull(store, "store");
        MeasurementSchema schema = scoring.schema(store.source());
        ImportResult result = national.apply(store.source(), schema,
                resolveAreas(store.source(), new MeasurementImporter(schema).read(fileName, content, illustrative)));
        if (!result.ok() || !commit) {
            return new Outcome(result, null);
        }
        String name = fileName == null ? "" : Path.of(fileName).getFileName().toString();
        MeasurementStore.WriteReport written = new MeasurementStore(store).write(result.measurements(), result.areaResults(), schema, name,
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        return new Outcome(result, written);
    }

    /**
     * On a store with no measurement at all, imports the illustrative files under {@code data/*} (so a new user
     * sees a full scorecard at once) and says so on {@code log}. A store with any measurement is left alone.
     *
     * @return what was imported (empty when the store already had measurements or there is no such file)
     * @throws org.khumkha.scoring.measurement.MeasurementFileException if an illustrative file has bad rows
     */
    public List<Outcome> importIllustrativeIfEmpty(KnowledgeStore store, Path projectDirectory, Consumer<String> log) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(log, "log");
        if (new MeasurementStore(store).hasMeasurements()) {
            return List.of();
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Path file : illustrativeFiles(projectDirectory)) {
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
            }
            Outcome o = importFile(store, file.toString(), content, true, true);
            if (!o.validation().ok()) {
                throw new org.khumkha.scoring.measurement.MeasurementFileException(o.validation());
            }
            log.accept("no measurements in the store: imported ILLUSTRATIVE example values (not real results) from "
                    + projectDirectory.relativize(file) + " — " + o.written().added() + " values; replace them with 'import FILE'");
            outcomes.add(o);
        }
        return outcomes;
    }

    /** {@code data/<dir>/measurements-illustrative-*.csv|xlsx}, sorted. */
    static List<Path> illustrativeFiles(Path projectDirectory) {
        Path data = projectDirectory.resolve(ILLUSTRATIVE_DIRECTORY);
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(data)) {
            return files;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(data, Files::isDirectory)) {
            for (Path dir : dirs) {
                try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, ILLUSTRATIVE_GLOB)) {
                    found.forEach(files::add);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list " + data + ": " + e.getMessage(), e);
        }
        files.sort(null);
        return files;
    }
}
