package org.khumkha.scale.area;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The sums of one area: Σ numerator, Σ denominator (null for a count) and how many observations went in.
 *
 * @param area the area summed over (itself and everything below it)
 */
public record AreaTotals(Area area, BigDecimal numerator, BigDecimal denominator, int observations) {
    /** Decimal places kept in a value. */
    public static final int VALUE_SCALE = 4;

    public AreaTotals {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(numerator, "numerator");
    }

    /**
     * The indicator's value for the area: Σ numerator ÷ Σ denominator × multiplier, rounded half-even to
     * {@link #VALUE_SCALE} places; Σ numerator for a count; null when the denominator sums to 0 (nothing to divide by).
     */
    public BigDecimal value(BigDecimal multiplier) {
        return value(numerator, denominator, multiplier);
    }

    /** The same rule for bare sums, shared with the generator so its national values are the roll-up's. */
    public static BigDecimal value(BigDecimal numerator, BigDecimal denominator, BigDecimal multiplier) {
        if (denominator == null) {
            return numerator.setScale(Math.max(0, numerator.scale()), RoundingMode.HALF_EVEN);
        }
        if (denominator.signum() == 0) {
            return null;
        }
        BigDecimal m = multiplier == null ? BigDecimal.ONE : multiplier;
        return numerator.multiply(m).divide(denominator, MathContext.DECIMAL128).setScale(VALUE_SCALE, RoundingMode.HALF_EVEN);
    }
}
