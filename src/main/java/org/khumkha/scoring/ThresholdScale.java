package org.khumkha.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * OPDC's linear interpolation of a quantitative result on five ascending thresholds t1 &lt; … &lt; t5
 * (the "decimal level score" of OPDC's value-for-money evaluation tables):
 * <pre>
 *   a ≥ t5            → 5
 *   t_k ≤ a &lt; t_k+1  → k + (a − t_k) / (t_k+1 − t_k)      (k = 1 … 4)
 *   a &lt; t1            → 0, "below level 1" (or a / t1 under {@link BelowLevelOne#PROPORTIONAL})
 * </pre>
 * Exact decimal arithmetic ({@link MathContext#DECIMAL64}); nothing is rounded here, only for display. O(1).
 */
public final class ThresholdScale {
    /** Levels on the scale. */
    public static final int LEVELS = 5;
    private static final MathContext MC = MathContext.DECIMAL64;
    /** Decimals shown in explanations (OPDC shows scores with 4). */
    static final int DISPLAY_DECIMALS = 4;

    private final List<BigDecimal> thresholds;

    /** @param thresholds t1 … t5, strictly ascending */
    public ThresholdScale(List<BigDecimal> thresholds) {
        Objects.requireNonNull(thresholds, "thresholds");
        if (thresholds.size() != LEVELS || thresholds.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("a threshold scale needs exactly " + LEVELS + " thresholds, got " + thresholds);
        }
        for (int i = 1; i < LEVELS; i++) {
            if (thresholds.get(i).compareTo(thresholds.get(i - 1)) <= 0) {
                throw new IllegalArgumentException("thresholds must be strictly ascending, got " + thresholds);
            }
        }
        this.thresholds = List.copyOf(thresholds);
    }

    public List<BigDecimal> thresholds() {
        return thresholds;
    }

    /** A score with the step that produced it. */
    public record Interpolation(BigDecimal score, boolean belowLevelOne, String explanation) {}

    public Interpolation score(BigDecimal a, BelowLevelOne policy) {
        Objects.requireNonNull(a, "a");
        String scale = "thresholds " + String.join(" / ", thresholds.stream().map(ThresholdScale::plain).toList());
        BigDecimal t1 = thresholds.get(0);
        BigDecimal t5 = thresholds.get(LEVELS - 1);
        if (a.compareTo(t5) >= 0) {
            return new Interpolation(BigDecimal.valueOf(LEVELS), false, scale + ": " + plain(a) + " ≥ " + plain(t5) + " → 5");
        }
        if (a.compareTo(t1) < 0) {
            if (policy == BelowLevelOne.PROPORTIONAL && a.signum() > 0) {
                BigDecimal s = a.divide(t1, MC);
                return new Interpolation(s, true, scale + ": " + plain(a) + " < " + plain(t1) + " — below level 1; proportional policy: "
                        + plain(a) + " / " + plain(t1) + " = " + display(s));
            }
            return new Interpolation(BigDecimal.ZERO, true, scale + ": " + plain(a) + " < " + plain(t1) + " — below level 1 → 0");
        }
        for (int k = 1; k < LEVELS; k++) {
            BigDecimal lo = thresholds.get(k - 1);
            BigDecimal hi = thresholds.get(k);
            if (a.compareTo(hi) < 0) {
                BigDecimal s = BigDecimal.valueOf(k).add(a.subtract(lo).divide(hi.subtract(lo), MC), MC);
                return new Interpolation(s, false, scale + ": " + plain(lo) + " ≤ " + plain(a) + " < " + plain(hi) + " → "
                        + k + " + (" + plain(a) + " − " + plain(lo) + ") / (" + plain(hi) + " − " + plain(lo) + ") = " + display(s));
            }
        }
        throw new IllegalStateException("unreachable: " + a);
    }

    /** A number as people write it: at most 4 decimals, no trailing zeros, no exponent. */
    static String plain(BigDecimal v) {
        BigDecimal r = v.scale() > DISPLAY_DECIMALS ? v.setScale(DISPLAY_DECIMALS, RoundingMode.HALF_UP) : v;
        return r.stripTrailingZeros().toPlainString();
    }

    /** A score for display: 4 decimals. */
    static String display(BigDecimal v) {
        return v.setScale(DISPLAY_DECIMALS, RoundingMode.HALF_UP).toPlainString();
    }
}
