package org.khumkha.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.khumkha.graph.GraphSource;
import org.khumkha.scale.area.AreaObservation;
import org.khumkha.scale.area.AreaResultsService;
import org.khumkha.scale.area.AreaRollUp;
import org.khumkha.scale.area.AreaTotals;
import org.khumkha.scoring.measurement.AreaMeasurement;
import org.khumkha.scoring.measurement.ImportResult;
import org.khumkha.scoring.measurement.Measurement;
import org.khumkha.scoring.measurement.MeasurementImporter;
import org.khumkha.scoring.measurement.MeasurementSchema;
import org.khumkha.scoring.measurement.MeasurementSet;
import org.khumkha.scoring.measurement.RowProblem;

/**
 * The national value of an indicator-year that a measurement file gives only area by area: the file's area rows, in
 * place of the stored results of the same areas, beside the stored results of the other areas, rolled up as
 * Σ numerator ÷ Σ denominator × the formula's multiplier (Σ numerator for a count) — never a mean of percentages —
 * and checked against the indicator's unit. The derived value is a {@link Measurement} marked {@link Measurement#derived()
 * rolled up} (stored with {@code kk:provenance kk:Modelled} and {@code kk:rolledUpFrom}), not one the file states.
 * Where the file also states the national value, the stated one is kept and a difference becomes a warning.
 *
 * <p>Also checks each area row of a percentage: numerator × multiplier ≤ 100 × denominator (for CODI's × 100
 * percentages, numerator ≤ denominator); a ratio such as O7 (value ÷ budget, "2 times") may exceed 1.
 *
 * <p>One pass over the rows plus one roll-up per (organization, indicator, year): O(n + r) for n area rows and r stored
 * results of the same indicator-years.
 */
final class NationalFromAreas {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern LINE = Pattern.compile(" line (\\d+)$");

    private final AreaResultsService areas;

    NationalFromAreas(AreaResultsService areas) {
        this.areas = Objects.requireNonNull(areas, "areas");
    }

    /** {@code result} with the derived national values added and the warnings set, or with problems and nothing usable. */
    ImportResult apply(GraphSource source, MeasurementSchema schema, ImportResult result) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(schema, "schema");
        if (!result.ok() || result.areaResults().isEmpty()) {
            return result;
        }
        Map<Measurement.Key, List<AreaMeasurement>> groups = new LinkedHashMap<>();
        for (AreaMeasurement a : result.areaResults()) {
            groups.computeIfAbsent(new Measurement.Key(a.organization(), a.indicator(), a.fiscalYear()), k -> new ArrayList<>()).add(a);
        }
        List<RowProblem> problems = new ArrayList<>();
        List<RowProblem> warnings = new ArrayList<>(result.warnings());
        List<Measurement> derived = new ArrayList<>();
        for (Map.Entry<Measurement.Key, List<AreaMeasurement>> e : groups.entrySet()) {
            Measurement.Key key = e.getKey();
            List<AreaMeasurement> rows = e.getValue();
            MeasurementSchema.IndicatorRule rule = schema.organization(key.organization()).flatMap(o -> o.find(key.indicator()))
                    .orElseThrow(() -> new IllegalStateException("validated row without a rule: " + key));
            AreaResultsService.Formula formula = areas.formula(source, key.organization(), key.indicator());
            int before = problems.size();
            if (rule.unit().isPercent()) {
                for (AreaMeasurement a : rows) {
                    if (a.denominator() != null && a.numerator().multiply(formula.multiplier()).compareTo(HUNDRED.multiply(a.denominator())) > 0) {
                        problems.add(new RowProblem(a.line(), MeasurementImporter.COL_NUMERATOR, "numerator " + plain(a.numerator())
                                + " is more than the denominator " + plain(a.denominator()) + " allows: " + key.indicator()
                                + " is a percentage (× " + plain(formula.multiplier()) + "), so this area's value would be "
                                + plain(AreaTotals.value(a.numerator(), a.denominator(), formula.multiplier())) + " > 100"));
                    }
                }
            }
            if (problems.size() > before) {
                continue;
            }
            int first = rows.get(0).line();
            AreaResultsService.IndicatorRollUp rollUp;
            try {
                rollUp = areas.rollUp(source, key.organization(), key.indicator(), key.fiscalYear(),
                        rows.stream().map(a -> new AreaObservation(a.areaIri(), a.numerator(), a.denominator())).toList());
            } catch (IllegalArgumentException mixed) {
                problems.add(new RowProblem(first, MeasurementImporter.COL_DENOMINATOR, key + ": " + mixed.getMessage()));
                continue;
            }
            AreaRollUp.Overall sums = rollUp.rollUp().overall();
            BigDecimal value = sums.value(formula.multiplier());
            Measurement.RolledUp how = new Measurement.RolledUp(sums.numerator(), sums.denominator(), formula.multiplier(),
                    sums.results(), sums.areas());
            if (value == null) {
                problems.add(new RowProblem(first, MeasurementImporter.COL_DENOMINATOR, key + ": the denominators sum to 0, so there is no national value"));
                continue;
            }
            Optional<String> unitProblem = rule.unit().check(value);
            if (unitProblem.isPresent()) {
                problems.add(new RowProblem(first, MeasurementImporter.COL_NUMERATOR, key + ": " + how.describe() + " gives "
                        + unitProblem.get()));
                continue;
            }
            Optional<Measurement> stated = result.measurements().find(key.organization(), key.indicator(), key.fiscalYear());
            if (stated.isPresent()) {
                BigDecimal s = stated.get().value();
                if (s.setScale(AreaTotals.VALUE_SCALE, RoundingMode.HALF_EVEN).compareTo(value) != 0) {
                    warnings.add(new RowProblem(line(stated.get(), first), MeasurementImporter.COL_VALUE, "the stated national value "
                            + plain(s) + " of " + key + " differs from " + plain(value) + ", " + how.describe()
                            + " (" + rows.size() + " of them in this file); the stated value is kept"));
                }
                continue;
            }
            String lines = rows.size() == 1 ? "line " + first : "lines " + first + "-" + rows.get(rows.size() - 1).line();
            int stored = sums.results() - rows.size();
            String where = result.file() + " " + lines + (stored > 0 ? " with " + stored + " stored area results" : "") + ", " + how.describe();
            derived.add(new Measurement(key.organization(), key.indicator(), key.fiscalYear(), value, how.describeTh(),
                    new Measurement.Origin(Measurement.Kind.FILE, where), rows.stream().anyMatch(AreaMeasurement::illustrative), false, how));
        }
        if (!problems.isEmpty()) {
            return new ImportResult(result.file(), result.rows(), MeasurementSet.empty(), problems, result.illustrative());
        }
        return new ImportResult(result.file(), result.rows(), result.measurements().overriddenBy(MeasurementSet.of(derived)), List.of(),
                result.illustrative(), result.areaResults(), warnings);
    }

    /** The file line of a stated value (its origin ends "… line N"), else the given one. */
    private static int line(Measurement m, int otherwise) {
        Matcher matcher = LINE.matcher(m.origin().description());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : otherwise;
    }

    private static String plain(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
}
