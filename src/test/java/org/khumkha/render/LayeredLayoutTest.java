package org.khumkha.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LayeredLayoutTest {

    @Test
    void anEmptyGraphHasNoRows() {
        assertThat(new LayeredLayout(Map.of(), List.of()).rows()).isEmpty();
    }

    @Test
    void oneNodeSitsOnTheMiddleRow() {
        assertThat(new LayeredLayout(Map.of("a", 1), List.of()).rows()).containsEntry("a", 0.0);
    }

    @Test
    void aCrossingIsUndoneByTheBarycenter() {
        // Layer 1: a1, a2 (rows -0.5, 0.5); layer 2 read as b1, b2; edges a1→b2, a2→b1 cross.
        // Sweep down: key(b1) = row(a2) = 0.5, key(b2) = row(a1) = -0.5 → b2, b1: no crossing.
        Map<String, Integer> layers = new LinkedHashMap<>();
        layers.put("a1", 1);
        layers.put("a2", 1);
        layers.put("b1", 2);
        layers.put("b2", 2);
        Map<String, Double> rows = new LayeredLayout(layers, List.of(new String[] {"a1", "b2"}, new String[] {"a2", "b1"})).rows();
        assertThat(rows).containsEntry("a1", -0.5).containsEntry("a2", 0.5).containsEntry("b2", -0.5).containsEntry("b1", 0.5);
    }

    @Test
    void columnsOfDifferentSizesAreCentred() {
        // 3 inputs and 1 process: the process sits level with the middle input (row 0)
        Map<String, Integer> layers = new LinkedHashMap<>();
        layers.put("i1", 1);
        layers.put("i2", 1);
        layers.put("i3", 1);
        layers.put("p", 2);
        Map<String, Double> rows = new LayeredLayout(layers,
                List.of(new String[] {"i1", "p"}, new String[] {"i2", "p"}, new String[] {"i3", "p"})).rows();
        assertThat(rows).containsEntry("i1", -1.0).containsEntry("i2", 0.0).containsEntry("i3", 1.0).containsEntry("p", 0.0);
    }

    @Test
    void refusesNegativeSweeps() {
        assertThatThrownBy(() -> new LayeredLayout(Map.of(), List.of(), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
