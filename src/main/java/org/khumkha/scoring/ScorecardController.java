package org.khumkha.scoring;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.khumkha.graph.GraphSource;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.query.QueryLibrary;
import org.khumkha.scoring.measurement.ImportResult;
import org.khumkha.scoring.measurement.Measurement;
import org.khumkha.scoring.measurement.MeasurementImporter;
import org.khumkha.scoring.measurement.MeasurementSet;
import org.khumkha.scoring.measurement.MeasurementStore;
import org.khumkha.scoring.measurement.RowProblem;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The scorecard and measurement import over HTTP; the work is {@link ScoringService}'s and
 * {@link MeasurementImports}', shared with {@code score} and {@code import}.
 * <ul>
 * <li>{@code GET /api/scorecard/{org}/{year}[?set=CODE=VALUE…]}: the scorecard as JSON (what-if values are not
 *     stored); 400 with a message for a non-B.E. year, an unknown organization or a bad what-if value.</li>
 * <li>{@code POST /api/measurements} (multipart field {@code file}, CSV or XLSX; {@code ?commit=true} to write,
 *     {@code ?illustrative=true} to mark example data): the validation report
 *     {@code {file, rows, problems[{line, column, reason}], committed}}; a file with any problem is never written.</li>
 * </ul>
 */
@RestController
public class ScorecardController {
    private final KnowledgeStore store;
    private final GraphSource source;
    private final ScoringService scoring;
    private final MeasurementImports imports;

    public ScorecardController(KnowledgeStore store, GraphSource source, QueryLibrary queries) {
        this.store = Objects.requireNonNull(store, "store");
        this.source = Objects.requireNonNull(source, "source");
        this.scoring = new ScoringService(queries);
        this.imports = new MeasurementImports(scoring);
    }

    @GetMapping(value = "/api/scorecard/{org}/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Scorecard scorecard(@PathVariable("org") String org, @PathVariable("year") String year,
                               @RequestParam(name = "set", required = false) List<String> set) {
        EvaluationModelReader.checkOrgId(org);
        int fiscalYear = ScoringService.parseYear(year, "--year");
        List<MeasurementSet> overrides = new ArrayList<>();
        if (set != null && !set.isEmpty()) {
            MeasurementImporter importer = new MeasurementImporter(scoring.schema(source));
            List<Measurement> values = new ArrayList<>();
            for (String s : set) {
                int eq = s.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("set=" + s + ": write CODE=VALUE, e.g. set=O4=81");
                }
                values.add(importer.whatIf(org, fiscalYear, s.substring(0, eq), s.substring(eq + 1)));
            }
            overrides.add(MeasurementSet.of(values));
        }
        return scoring.score(source, org, fiscalYear, overrides, ScoringOptions.DEFAULTS);
    }

    /** The validation report of an upload. */
    /**
     * The validation report of an upload; {@code warnings} (same shape as problems) never stop a commit: a stated
     * national value that differs from the roll-up of the file's area rows; {@code derived} lists the national values
     * rolled up from area rows because the file states none.
     */
    public record ValidationReport(String file, int rows, List<RowProblem> problems, boolean committed, boolean illustrative,
                                   MeasurementStore.WriteReport written, List<RowProblem> warnings, List<DerivedValue> derived) {
        static ValidationReport of(ImportResult r, MeasurementStore.WriteReport written) {
            List<DerivedValue> derived = r.measurements().all().stream().filter(Measurement::derived)
                    .map(m -> new DerivedValue(m.organization(), m.indicator(), m.fiscalYear(), m.value(), m.rolledUp().results(),
                            m.rolledUp().areas(), m.rolledUp().describe())).toList();
            return new ValidationReport(r.file(), r.rows(), r.problems(), written != null, r.illustrative(), written, r.warnings(), derived);
        }
    }

    /** A national value rolled up from area rows: Σ numerator ÷ Σ denominator × multiplier. */
    public record DerivedValue(String organization, String indicator, int fiscalYear, java.math.BigDecimal value, int results, int areas,
                               String how) {}

    @PostMapping(value = "/api/measurements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ValidationReport measurements(@RequestPart("file") MultipartFile file,
                                         @RequestParam(name = "commit", defaultValue = "false") boolean commit,
                                         @RequestParam(name = "illustrative", defaultValue = "false") boolean illustrative) throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload" : file.getOriginalFilename();
        MeasurementImports.Outcome o = imports.importFile(store, name, file.getBytes(), illustrative, commit);
        return ValidationReport.of(o.validation(), o.written());
    }
}
