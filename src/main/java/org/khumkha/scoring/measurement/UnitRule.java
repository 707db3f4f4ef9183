package org.khumkha.scoring.measurement;

import java.math.BigDecimal;
import java.util.Optional;

import org.khumkha.graph.Vocab;

/**
 * What a value in a unit must obey, read from the unit's data ({@code kk:minValue}, {@code kk:maxValue},
 * {@code kk:integerOnly}): percent 0-100, count a non-negative whole number, ratio ≥ 0, level 1-5.
 *
 * @param iri     the unit ({@code kk:Percent} …)
 * @param labelTh its Thai label
 * @param labelEn its English label
 * @param min     the smallest accepted value, or null
 * @param max     the largest accepted value, or null
 * @param integerOnly whether only whole numbers are accepted
 */
public record UnitRule(String iri, String labelTh, String labelEn, BigDecimal min, BigDecimal max, boolean integerOnly) {
    /** The percent unit: the only one whose values may carry a trailing {@code %}. */
    public static final String PERCENT = Vocab.KK + "Percent";

    /** A unit with no constraint, for indicators whose unit the graph does not state. */
    public static final UnitRule UNCONSTRAINED = new UnitRule("", "ไม่ระบุหน่วย", "no unit", null, null, false);

    public boolean isPercent() {
        return PERCENT.equals(iri);
    }

    /** Why {@code value} is not acceptable in this unit, or empty when it is. */
    public Optional<String> check(BigDecimal value) {
        String name = labelEn == null || labelEn.isEmpty() ? "this" : labelEn;
        if (integerOnly && value.stripTrailingZeros().scale() > 0) {
            return Optional.of("value " + value.toPlainString() + " must be a whole number (" + name + ")");
        }
        boolean belowMin = min != null && value.compareTo(min) < 0;
        boolean aboveMax = max != null && value.compareTo(max) > 0;
        if (belowMin || aboveMax) {
            String range = min != null && max != null ? min.stripTrailingZeros().toPlainString() + "-" + max.stripTrailingZeros().toPlainString()
                    : min != null ? "≥ " + min.stripTrailingZeros().toPlainString() : "≤ " + max.stripTrailingZeros().toPlainString();
            return Optional.of("value " + value.toPlainString() + " is out of range for " + name + " (" + range + ")");
        }
        return Optional.empty();
    }
}
