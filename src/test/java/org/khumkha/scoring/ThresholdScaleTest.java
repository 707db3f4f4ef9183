package org.khumkha.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * OPDC's interpolation on the thresholds of 2.2.1.2 (75 / 80 / 85 / 90 / 95) and of 1.1 (50 / 60 / 70 / 80 / 100,
 * whose last step is twice as wide).
 */
class ThresholdScaleTest {
    private static final ThresholdScale DISBURSEMENT = scale("75", "80", "85", "90", "95");
    private static final ThresholdScale COVERAGE = scale("50", "60", "70", "80", "100");

    @ParameterizedTest(name = "{0} % → {1}")
    @CsvSource({
            // at every boundary: t_k scores exactly k
            "75, 1", "80, 2", "85, 3", "90, 4", "95, 5",
            // between boundaries: k + (a − t_k) / (t_k+1 − t_k)
            "77.5, 1.5", "81, 2.2", "86.25, 3.25", "92.6, 4.52", "94.999, 4.9998",
            // above level 5
            "95.0001, 5", "100, 5"})
    void interpolatesAtAndBetweenEveryBoundary(String value, String expected) {
        ThresholdScale.Interpolation i = DISBURSEMENT.score(new BigDecimal(value), BelowLevelOne.ZERO);
        assertThat(i.score()).isEqualByComparingTo(expected);
        assertThat(i.belowLevelOne()).isFalse();
    }

    @ParameterizedTest(name = "{0} % → {1}")
    @CsvSource({
            "50, 1", "60, 2", "70, 3", "80, 4", "100, 5",
            // the wide last step: 90 is half way from 80 to 100 → 4.5; 83.333… (10 of 12) → 4 + 3.333…/20
            "90, 4.5", "83.3333333333333333, 4.166666666666667", "76.923076923076923, 3.692307692307692"})
    void unevenStepsInterpolateOnTheirOwnWidth(String value, String expected) {
        assertThat(COVERAGE.score(new BigDecimal(value), BelowLevelOne.ZERO).score()).isEqualByComparingTo(expected);
    }

    @Test
    void belowLevelOneScoresZeroAndSaysSo() {
        ThresholdScale.Interpolation i = DISBURSEMENT.score(new BigDecimal("74.99"), BelowLevelOne.ZERO);
        assertThat(i.score()).isEqualByComparingTo("0");
        assertThat(i.belowLevelOne()).isTrue();
        assertThat(i.explanation()).contains("below level 1");
        assertThat(COVERAGE.score(BigDecimal.ZERO, BelowLevelOne.ZERO).score()).isEqualByComparingTo("0");
    }

    @Test
    void proportionalPolicyBelowLevelOneIsValueOverT1() {
        // 30 / 50 = 0.6, still reported below level 1
        ThresholdScale.Interpolation i = COVERAGE.score(new BigDecimal("30"), BelowLevelOne.PROPORTIONAL);
        assertThat(i.score()).isEqualByComparingTo("0.6");
        assertThat(i.belowLevelOne()).isTrue();
        assertThat(BelowLevelOne.DEFAULT).isEqualTo(BelowLevelOne.ZERO);
    }

    @Test
    void refusesAScaleThatIsNotFiveAscendingThresholds() {
        assertThatThrownBy(() -> scale("1", "2", "3", "4")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly 5");
        assertThatThrownBy(() -> scale("1", "2", "2", "4", "5")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ascending");
    }

    private static ThresholdScale scale(String... t) {
        return new ThresholdScale(List.of(t).stream().map(BigDecimal::new).toList());
    }
}
