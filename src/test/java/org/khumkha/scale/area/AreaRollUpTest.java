package org.khumkha.scale.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The roll-up on a small hand-made tree:
 * <pre>
 * N ─ P1 ─ D11 ─ T111  3/4
 *    │     │    └ T112  1/4
 *    │     └ D12 ─ T121  2/2
 *    └ P2 ─ D21 ─ T211  0/5 and 1/5 (two observations in one tambon)
 * </pre>
 * D11 = (3+1)/(4+4) = 4/8 = 50 %; D12 = 2/2 = 100 %; P1 = (4+2)/(8+2) = 6/10 = 60 % — not the mean of its tambons'
 * percentages ((75+25+100)/3 = 66.67 %) nor of its districts' ((50+100)/2 = 75 %); D21 = P2 = (0+1)/(5+5) = 10 %;
 * N = (6+1)/(10+10) = 7/20 = 35 %.
 */
class AreaRollUpTest {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static AreaTree tree() {
        return new AreaTree(List.of(
                new Area("N", "TH", AreaLevel.NATION, "ประเทศ", "nation", null),
                new Area("P1", "10", AreaLevel.PROVINCE, "จังหวัด 1", null, "N"),
                new Area("P2", "11", AreaLevel.PROVINCE, "จังหวัด 2", null, "N"),
                new Area("D11", "1001", AreaLevel.DISTRICT, null, null, "P1"),
                new Area("D12", "1002", AreaLevel.DISTRICT, null, null, "P1"),
                new Area("D21", "1101", AreaLevel.DISTRICT, null, null, "P2"),
                new Area("T111", "100101", AreaLevel.TAMBON, null, null, "D11"),
                new Area("T112", "100102", AreaLevel.TAMBON, null, null, "D11"),
                new Area("T121", "100201", AreaLevel.TAMBON, null, null, "D12"),
                new Area("T211", "110101", AreaLevel.TAMBON, null, null, "D21")));
    }

    static List<AreaObservation> ratios() {
        return List.of(AreaObservation.of("T111", 3, 4L), AreaObservation.of("T112", 1, 4L), AreaObservation.of("T121", 2, 2L),
                AreaObservation.of("T211", 0, 5L), AreaObservation.of("T211", 1, 5L));
    }

    @Test
    void sumsNumeratorsAndDenominatorsBeforeDividing() {
        AreaRollUp r = new AreaRollUp(tree(), ratios());
        assertThat(r.isRatio()).isTrue();
        assertThat(r.totals("D11").value(HUNDRED)).isEqualByComparingTo("50");
        assertThat(r.totals("D12").value(HUNDRED)).isEqualByComparingTo("100");
        AreaTotals p1 = r.totals("P1");
        assertThat(p1.numerator()).isEqualByComparingTo("6");
        assertThat(p1.denominator()).isEqualByComparingTo("10");
        assertThat(p1.observations()).isEqualTo(3);
        assertThat(p1.value(HUNDRED)).isEqualByComparingTo("60");
        assertThat(r.totals("P2").value(HUNDRED)).isEqualByComparingTo("10");
        assertThat(r.totals("T211").observations()).isEqualTo(2);
        AreaTotals n = r.totals("N");
        assertThat(n.numerator()).isEqualByComparingTo("7");
        assertThat(n.denominator()).isEqualByComparingTo("20");
        assertThat(n.value(HUNDRED)).isEqualByComparingTo("35");
    }

    @Test
    void listsEveryAreaOfALevelByCode() {
        AreaRollUp r = new AreaRollUp(tree(), List.of(AreaObservation.of("T111", 1, 2L)));
        assertThat(r.atLevel(AreaLevel.PROVINCE)).extracting(t -> t.area().code()).containsExactly("10", "11");
        AreaTotals empty = r.atLevel(AreaLevel.PROVINCE).get(1);
        assertThat(empty.observations()).isZero();
        assertThat(empty.value(HUNDRED)).as("nothing to divide by").isNull();
        assertThat(r.totals("P1").value(HUNDRED)).isEqualByComparingTo("50");
    }

    @Test
    void aCountSumsItsNumerators() {
        // model tambons: T111 and T121 in P1, T211 in P2 → P1 = 2, P2 = 1, N = 3
        AreaRollUp r = new AreaRollUp(tree(), List.of(AreaObservation.of("T111", 1, null), AreaObservation.of("T121", 1, null),
                AreaObservation.of("T211", 1, null)));
        assertThat(r.isRatio()).isFalse();
        assertThat(r.totals("P1").value(null)).isEqualByComparingTo("2");
        assertThat(r.totals("P1").denominator()).isNull();
        assertThat(r.totals("N").value(null)).isEqualByComparingTo("3");
    }

    @Test
    void aResultMayStandAtADistrictOrProvince() {
        // a province-level survey result (sum of scores / 5 × respondents): P2 = 18/25 → 72 %, N = (18 + 3)/(25 + 4)
        AreaRollUp r = new AreaRollUp(tree(), List.of(AreaObservation.of("P2", 18, 25L), AreaObservation.of("T111", 3, 4L)));
        assertThat(r.totals("P2").value(HUNDRED)).isEqualByComparingTo("72");
        assertThat(r.totals("N").value(HUNDRED)).isEqualByComparingTo("72.4138"); // 2100 / 29 = 72.41379…
    }

    @Test
    void refusesMixedCountsAndRatiosAndUnknownAreas() {
        assertThatThrownBy(() -> new AreaRollUp(tree(), List.of(AreaObservation.of("T111", 1, 2L), AreaObservation.of("T112", 1, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 of 2 results have a denominator");
        assertThatThrownBy(() -> new AreaRollUp(tree(), List.of(AreaObservation.of("T999", 1, 2L))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T999");
        assertThatThrownBy(() -> AreaObservation.of("T111", -1, 2L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTreeRefusesAParentThatIsNotOneLevelUp() {
        assertThatThrownBy(() -> new AreaTree(List.of(new Area("N", "TH", AreaLevel.NATION, null, null, null),
                new Area("T", "100101", AreaLevel.TAMBON, "ตำบล", null, "N"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one level up");
        assertThatThrownBy(() -> new AreaTree(List.of(new Area("P", "10", AreaLevel.PROVINCE, "จังหวัด", null, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no parent area");
        assertThat(new AreaTree(List.of()).size()).isZero();
        assertThat(tree().ancestorAt("T121", AreaLevel.PROVINCE)).map(Area::iri).contains("P1");
    }
}
