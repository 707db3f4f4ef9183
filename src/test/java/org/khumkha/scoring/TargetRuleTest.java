package org.khumkha.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

/** The three target rules of attachment 4, on hand-made result series. */
class TargetRuleTest {

    @Test
    void absoluteTargetIsMetAtOrAboveTheValue() {
        TargetRule rule = new TargetRule.Absolute(new BigDecimal("80"));
        TargetRule.Target t = rule.target(2568, results(Map.of()));
        assertThat(t.target()).isEqualByComparingTo("80");
        assertThat(t.baseYear()).isNull();
        assertThat(t.metBy(new BigDecimal("80"))).isTrue();
        assertThat(t.metBy(new BigDecimal("79.99"))).isFalse();
        assertThat(t.metBy(null)).isFalse();
    }

    @Test
    void basePlusPointsUsesTheYearBeforeByDefault() {
        // X = 2567 result 62; target 62 + 10 = 72
        TargetRule rule = new TargetRule.BasePlusPoints(BigDecimal.TEN, TargetRule.BASE_YEAR_OFFSET_DEFAULT);
        TargetRule.Target t = rule.target(2568, results(Map.of(2567, "62")));
        assertThat(t.baseYear()).isEqualTo(2567);
        assertThat(t.base()).isEqualByComparingTo("62");
        assertThat(t.target()).isEqualByComparingTo("72");
        assertThat(t.metBy(new BigDecimal("72"))).isTrue();
        assertThat(t.metBy(new BigDecimal("71.9"))).isFalse();
    }

    @Test
    void basePlusPointsWithTheBaseYearMissingCannotBeMet() {
        TargetRule.Target t = new TargetRule.BasePlusPoints(BigDecimal.TEN, 1).target(2568, results(Map.of(2566, "50")));
        assertThat(t.target()).isNull();
        assertThat(t.missing()).contains("2567");
        assertThat(t.metBy(new BigDecimal("99"))).isFalse();
    }

    @Test
    void statedBaseYearShiftsWithTheEvaluatedYear() {
        // the MOU states base 2567 for target year 2568 (offset 1); evaluating 2567 uses 2566
        TargetRule.Target t = new TargetRule.BasePlusPoints(BigDecimal.TEN, 1).target(2567, results(Map.of(2566, "55")));
        assertThat(t.baseYear()).isEqualTo(2566);
        assertThat(t.target()).isEqualByComparingTo("65");
    }

    @Test
    void growthTargetOfTheIssueExample() {
        // 1,005 (2566) → 1,100 (2567): growth 95 / 1005 = 0.0945273631840796; one interval only (2565 is missing)
        // target = 1100 × 1.0945273631840796 = 1203.980099502488 ≈ 1,204.0
        TargetRule rule = new TargetRule.BaseGrowth(3, 1);
        TargetRule.Target t = rule.target(2568, results(Map.of(2566, "1005", 2567, "1100")));
        assertThat(t.base()).isEqualByComparingTo("1100");
        assertThat(t.target()).isCloseTo(new BigDecimal("1203.9801"), org.assertj.core.data.Offset.offset(new BigDecimal("0.0001")));
        assertThat(t.metBy(new BigDecimal("1204"))).isTrue();
        assertThat(t.metBy(new BigDecimal("1203.9"))).isFalse();
        assertThat(t.explanation()).contains("mean of 1").contains("9.4527 %");
    }

    @Test
    void growthTargetAveragesUpToThreeIntervals() {
        // 100 → 110 (+10 %) → 121 (+10 %) → 145.2 (+20 %); mean of 3 = 13.333…%; target = 145.2 × 1.1333… = 164.56
        // 2563 (= 50) lies beyond the window of 3 and is ignored
        TargetRule.Target t = new TargetRule.BaseGrowth(3, 1)
                .target(2568, results(Map.of(2563, "50", 2564, "100", 2565, "110", 2566, "121", 2567, "145.2")));
        assertThat(t.target()).isCloseTo(new BigDecimal("164.56"), org.assertj.core.data.Offset.offset(new BigDecimal("0.000001")));
    }

    @Test
    void growthRunStopsAtAGap() {
        // 2565 missing: only 2566 → 2567 counts (+20 %), though 2564 is known; target = 120 × 1.2 = 144
        TargetRule.Target t = new TargetRule.BaseGrowth(3, 1).target(2568, results(Map.of(2564, "10", 2566, "100", 2567, "120")));
        assertThat(t.target()).isEqualByComparingTo("144");
    }

    @Test
    void growthTargetNeedsTheBaseAndTheYearBefore() {
        assertThat(new TargetRule.BaseGrowth(3, 1).target(2568, results(Map.of(2566, "1005"))).missing()).contains("2567");
        TargetRule.Target onlyBase = new TargetRule.BaseGrowth(3, 1).target(2568, results(Map.of(2567, "1100")));
        assertThat(onlyBase.target()).isNull();
        assertThat(onlyBase.missing()).contains("2566");
    }

    private static IntFunction<Optional<BigDecimal>> results(Map<Integer, String> byYear) {
        return y -> Optional.ofNullable(byYear.get(y)).map(BigDecimal::new);
    }
}
