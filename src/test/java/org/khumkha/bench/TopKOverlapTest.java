package org.khumkha.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TopKOverlapTest {
    @Test
    void countsTheSharedTopKWithTiesBrokenByKey() {
        // top-2 of a: x (5), then y and z tie at 3 → y (by key); top-2 of b: x, z → shared {x} = 1 of 2
        Map<String, Double> a = Map.of("x", 5.0, "y", 3.0, "z", 3.0, "w", 1.0);
        Map<String, Double> b = Map.of("x", 9.0, "z", 4.0, "y", 2.0, "w", 0.0);
        assertThat(TopKOverlap.of(a, b, 2)).isEqualTo(0.5);
        assertThat(TopKOverlap.of(a, b, 3)).isEqualTo(1.0);
        assertThat(TopKOverlap.of(a, a, 100)).as("k above the size uses every item").isEqualTo(1.0);
        assertThat(TopKOverlap.top(a, 2)).containsExactly("x", "y");
    }

    @Test
    void percentilesByNearestRank() {
        // 20 values 1..20: median = rank ⌈0.5 × 20⌉ = 10th = 10; p95 = rank ⌈0.95 × 20⌉ = 19th = 19
        LatencyStats s = LatencyStats.of(List.of(20.0, 19.0, 18.0, 17.0, 16.0, 15.0, 14.0, 13.0, 12.0, 11.0,
                10.0, 9.0, 8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0));
        assertThat(s.medianMillis()).isEqualTo(10.0);
        assertThat(s.p95Millis()).isEqualTo(19.0);
        assertThat(s.maxMillis()).isEqualTo(20.0);
        assertThat(LatencyStats.of(List.of()).runs()).isZero();
    }
}
