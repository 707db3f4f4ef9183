package org.khumkha.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * How an evaluation-matrix indicator's target for a fiscal year is set (attachment 4), and so whether a result
 * meets it. The base year is the one the MOU names for its target year (kk:baseYear), shifted with the evaluated
 * year; when none is named it is the year before the evaluated year (CODI's "X").
 */
public sealed interface TargetRule permits TargetRule.Absolute, TargetRule.BasePlusPoints, TargetRule.BaseGrowth {
    MathContext MC = MathContext.DECIMAL64;
    /** When the MOU names no base year: the year before the evaluated one. */
    int BASE_YEAR_OFFSET_DEFAULT = 1;

    /**
     * The target for {@code year}.
     *
     * @param resultOf the indicator's result in a fiscal year, if known
     */
    Target target(int year, IntFunction<Optional<BigDecimal>> resultOf);

    /** The rule as a person reads it, for {@code year}. */
    String describe(int year);

    /**
     * A computed target, or why it cannot be computed.
     *
     * @param baseYear    the base year, or null for an absolute target
     * @param base        the base-year result, or null
     * @param target      the target, or null when it cannot be computed
     * @param missing     why not (a base-year result is missing), or null
     * @param explanation the arithmetic
     */
    record Target(Integer baseYear, BigDecimal base, BigDecimal target, String missing, String explanation) {
        /** Met when the result is at least the target. */
        public boolean metBy(BigDecimal result) {
            return target != null && result != null && result.compareTo(target) >= 0;
        }
    }

    /** Met when result ≥ a fixed target value. */
    record Absolute(BigDecimal value) implements TargetRule {
        @Override
        public Target target(int year, IntFunction<Optional<BigDecimal>> resultOf) {
            return new Target(null, null, value, null, "absolute target " + ThresholdScale.plain(value));
        }

        @Override
        public String describe(int year) {
            return "≥ " + ThresholdScale.plain(value);
        }
    }

    /** Met when result ≥ base-year result + N points. */
    record BasePlusPoints(BigDecimal points, int baseYearOffset) implements TargetRule {
        @Override
        public Target target(int year, IntFunction<Optional<BigDecimal>> resultOf) {
            int baseYear = year - baseYearOffset;
            Optional<BigDecimal> base = resultOf.apply(baseYear);
            if (base.isEmpty()) {
                return new Target(baseYear, null, null, "base-year (" + baseYear + ") result missing",
                        "X + " + ThresholdScale.plain(points) + " needs the " + baseYear + " result, which is missing");
            }
            BigDecimal t = base.get().add(points, MC);
            return new Target(baseYear, base.get(), t, null, "X = " + baseYear + " result " + ThresholdScale.plain(base.get())
                    + "; target = " + ThresholdScale.plain(base.get()) + " + " + ThresholdScale.plain(points) + " = " + ThresholdScale.plain(t));
        }

        @Override
        public String describe(int year) {
            return "X + " + ThresholdScale.plain(points) + " (X = result of " + (year - baseYearOffset) + ")";
        }
    }

    /**
     * Met when result ≥ base-year result × (1 + mean growth), the mean of the year-on-year growth rates of the up to
     * {@code window} consecutive intervals ending at the base year for which both results are known (a gap, or a
     * zero result, ends the run). 1,005 (2566) → 1,100 (2567) is +9.4527 %, so the 2568 target is
     * 1,100 × 1.094527 = 1,203.98.
     */
    record BaseGrowth(int window, int baseYearOffset) implements TargetRule {
        public BaseGrowth {
            if (window < 1) {
                throw new IllegalArgumentException("growth window must be ≥ 1, got " + window);
            }
        }

        @Override
        public Target target(int year, IntFunction<Optional<BigDecimal>> resultOf) {
            int baseYear = year - baseYearOffset;
            Optional<BigDecimal> base = resultOf.apply(baseYear);
            if (base.isEmpty()) {
                return new Target(baseYear, null, null, "base-year (" + baseYear + ") result missing",
                        "the growth target needs the " + baseYear + " result, which is missing");
            }
            List<BigDecimal> rates = new ArrayList<>();
            List<String> steps = new ArrayList<>();
            for (int k = 0; k < window; k++) {
                int to = baseYear - k;
                Optional<BigDecimal> vTo = resultOf.apply(to);
                Optional<BigDecimal> vFrom = resultOf.apply(to - 1);
                if (vTo.isEmpty() || vFrom.isEmpty() || vFrom.get().signum() == 0) {
                    break;
                }
                BigDecimal rate = vTo.get().subtract(vFrom.get()).divide(vFrom.get(), MC);
                rates.add(rate);
                steps.add((to - 1) + "→" + to + ": " + ThresholdScale.plain(vFrom.get()) + "→" + ThresholdScale.plain(vTo.get())
                        + " = " + percent(rate));
            }
            if (rates.isEmpty()) {
                return new Target(baseYear, base.get(), null, "no growth interval: the " + (baseYear - 1) + " result is missing",
                        "the growth target needs results for " + (baseYear - 1) + " and " + baseYear);
            }
            BigDecimal mean = rates.stream().reduce(BigDecimal.ZERO, (a, b) -> a.add(b, MC)).divide(BigDecimal.valueOf(rates.size()), MC);
            BigDecimal t = base.get().multiply(BigDecimal.ONE.add(mean, MC), MC);
            return new Target(baseYear, base.get(), t, null, "growth " + String.join("; ", steps) + "; mean of " + rates.size()
                    + " = " + percent(mean) + "; target = " + ThresholdScale.plain(base.get()) + " × (1 + " + percent(mean) + ") = "
                    + ThresholdScale.display(t));
        }

        @Override
        public String describe(int year) {
            int baseYear = year - baseYearOffset;
            return "X × (1 + mean growth of up to " + window + " years) (X = result of " + baseYear + ")";
        }

        private static String percent(BigDecimal rate) {
            return ThresholdScale.display(rate.movePointRight(2)) + " %";
        }
    }
}
