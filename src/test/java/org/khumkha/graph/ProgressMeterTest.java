package org.khumkha.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProgressMeterTest {
    @Test
    void printsEveryNItemsWithTheThroughputAndAClosingLine() {
        long[] now = {0};
        List<String> lines = new ArrayList<>();
        ProgressMeter m = new ProgressMeter("load", "quads", lines::add, 1_000, 60_000, () -> now[0]);
        m.stage("a.trig");
        now[0] = 2_000_000_000L; // 2 s
        m.add(999);
        assertThat(lines).isEmpty();
        m.add(1); // 1,000 quads in 2 s = 500 quads/s
        assertThat(lines).containsExactly("load: 1,000 quads in 2.0 s (500 quads/s) — a.trig");
        m.add(2_500);
        assertThat(lines).hasSize(2);
        now[0] = 7_000_000_000L;
        m.finish();
        assertThat(lines.get(2)).isEqualTo("load: done, 3,500 quads in 7.0 s (500 quads/s)");
    }
}
