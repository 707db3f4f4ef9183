package org.khumkha.scoring;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One organization's score for one fiscal year: 0-5 per indicator, per dimension and in total, each number
 * explained down to the data behind it. Nothing is rounded here; formats round for display (4 decimals).
 * Serialized as JSON with these field names by the API and {@code score --format json}.
 *
 * @param organization        the organization's short id
 * @param organizationLabel   its Thai name
 * @param organizationLabelEn its English name
 * @param fiscalYear          the evaluated fiscal year (B.E.)
 * @param total               the sum of every leaf's weighted score (0-5)
 * @param provisional         some value is missing, so the total may rise once it is known
 * @param illustrative        some value used is illustrative example data, not a real result
 * @param synthetic           some value used is synthetic data made up by {@code generate} ({@code kk:Synthetic}), not a real result
 * @param dimensions          the four dimensions' subtotals
 * @param indicators          every leaf indicator
 * @param matrix              the evaluation-matrix indicators behind 2.1.1
 * @param missing             what has no value (scored 0) and why
 * @param rubric              the rubric's verdict for 3.1, or null when no rubric is stored
 */
public record Scorecard(String organization, String organizationLabel, String organizationLabelEn, int fiscalYear,
                        BigDecimal total, boolean provisional, boolean illustrative, boolean synthetic, List<DimensionScore> dimensions,
                        List<IndicatorScore> indicators, List<MatrixRow> matrix, List<MissingItem> missing, RubricOutcome rubric,
                        @JsonIgnore String organizationIri) {

    public Scorecard {
        dimensions = List.copyOf(dimensions);
        indicators = List.copyOf(indicators);
        matrix = List.copyOf(matrix);
        missing = List.copyOf(missing);
    }

    /** A dimension's subtotal. */
    public record DimensionScore(String code, String label, String labelEn, BigDecimal weight, BigDecimal weighted,
                                 @JsonIgnore String iri) {}

    /**
     * One leaf indicator.
     *
     * @param value      the value scored (percent, level …), or null when missing
     * @param source     measured | evaluator | graph | rubric, or null when missing
     * @param dimension  the code of the dimension it belongs to
     * @param conditions for 3.1, every rubric condition with pass/fail and evidence; absent for others
     */
    public record IndicatorScore(String code, String label, String labelEn, String dimension, BigDecimal weight, BigDecimal value,
                                 String source, BigDecimal score, BigDecimal weighted, boolean belowLevelOne,
                                 List<CriterionView> criteria, List<String> trace,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) List<ConditionOutcome> conditions,
                                 @JsonIgnore String iri) {}

    /** Level n of an indicator: the threshold (quantitative) and the descriptor. */
    public record CriterionView(int level, BigDecimal threshold, String descriptor, String descriptorEn) {}

    /**
     * One evaluation-matrix indicator in the year.
     *
     * @param kind       outcome | impact
     * @param targetRule the rule, as a person reads it
     * @param baseYear   the base year of a relative rule, or null
     * @param base       the base-year result, or null
     * @param target     the computed target, or null when it cannot be computed
     * @param result     the year's result, or null when missing
     */
    public record MatrixRow(String code, String label, String labelEn, String kind, String targetRule, Integer baseYear,
                            BigDecimal base, BigDecimal target, BigDecimal result, boolean met, List<String> trace,
                            @JsonIgnore String iri) {}

    /** Something without a value: {@code code} is a framework or matrix indicator. */
    public record MissingItem(String code, String label, String reason) {}

    /**
     * The rubric's verdict: the highest level whose conditions, and all lower levels', hold (0 if level 1 fails).
     *
     * @param modelled the rubric is Khumkha's model, not OPDC's official criteria
     */
    public record RubricOutcome(String iri, String label, String labelEn, boolean modelled, int level, List<RubricLevelOutcome> levels) {}

    /** One level of the rubric with its conditions. */
    public record RubricLevelOutcome(int level, String description, String descriptionEn, boolean passed, List<ConditionOutcome> conditions) {}

    /** One condition: whether its ASK query holds, and the rows of its evidence query. */
    public record ConditionOutcome(String id, int level, String description, String descriptionEn, boolean passed, List<String> evidence,
                                   @JsonIgnore String iri) {}
}
