package org.khumkha.scoring;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.khumkha.cli.ExitCodes;
import org.khumkha.cli.StoreOptions;
import org.khumkha.graph.GraphSource;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.graph.Vocab;
import org.khumkha.query.QueryLibrary;
import org.khumkha.scoring.measurement.ImportResult;
import org.khumkha.scoring.measurement.Measurement;
import org.khumkha.scoring.measurement.MeasurementFileException;
import org.khumkha.scoring.measurement.MeasurementImporter;
import org.khumkha.scoring.measurement.MeasurementSchema;
import org.khumkha.scoring.measurement.MeasurementSet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "score", sortOptions = false, description = {
        "Score an organization for a fiscal year on OPDC's weighted scorecard (0-5 per indicator, per dimension and in total),",
        "each number explained down to the data behind it. Values: the stored measurements, then --measurements FILE,",
        "then --set CODE=VALUE (what-if), each overriding the one before. Writes nothing unless --save.",
        "With --endpoint the rubric's conditions run over a one-time in-memory copy of the endpoint's graphs (one",
        "CONSTRUCT, queries/scoring-snapshot.rq) plus the fresh analysis; nothing is written to the endpoint."})
public class ScoreCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--org", required = true, paramLabel = "ID", description = "the organization's short id, e.g. codi")
    String orgId;

    @Option(names = "--year", required = true, paramLabel = "BE", description = "the fiscal year, Buddhist era (e.g. 2568; Thai digits accepted)")
    String year;

    @Option(names = "--measurements", paramLabel = "FILE", description = "a CSV or XLSX measurement file to score with (not stored); "
            + "its area rows replace the stored results of their areas, and an indicator-year it gives only by area is rolled up to the nation")
    Path measurementsFile;

    @Option(names = "--set", paramLabel = "CODE=VALUE", description = "a what-if value for the year (repeatable), e.g. --set O4=81")
    Map<String, String> whatIf = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|md",
            description = "output: table, json or md (a Markdown scorecard); default ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--save", description = "keep the scorecard as the named graph g:scorecard/<org>/<year> (replacing that year's)")
    boolean save;

    @Option(names = "--below-level-1", defaultValue = "zero", paramLabel = "zero|proportional",
            description = "score of a result below the level-1 threshold: zero (OPDC, default) or proportional (a / t1)")
    String belowLevelOne;

    @Option(names = "--by-province", description = "also show each evaluation-matrix indicator by province: area-level results "
            + "(numerator, denominator) summed per province, then divided (table and md: a section after the scorecard; json: a field byProvince)")
    boolean byProvince;

    @Option(names = "--rubric", paramLabel = "IRI", description = "the rubric for 3.1 (default: the one in the store; an official one before the modelled default)")
    String rubricIri;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        EvaluationModelReader.checkOrgId(orgId);
        int fiscalYear = ScoringService.parseYear(year, "--year");
        ScorecardFormat out = ScorecardFormat.parse(format);
        BelowLevelOne policy = parsePolicy(belowLevelOne);
        PrintWriter err = spec.commandLine().getErr();
        ScoringOptions options = ScoringOptions.DEFAULTS.withBelowLevelOne(policy).withRubric(rubricIri)
                .withProgress(line -> err.println("  " + line));
        ScoringService service = new ScoringService(QueryLibrary.load());
        if (save) {
            try (KnowledgeStore store = storeOptions.openStore()) {
                Scorecard card = score(service, store.source(), fiscalYear, options);
                print(out, card);
                var graph = service.save(store, card);
                err.println("saved the scorecard as " + Vocab.PREFIXES.shortForm(graph.getURI()));
            }
        } else {
            try (StoreOptions.ReadSession session = storeOptions.openForReading()) {
                Scorecard card = score(service, session.source(), fiscalYear, options);
                if (byProvince) {
                    printByProvince(out, card, service, session.source());
                } else {
                    print(out, card);
                }
            }
        }
        err.flush();
        return ExitCodes.OK;
    }

    private Scorecard score(ScoringService service, GraphSource source, int fiscalYear, ScoringOptions options) {
        List<MeasurementSet> overrides = new ArrayList<>();
        MeasurementSchema schema = null;
        if (!whatIf.isEmpty()) {
            schema = service.schema(source);
        }
        if (measurementsFile != null) {
            ImportResult file = readMeasurements(service, source);
            if (!file.ok()) {
                throw new MeasurementFileException(file);
            }
            if (!file.warnings().isEmpty()) {
                spec.commandLine().getErr().println(file.describeWarnings());
            }
            fileAreas = file.areaResults();
            overrides.add(file.measurements());
        }
        if (!whatIf.isEmpty()) {
            MeasurementImporter importer = new MeasurementImporter(schema);
            List<Measurement> values = new ArrayList<>();
            for (Map.Entry<String, String> e : whatIf.entrySet()) {
                values.add(importer.whatIf(orgId, fiscalYear, e.getKey(), e.getValue()));
            }
            overrides.add(MeasurementSet.of(values));
        }
        return service.score(source, orgId, fiscalYear, overrides, options);
    }

    /**
     * The file of {@code --measurements}, validated as {@code import} would (areas resolved against the store, the
     * national value of an indicator-year given only by area rolled up), and not stored.
     */
    private ImportResult readMeasurements(ScoringService service, GraphSource source) {
        if (!java.nio.file.Files.isRegularFile(measurementsFile)) {
            return new MeasurementImporter(service.schema(source)).read(measurementsFile); // reports "no such file"
        }
        byte[] content;
        try {
            content = java.nio.file.Files.readAllBytes(measurementsFile);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot read " + measurementsFile + ": " + e.getMessage(), e);
        }
        return new MeasurementImports(service).validate(source, measurementsFile.toString(), content, false);
    }

    /** The file's area rows (empty without --measurements), which replace the stored results of their areas. */
    private List<org.khumkha.scoring.measurement.AreaMeasurement> fileAreas = List.of();

    /** The scorecard, then its matrix indicators by province ({@link org.khumkha.scale.area.AreaTable}). */
    private void printByProvince(ScorecardFormat out, Scorecard card, ScoringService service, GraphSource source) {
        var rows = org.khumkha.scale.area.AreaTable.rows(new org.khumkha.scale.area.AreaResultsService(service.queries()), source,
                card.organization(), card.matrix().stream().map(Scorecard.MatrixRow::code).toList(), card.fiscalYear(),
                org.khumkha.scale.area.AreaLevel.PROVINCE, fileObservations(card));
        PrintWriter w = spec.commandLine().getOut();
        if (out == ScorecardFormat.JSON) {
            var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
            var node = (tools.jackson.databind.node.ObjectNode) mapper.readTree(out.write(card));
            node.set("byProvince", mapper.valueToTree(rows));
            w.println(mapper.writeValueAsString(node));
        } else {
            w.print(out.write(card));
            w.println();
            w.println(out == ScorecardFormat.MD ? "## ตัวชี้วัดรายจังหวัด — indicators by province" : "ตัวชี้วัดรายจังหวัด — indicators by province "
                    + "(Σ numerator / Σ denominator × multiplier)");
            if (rows.isEmpty()) {
                w.println("(no area-level results for " + card.organization() + " in " + card.fiscalYear() + ")");
            } else if (out == ScorecardFormat.MD) {
                w.println();
                w.println("| indicator | province | numerator | denominator | value | results |");
                w.println("|---|---|---:|---:|---:|---:|");
                rows.forEach(r -> w.printf(Locale.ROOT, "| %s | %s %s | %s | %s | %s | %d |%n", r.indicator(), r.areaCode(),
                        r.areaLabelTh() == null ? "" : r.areaLabelTh(), plain(r.numerator()), plain(r.denominator()), plain(r.value()), r.results()));
            } else {
                org.khumkha.scale.area.AreaTable.writeTable(rows, w);
            }
        }
        w.flush();
    }

    /** The file's area rows of the card's organization and year, by indicator code. */
    private Map<String, List<org.khumkha.scale.area.AreaObservation>> fileObservations(Scorecard card) {
        Map<String, List<org.khumkha.scale.area.AreaObservation>> byCode = new LinkedHashMap<>();
        for (var a : fileAreas) {
            if (a.organization().equals(card.organization()) && a.fiscalYear() == card.fiscalYear()) {
                byCode.computeIfAbsent(a.indicator(), k -> new ArrayList<>())
                        .add(new org.khumkha.scale.area.AreaObservation(a.areaIri(), a.numerator(), a.denominator()));
            }
        }
        return byCode;
    }

    private static String plain(java.math.BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }

    private void print(ScorecardFormat out, Scorecard card) {
        PrintWriter w = spec.commandLine().getOut();
        w.print(out.write(card));
        w.flush();
    }

    private static BelowLevelOne parsePolicy(String s) {
        try {
            return BelowLevelOne.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--below-level-1 must be zero or proportional, got '" + s + "'");
        }
    }
}
