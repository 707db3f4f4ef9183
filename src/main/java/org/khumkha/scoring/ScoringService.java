package org.khumkha.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.graph.GraphFactory;
import org.khumkha.graph.GraphSource;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.graph.ThaiDigits;
import org.khumkha.graph.Vocab;
import org.khumkha.query.QueryLibrary;
import org.khumkha.scoring.EvaluationModel.ElementKind;
import org.khumkha.scoring.EvaluationModel.FrameworkElement;
import org.khumkha.scoring.EvaluationModel.MatrixIndicator;
import org.khumkha.scoring.Scorecard.ConditionOutcome;
import org.khumkha.scoring.Scorecard.CriterionView;
import org.khumkha.scoring.Scorecard.DimensionScore;
import org.khumkha.scoring.Scorecard.IndicatorScore;
import org.khumkha.scoring.Scorecard.MatrixRow;
import org.khumkha.scoring.Scorecard.MissingItem;
import org.khumkha.scoring.Scorecard.RubricLevelOutcome;
import org.khumkha.scoring.Scorecard.RubricOutcome;
import org.khumkha.scoring.measurement.Measurement;
import org.khumkha.scoring.measurement.MeasurementSchema;
import org.khumkha.scoring.measurement.MeasurementSet;
import org.khumkha.scoring.rubric.EvaluationDataset;
import org.khumkha.scoring.rubric.Rubric;
import org.khumkha.scoring.rubric.RubricEvaluator;
import org.khumkha.scoring.rubric.RubricReader;

/**
 * OPDC's weighted scorecard for one organization and fiscal year, explained down to the data behind each number.
 * Used by {@code score}, {@code import} and the web API alike.
 *
 * <ul>
 * <li>Values: the MOU's baselines (same unit as the indicator), then the stored measurements, then each override
 *     set in order (a file given to {@code score --measurements}, then {@code --set} what-if values), each
 *     replacing the one before for the same (organization, indicator, year).</li>
 * <li>Quantitative leaf: {@link ThresholdScale} on its five thresholds; level-based leaf: the level is the score.
 *     weighted = score × weight / 100; a dimension's subtotal and the total (0-5) are sums of leaves; nothing is
 *     rounded.</li>
 * <li>2.1.1 (the leaf the evaluation matrix aggregates into): 100 × matrix indicators meeting their
 *     {@link TargetRule target} ÷ matrix indicators; one with no result or no base-year result is not met and is
 *     listed as missing.</li>
 * <li>1.1, 1.2, 3.1: a value in the measurements for the year is the evaluator's and wins; otherwise 1.1 and 1.2
 *     are the objective and strategy coverages of the graph analysis, and 3.1 is the level of the rubric stored as
 *     data, evaluated over the store plus the fresh analysis and matrix results ({@link EvaluationDataset}).</li>
 * <li>Any other leaf without a value scores 0, is listed as missing, and the scorecard is provisional.</li>
 * </ul>
 * Scoring only reads; {@link #save} writes the scorecard to {@code g:scorecard/<orgId>/<year>}.
 */
public final class ScoringService {
    /** The leaf scored by the objective coverage of the result chain unless the evaluator gives a value. */
    public static final String OBJECTIVE_COVERAGE_INDICATOR = "1.1";
    /** The leaf scored by the national-strategy coverage unless the evaluator gives a value. */
    public static final String STRATEGY_COVERAGE_INDICATOR = "1.2";
    /** The leaf scored by the rubric unless the evaluator gives a value. */
    public static final String RUBRIC_INDICATOR = RubricReader.INDICATOR_DEFAULT;

    public static final String SOURCE_MEASURED = "measured";
    public static final String SOURCE_EVALUATOR = "evaluator";
    public static final String SOURCE_GRAPH = "graph";
    public static final String SOURCE_RUBRIC = "rubric";

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final QueryLibrary queries;
    private final EvaluationModelReader models;
    private final RubricReader rubrics;
    private final AnalyticsBridge analytics;

    public ScoringService(QueryLibrary queries) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.models = new EvaluationModelReader(queries);
        this.rubrics = new RubricReader(queries);
        this.analytics = new AnalyticsBridge(queries);
    }

    /**
     * A B.E. fiscal year as a user types it: Thai digits accepted (๒๕๖๘), a C.E. year refused with the B.E. one.
     *
     * @param what how the input is named in the message, e.g. {@code --year}
     */
    public static int parseYear(String text, String what) {
        String t = ThaiDigits.toArabic(text == null ? "" : text.strip());
        int y;
        try {
            y = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a year; give the B.E. fiscal year, such as 2568");
        }
        return checkYear(y);
    }

    /** A B.E. fiscal year, or an error that names the C.E. mistake. */
    public static int checkYear(int year) {
        if (!Vocab.isBuddhistEraYear(year)) {
            String hint = Vocab.isBuddhistEraYear(year + Vocab.BE_OFFSET)
                    ? " — it looks like a C.E. year; the B.E. fiscal year is " + (year + Vocab.BE_OFFSET) + " (C.E. + 543)" : "";
            throw new IllegalArgumentException("fiscal year " + year + " is not a B.E. year (expected "
                    + Vocab.MIN_BE_YEAR + "-" + Vocab.MAX_BE_YEAR + ")" + hint);
        }
        return year;
    }

    /** What measurement files and --set values are checked against. */
    public MeasurementSchema schema(GraphSource source) {
        return models.schema(source);
    }

    /** The named queries it reads through (area-level imports resolve their areas with them). */
    public QueryLibrary queries() {
        return queries;
    }

    public EvaluationModelReader models() {
        return models;
    }

    /** Scores with the default options. */
    public Scorecard score(GraphSource source, String orgId, int yearBE, MeasurementSet... overrides) {
        return score(source, orgId, yearBE, List.of(overrides), ScoringOptions.DEFAULTS);
    }

    /**
     * Scores one organization for one fiscal year.
     *
     * @param overrides value sets layered over the stored measurements, in order (a file's, then what-if values)
     * @throws IllegalArgumentException for a malformed or unknown organization or a non-B.E. year
     */
    public Scorecard score(GraphSource source, String orgId, int yearBE, List<MeasurementSet> overrides, ScoringOptions options) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        EvaluationModelReader.checkOrgId(orgId);
        checkYear(yearBE);
        options.progress().accept("reading the framework and the evaluation matrix of " + orgId + " from " + source.describe());
        EvaluationModel model = models.read(source, orgId);
        MeasurementSet values = storedMeasurements(source, orgId);
        for (MeasurementSet o : overrides) {
            values = values.overriddenBy(o);
        }
        Run run = new Run(model, values, yearBE, options, source);
        return run.score();
    }

    /** The MOU's usable baselines overridden by the stored measurements: what scoring starts from. */
    public MeasurementSet storedMeasurements(GraphSource source, String orgId) {
        EvaluationModelReader.checkOrgId(orgId);
        List<Measurement> baselines = new ArrayList<>();
        Set<Measurement.Key> seen = new LinkedHashSet<>();
        ResultSetRewindable rows = source.select(queries.get("scoring-baselines").bind(Map.of("orgId", orgId)));
        while (rows.hasNext()) {
            QuerySolution s = rows.next();
            Measurement m = new Measurement(orgId, EvaluationModelReader.text(s, "code"), EvaluationModelReader.integer(s, "fiscalYear"),
                    EvaluationModelReader.decimal(s, "value"), null, new Measurement.Origin(Measurement.Kind.BASELINE,
                    "baseline stated in the MOU (" + shortForm(EvaluationModelReader.iri(s, "graph")) + ")"), false);
            if (seen.add(m.key())) {
                baselines.add(m);
            }
        }
        Map<String, Measurement.RolledUp> rolledUp = rolledUp(source, orgId);
        List<Measurement> stored = new ArrayList<>();
        seen.clear();
        rows = source.select(queries.get("scoring-measurements").bind(Map.of("orgId", orgId)));
        while (rows.hasNext()) {
            QuerySolution s = rows.next();
            String provenance = EvaluationModelReader.iri(s, "provenance");
            boolean illustrative = (Vocab.KK + "Illustrative").equals(provenance);
            boolean synthetic = (Vocab.KK + "Synthetic").equals(provenance);
            Measurement.RolledUp how = rolledUp.get(EvaluationModelReader.iri(s, "measurement"));
            String importedAt = EvaluationModelReader.text(s, "importedAt");
            String file = EvaluationModelReader.text(s, "sourceFile");
            String where = shortForm(EvaluationModelReader.iri(s, "graph"))
                    + (importedAt == null ? "" : ", imported " + importedAt)
                    + (file == null || file.isEmpty() ? "" : " from " + file)
                    + (how == null ? "" : ", " + how.describe() + " (modelled: the file gave no national value)");
            Measurement m = new Measurement(orgId, EvaluationModelReader.text(s, "code"), EvaluationModelReader.integer(s, "fiscalYear"),
                    EvaluationModelReader.decimal(s, "value"), EvaluationModelReader.text(s, "evidence"),
                    new Measurement.Origin(Measurement.Kind.STORED, where), illustrative, synthetic, how);
            if (seen.add(m.key())) { // rows come newest first
                stored.add(m);
            }
        }
        return MeasurementSet.of(baselines).overriddenBy(MeasurementSet.of(stored));
    }

    /** The stored national values rolled up from area-level results ({@code queries/area-rolled-up-measurements.rq}), by IRI. */
    private Map<String, Measurement.RolledUp> rolledUp(GraphSource source, String orgId) {
        Map<String, Measurement.RolledUp> byIri = new LinkedHashMap<>();
        ResultSetRewindable rows = source.select(queries.get("area-rolled-up-measurements").bind(Map.of("orgId", orgId)));
        while (rows.hasNext()) {
            QuerySolution s = rows.next();
            BigDecimal numerator = EvaluationModelReader.decimal(s, "numerator");
            if (numerator == null) {
                continue;
            }
            Integer areas = EvaluationModelReader.integer(s, "areas");
            byIri.putIfAbsent(EvaluationModelReader.iri(s, "measurement"), new Measurement.RolledUp(numerator,
                    EvaluationModelReader.decimal(s, "denominator"), EvaluationModelReader.decimal(s, "multiplier"),
                    EvaluationModelReader.integer(s, "results"), areas == null ? 0 : areas));
        }
        return byIri;
    }

    /** Stores the scorecard as {@code g:scorecard/<orgId>/<year>}, replacing that year's previous one. */
    public Node save(KnowledgeStore store, Scorecard card) {
        return ScorecardGraph.save(store, card, Instant.now());
    }

    /**
     * For the server's first start: on a store without any measurement, imports the illustrative files
     * {@code data/<org>/measurements-illustrative-*.csv} and logs that it did (see {@link MeasurementImports}).
     */
    public List<MeasurementImports.Outcome> importIllustrativeIfEmpty(KnowledgeStore store, java.nio.file.Path projectDirectory,
                                                                      java.util.function.Consumer<String> log) {
        return new MeasurementImports(this).importIllustrativeIfEmpty(store, projectDirectory, log);
    }

    private static String shortForm(String iri) {
        return iri == null ? "?" : Vocab.PREFIXES.shortForm(iri);
    }

    /** One scoring: the model, the layered values, the year; lazily runs the analysis and the rubric. */
    private final class Run {
        private final EvaluationModel model;
        private final MeasurementSet values;
        private final int year;
        private final ScoringOptions options;
        private final GraphSource source;
        private final String orgId;
        private final List<MissingItem> missing = new ArrayList<>();
        private final Set<Measurement> used = new LinkedHashSet<>();
        private AnalyticsBridge.Figures figures;
        private List<MatrixRow> matrixRows;

        Run(EvaluationModel model, MeasurementSet values, int year, ScoringOptions options, GraphSource source) {
            this.model = model;
            this.values = values;
            this.year = year;
            this.options = options;
            this.source = source;
            this.orgId = model.organization().id();
        }

        Scorecard score() {
            matrixRows = matrixRows();
            Optional<Rubric> rubric = rubrics.read(source, RUBRIC_INDICATOR, options.rubricIri());
            RubricEvaluator.Evaluation evaluation = rubric.map(this::evaluateRubric).orElse(null);
            RubricOutcome rubricOutcome = rubric.map(r -> outcome(r, evaluation)).orElse(null);

            List<IndicatorScore> indicators = new ArrayList<>();
            for (FrameworkElement leaf : model.leaves()) {
                indicators.add(scoreLeaf(leaf, rubricOutcome));
            }
            List<DimensionScore> dimensions = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (FrameworkElement dim : model.dimensions()) {
                BigDecimal sum = indicators.stream().filter(i -> dim.code().equals(i.dimension()))
                        .map(IndicatorScore::weighted).reduce(BigDecimal.ZERO, (a, b) -> a.add(b, MC));
                dimensions.add(new DimensionScore(dim.code(), dim.labelTh(), dim.labelEn(), dim.weight(), sum, dim.iri()));
            }
            for (IndicatorScore i : indicators) {
                total = total.add(i.weighted(), MC);
            }
            boolean illustrative = used.stream().anyMatch(Measurement::illustrative);
            boolean synthetic = used.stream().anyMatch(Measurement::synthetic);
            var org = model.organization();
            return new Scorecard(orgId, org.labelTh(), org.labelEn(), year, total, !missing.isEmpty(), illustrative, synthetic, dimensions,
                    indicators, matrixRows, missing, rubricOutcome, org.iri());
        }

        // ------------------------------------------------------------ the evaluation matrix

        private List<MatrixRow> matrixRows() {
            List<MatrixRow> rows = new ArrayList<>();
            for (MatrixIndicator m : model.matrix()) {
                List<String> trace = new ArrayList<>();
                Optional<Measurement> result = values.find(orgId, m.code(), year);
                TargetRule.Target target = m.rule().target(year, y -> {
                    Optional<Measurement> v = values.find(orgId, m.code(), y);
                    v.ifPresent(used::add);
                    return v.map(Measurement::value);
                });
                result.ifPresent(used::add);
                if (m.targetYear() != null && m.targetYear() != year) {
                    trace.add("the MOU states this target for " + m.targetYear() + "; for " + year
                            + " the same rule is applied with the base year shifted by " + (year - m.targetYear()) + " (modelled)");
                }
                if (m.targetText() != null) {
                    trace.add("target as written: " + m.targetText());
                }
                trace.add(target.explanation());
                boolean met = target.metBy(result.map(Measurement::value).orElse(null));
                if (result.isEmpty()) {
                    trace.add("no result for " + year + " → not met");
                    missing.add(new MissingItem(m.code(), m.labelTh(), "no result for " + year + "; counted as not met in 2.1.1"));
                } else {
                    trace.add("result " + ThresholdScale.plain(result.get().value()) + " from " + describe(result.get()));
                    if (target.target() == null) {
                        trace.add("target cannot be computed → not met");
                        missing.add(new MissingItem(m.code(), m.labelTh(), target.missing() + "; counted as not met in 2.1.1"));
                    } else {
                        trace.add(ThresholdScale.plain(result.get().value()) + (met ? " ≥ " : " < ")
                                + ThresholdScale.display(target.target()) + " → " + (met ? "met" : "not met"));
                    }
                }
                rows.add(new MatrixRow(m.code(), m.labelTh(), m.labelEn(), m.impact() ? "impact" : "outcome", m.rule().describe(year),
                        target.baseYear(), target.base(), target.target(), result.map(Measurement::value).orElse(null), met, trace, m.iri()));
            }
            return rows;
        }

        // ------------------------------------------------------------ the rubric

        private AnalyticsBridge.Figures figures() {
            if (figures == null) {
                options.progress().accept("analysing the ecosystem and result chain of " + orgId);
                figures = analytics.analyze(source, orgId, options.progress());
            }
            return figures;
        }

        private RubricEvaluator.Evaluation evaluateRubric(Rubric rubric) {
            AnalyticsBridge.Figures f = figures();
            Map<Node, Graph> fresh = new LinkedHashMap<>();
            fresh.put(f.graphName(), f.graph() != null ? f.graph() : GraphFactory.createDefaultGraph());
            fresh.put(ScorecardGraph.graphName(orgId, year), ScorecardGraph.matrixResults(orgId, model.organization().iri(), year, matrixRows));
            options.progress().accept("evaluating the rubric " + shortForm(rubric.iri()) + " for " + orgId + " " + year);
            return EvaluationDataset.read(source, fresh, queries,
                    view -> new RubricEvaluator(rubric).evaluate(view, model.organization().iri(), orgId, year));
        }

        private RubricOutcome outcome(Rubric rubric, RubricEvaluator.Evaluation evaluation) {
            List<RubricLevelOutcome> levels = new ArrayList<>();
            for (RubricEvaluator.LevelResult l : evaluation.levels()) {
                List<ConditionOutcome> conditions = l.conditions().stream().map(c -> new ConditionOutcome(c.condition().id(), c.level(),
                        c.condition().label(), c.condition().labelEn(), c.passed(), c.evidence(), c.condition().iri())).toList();
                levels.add(new RubricLevelOutcome(l.level().level(), l.level().label(), l.level().labelEn(), l.passed(), conditions));
            }
            return new RubricOutcome(rubric.iri(), rubric.label(), rubric.labelEn(), rubric.modelled(), evaluation.level(), levels);
        }

        // ------------------------------------------------------------ leaves

        private IndicatorScore scoreLeaf(FrameworkElement leaf, RubricOutcome rubric) {
            List<String> trace = new ArrayList<>();
            String code = leaf.code();
            Optional<Measurement> explicit = values.find(orgId, code, year);
            BigDecimal value = null;
            String source = null;
            String missingReason = null;
            List<ConditionOutcome> conditions = null;

            List<MatrixRow> matrix = matrixRows.stream().filter(r -> model.matrixOf(code).stream()
                    .anyMatch(m -> m.code().equals(r.code()))).toList();
            boolean coverage = OBJECTIVE_COVERAGE_INDICATOR.equals(code) || STRATEGY_COVERAGE_INDICATOR.equals(code);
            boolean byRubric = RUBRIC_INDICATOR.equals(code);
            boolean aggregate = !model.matrixOf(code).isEmpty();

            if (byRubric && rubric != null) {
                conditions = rubric.levels().stream().flatMap(l -> l.conditions().stream()).toList();
            }
            if (explicit.isPresent()) {
                Measurement m = explicit.get();
                used.add(m);
                value = m.value();
                boolean evaluator = coverage || byRubric || aggregate;
                source = evaluator ? SOURCE_EVALUATOR : SOURCE_MEASURED;
                trace.add((evaluator ? "evaluator's value " : "value ") + ThresholdScale.plain(value) + " from " + describe(m));
                if (m.evidence() != null) {
                    trace.add("evidence: " + m.evidence());
                }
                if (evaluator) {
                    trace.add("a value in the measurements wins over what the graph computes" + graphFigureNote(code, rubric, matrix));
                }
            } else if (coverage) {
                AnalyticsBridge.Figures f = figures();
                boolean objectives = OBJECTIVE_COVERAGE_INDICATOR.equals(code);
                value = objectives ? f.objectiveCoverage() : f.strategyCoverage();
                if (value != null) {
                    source = SOURCE_GRAPH;
                    trace.add(objectives ? f.objectiveTrace() : f.strategyTrace());
                } else {
                    missingReason = f.failure();
                }
            } else if (byRubric) {
                if (rubric != null) {
                    value = BigDecimal.valueOf(rubric.level());
                    source = SOURCE_RUBRIC;
                    trace.add("rubric " + shortForm(rubric.iri()) + (rubric.modelled() ? " (modelled by Khumkha, not OPDC's official criteria)" : "")
                            + ": level " + rubric.level() + " is the highest whose conditions, and all lower levels', hold");
                    for (RubricLevelOutcome l : rubric.levels()) {
                        long passed = l.conditions().stream().filter(ConditionOutcome::passed).count();
                        trace.add("level " + l.level() + ": " + passed + " of " + l.conditions().size() + " conditions hold"
                                + (l.passed() ? "" : " (failed: " + String.join(", ", l.conditions().stream()
                                        .filter(c -> !c.passed()).map(ConditionOutcome::id).toList()) + ")"));
                    }
                } else {
                    missingReason = "no rubric for " + code + " in the store (load data/opdc/rubric-3.1.trig) and no evaluator's value";
                }
            } else if (aggregate) {
                long met = matrix.stream().filter(MatrixRow::met).count();
                value = HUNDRED.multiply(BigDecimal.valueOf(met)).divide(BigDecimal.valueOf(matrix.size()), MC);
                source = SOURCE_MEASURED;
                List<String> notMet = matrix.stream().filter(r -> !r.met()).map(MatrixRow::code).toList();
                trace.add(met + " of " + matrix.size() + " evaluation-matrix indicators met their " + year + " target"
                        + (notMet.isEmpty() ? "" : " (not met: " + String.join(", ", notMet) + ")")
                        + " → 100 × " + met + " / " + matrix.size() + " = " + ThresholdScale.display(value) + " %");
            } else {
                missingReason = "no value for " + code + " in " + year;
            }

            BigDecimal score = BigDecimal.ZERO;
            boolean below = false;
            if (value == null) {
                trace.add((missingReason == null ? "no value" : missingReason) + " → score 0 (provisional)");
                missing.add(new MissingItem(code, leaf.labelTh(), missingReason == null ? "no value" : missingReason));
            } else if (leaf.kind() == ElementKind.QUANTITATIVE) {
                ThresholdScale.Interpolation i = new ThresholdScale(leaf.thresholds()).score(value, options.belowLevelOne());
                score = i.score();
                below = i.belowLevelOne();
                trace.add(i.explanation());
            } else if (value.compareTo(BigDecimal.ONE) < 0) {
                below = true;
                trace.add("level " + ThresholdScale.plain(value) + " — below level 1 → 0");
            } else {
                score = value.min(BigDecimal.valueOf(ThresholdScale.LEVELS));
                trace.add("level-based: the level is the score → " + ThresholdScale.display(score));
            }
            BigDecimal weighted = score.multiply(leaf.weight(), MC).divide(HUNDRED, MC);
            trace.add("weighted = " + ThresholdScale.display(score) + " × " + ThresholdScale.plain(leaf.weight()) + " / 100 = "
                    + ThresholdScale.display(weighted));
            String dimension = model.dimensionOf(code).map(FrameworkElement::code).orElse(null);
            List<CriterionView> criteria = leaf.criteria().stream()
                    .map(c -> new CriterionView(c.level(), c.threshold(), c.descriptor(), c.descriptorEn())).toList();
            return new IndicatorScore(code, leaf.labelTh(), leaf.labelEn(), dimension, leaf.weight(), value, source, score, weighted,
                    below, criteria, trace, conditions, leaf.iri());
        }

        /** For an evaluator's value, what the graph would have said, so the override is visible. */
        private String graphFigureNote(String code, RubricOutcome rubric, List<MatrixRow> matrix) {
            if (RUBRIC_INDICATOR.equals(code)) {
                return rubric == null ? "" : " (the rubric gives level " + rubric.level() + ")";
            }
            if (!matrix.isEmpty()) {
                long met = matrix.stream().filter(MatrixRow::met).count();
                return " (the matrix gives " + met + " of " + matrix.size() + " met)";
            }
            AnalyticsBridge.Figures f = figures();
            BigDecimal v = OBJECTIVE_COVERAGE_INDICATOR.equals(code) ? f.objectiveCoverage() : f.strategyCoverage();
            return v == null ? "" : " (the graph analysis gives " + ThresholdScale.display(v) + " %)";
        }

        private String describe(Measurement m) {
            String where = switch (m.origin().kind()) {
                case STORED -> m.origin().description();
                case FILE -> m.origin().description() + (m.derived() ? " (not stored; modelled: the file gives no national value)" : " (not stored)");
                case WHAT_IF -> m.origin().description() + " (what-if, not stored)";
                case BASELINE -> m.origin().description();
            };
            return where + (m.illustrative() ? " — illustrative, not a real result (ตัวอย่างเพื่อการสาธิต)" : "")
                    + (m.synthetic() ? " — ข้อมูลสังเคราะห์ — synthetic data, not a real result" : "");
        }
    }
}
