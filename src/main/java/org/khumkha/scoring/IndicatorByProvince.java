package org.khumkha.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.khumkha.graph.GraphSource;
import org.khumkha.graph.Vocab;
import org.khumkha.query.QueryLibrary;
import org.khumkha.scale.area.AreaLevel;
import org.khumkha.scale.area.AreaResultsService;
import org.khumkha.scale.area.AreaRollUp;
import org.khumkha.scale.area.AreaTotals;
import org.khumkha.scoring.EvaluationModel.MatrixIndicator;

/**
 * One evaluation-matrix indicator by province for a fiscal year, for the by-province page and {@code GET
 * /api/views/by-province}: per province Σ numerator, Σ denominator and the value (the roll-up of {@link AreaResultsService},
 * the one {@code score --by-province} prints), and whether the province meets the indicator's target rule applied to
 * its own results (for "X + 10 points", the province's own base-year value + 10). A count (no denominator) has a
 * national target only, so provinces show no verdict. Reads only; one roll-up per year the rule needs.
 */
public final class IndicatorByProvince {
    private final AreaResultsService areas;
    private final EvaluationModelReader models;

    public IndicatorByProvince(QueryLibrary queries) {
        Objects.requireNonNull(queries, "queries");
        this.areas = new AreaResultsService(queries);
        this.models = new EvaluationModelReader(queries);
    }

    /** The view: what the page and its JSON show. */
    public record View(String organization, String organizationLabel, String organizationLabelEn, int fiscalYear, String indicator,
                       String label, String labelEn, String unit, boolean ratio, String targetRule, boolean synthetic,
                       boolean illustrative, AreaValue nation, List<AreaValue> provinces, List<IndicatorOption> indicators,
                       String message) {}

    /**
     * One area: its sums and value, the target its own results give, and whether it is met (null: no verdict).
     *
     * @param results how many area-level results went in
     */
    public record AreaValue(String code, String label, String labelEn, BigDecimal numerator, BigDecimal denominator, BigDecimal value,
                            int results, Integer baseYear, BigDecimal base, BigDecimal target, Boolean met) {}

    /** An indicator the picker offers. */
    public record IndicatorOption(String code, String label, String labelEn) {}

    /**
     * @param code the matrix indicator's code; null or blank for the first
     * @throws IllegalArgumentException for an unknown organization or indicator, or a non-B.E. year
     */
    public View view(GraphSource source, String orgId, int fiscalYear, String code) {
        Objects.requireNonNull(source, "source");
        EvaluationModelReader.checkOrgId(orgId);
        ScoringService.checkYear(fiscalYear);
        EvaluationModel model = models.read(source, orgId);
        List<IndicatorOption> options = model.matrix().stream().map(m -> new IndicatorOption(m.code(), m.labelTh(), m.labelEn())).toList();
        if (model.matrix().isEmpty()) {
            throw new IllegalArgumentException("'" + orgId + "' has no evaluation-matrix indicator, so nothing to show by province");
        }
        MatrixIndicator indicator = code == null || code.isBlank() ? model.matrix().get(0) : model.matrix().stream()
                .filter(m -> m.code().equalsIgnoreCase(code.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown indicator '" + code + "' for " + orgId + " (matrix indicators: "
                        + String.join(", ", options.stream().map(IndicatorOption::code).toList()) + ")"));
        var org = model.organization();
        String unit = indicator.unit() == null ? null : indicator.unit().labelEn();
        String rule = indicator.rule().describe(fiscalYear);
        Years years = new Years(source, orgId, indicator.code());
        Optional<AreaResultsService.IndicatorRollUp> now = years.rollUp(fiscalYear);
        if (now.isEmpty()) {
            return new View(orgId, org.labelTh(), org.labelEn(), fiscalYear, indicator.code(), indicator.labelTh(), indicator.labelEn(), unit,
                    false, rule, false, false, null, List.of(), options, "no area-level results for " + indicator.code() + " of '" + orgId
                    + "' in " + fiscalYear + " (import a measurement file with area, numerator and denominator columns)");
        }
        AreaResultsService.IndicatorRollUp r = now.get();
        boolean ratio = r.rollUp().isRatio();
        Set<String> kinds = areas.provenance(source, orgId, indicator.code(), fiscalYear);
        List<AreaValue> provinces = new ArrayList<>();
        for (AreaTotals t : r.rollUp().atLevel(AreaLevel.PROVINCE)) {
            String iri = t.area().iri();
            BigDecimal value = t.value(r.multiplier());
            TargetRule.Target target = ratio ? indicator.rule().target(fiscalYear, y -> years.province(y, iri)) : null;
            provinces.add(new AreaValue(t.area().code(), t.area().labelTh(), t.area().labelEn(), t.numerator(), t.denominator(), value,
                    t.observations(), target == null ? null : target.baseYear(), target == null ? null : target.base(),
                    target == null ? null : target.target(), target == null || value == null ? null : target.metBy(value)));
        }
        AreaRollUp.Overall all = r.rollUp().overall();
        BigDecimal nationalValue = all.value(r.multiplier());
        TargetRule.Target nationalTarget = indicator.rule().target(fiscalYear, years::nation);
        AreaValue nation = new AreaValue("", "ทั้งประเทศ (รวมจากผลรายพื้นที่)", "Nation (summed from the area results)", all.numerator(),
                all.denominator(), nationalValue, all.results(), nationalTarget.baseYear(), nationalTarget.base(), nationalTarget.target(),
                nationalValue == null || nationalTarget.target() == null ? null : nationalTarget.metBy(nationalValue));
        return new View(orgId, org.labelTh(), org.labelEn(), fiscalYear, indicator.code(), indicator.labelTh(), indicator.labelEn(), unit,
                ratio, rule, kinds.contains(Vocab.KK + "Synthetic"), kinds.contains(Vocab.KK + "Illustrative"), nation, provinces, options, null);
    }

    /** The roll-ups of one indicator by year, read once each: what a relative target rule asks about other years. */
    private final class Years {
        private final GraphSource source;
        private final String orgId;
        private final String code;
        private final Map<Integer, Optional<AreaResultsService.IndicatorRollUp>> byYear = new HashMap<>();

        Years(GraphSource source, String orgId, String code) {
            this.source = source;
            this.orgId = orgId;
            this.code = code;
        }

        Optional<AreaResultsService.IndicatorRollUp> rollUp(int year) {
            return byYear.computeIfAbsent(year, y -> {
                try {
                    return Optional.of(areas.rollUp(source, orgId, code, y));
                } catch (IllegalArgumentException none) {
                    return Optional.empty();
                }
            });
        }

        Optional<BigDecimal> province(int year, String provinceIri) {
            return rollUp(year).flatMap(r -> r.rollUp().totals().containsKey(provinceIri)
                    ? Optional.ofNullable(r.rollUp().totals(provinceIri).value(r.multiplier())) : Optional.empty());
        }

        Optional<BigDecimal> nation(int year) {
            return rollUp(year).flatMap(r -> Optional.ofNullable(r.rollUp().overall().value(r.multiplier())));
        }
    }
}
