package org.khumkha.scale.area;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One area-level result (a {@code kk:AreaResult}): the numerator and, for a ratio, the denominator of an indicator's
 * formula observed in one area. Several observations may stand in the same area; they add up.
 *
 * @param area        the IRI of the area the result was observed in
 * @param numerator   at least 0
 * @param denominator at least 0, or null for a count (an indicator without a denominator)
 */
public record AreaObservation(String area, BigDecimal numerator, BigDecimal denominator) {
    public AreaObservation {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(numerator, "numerator");
        if (numerator.signum() < 0) {
            throw new IllegalArgumentException("a numerator is 0 or more, got " + numerator + " in " + area);
        }
        if (denominator != null && denominator.signum() < 0) {
            throw new IllegalArgumentException("a denominator is 0 or more, got " + denominator + " in " + area);
        }
    }

    public static AreaObservation of(String area, long numerator, Long denominator) {
        return new AreaObservation(area, BigDecimal.valueOf(numerator), denominator == null ? null : BigDecimal.valueOf(denominator));
    }
}
