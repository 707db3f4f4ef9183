package org.khumkha.analytics.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.khumkha.analytics.TestGraphs.directed;
import static org.khumkha.analytics.TestGraphs.undirected;

import java.util.Map;

import org.junit.jupiter.api.Test;

class GouldFernandezBrokerageTest {

    @Test
    void degenerateGraphsBrokerNothing() {
        assertThat(new GouldFernandezBrokerage<>(directed(), v -> "g").getCounts()).isEmpty();
        assertThat(new GouldFernandezBrokerage<>(directed("x"), v -> "g").total("x")).isZero();
        assertThat(new GouldFernandezBrokerage<>(directed("a>b", "b>a"), v -> "g").total("a")).isZero();
    }

    @Test
    void classifiesEachRole() {
        // Groups: X = {a1, a2, b}, Y = {c1, c2}, Z = {z}. Arcs into b: a1, c1; out of b: a2, c1, c2, z; plus a1 → z.
        // Two-step paths through b (source → b → target), groups in that order:
        //   a1→b→a2  X X X  coordinator
        //   a1→b→c1  X X Y  representative
        //   a1→b→c2  X X Y  representative
        //   a1→b→z   closed by the arc a1 → z: not brokerage
        //   c1→b→a2  Y X X  gatekeeper
        //   c1→b→c1  source = target: not a triple
        //   c1→b→c2  Y X Y  itinerant
        //   c1→b→z   Y X Z  liaison
        // b: coordinator 1, itinerant 1, gatekeeper 1, representative 2, liaison 1. Nobody else brokers:
        // c1's only path is b→c1→b (source = target); a1, a2, c2 and z have no in-arc or no out-arc.
        Map<String, String> group = Map.of("a1", "X", "a2", "X", "b", "X", "c1", "Y", "c2", "Y", "z", "Z");
        var gf = new GouldFernandezBrokerage<>(
                directed("a1>b", "c1>b", "b>a2", "b>c1", "b>c2", "b>z", "a1>z"), group::get);
        assertThat(gf.getCounts("b")).containsExactlyInAnyOrderEntriesOf(Map.of(
                BrokerageRole.COORDINATOR, 1, BrokerageRole.ITINERANT, 1, BrokerageRole.GATEKEEPER, 1,
                BrokerageRole.REPRESENTATIVE, 2, BrokerageRole.LIAISON, 1));
        assertThat(gf.total("b")).isEqualTo(6);
        for (String v : new String[] {"a1", "a2", "c1", "c2", "z"}) {
            assertThat(gf.total(v)).as(v).isZero();
        }
    }

    @Test
    void undirectedEdgesCountBothWays() {
        // Path u - v - w, one group: v brokers u→v→w and w→v→u, two coordinations. A triangle closes every path.
        var path = new GouldFernandezBrokerage<>(undirected("u-v", "v-w"), x -> "g");
        assertThat(path.getCounts("v")).containsEntry(BrokerageRole.COORDINATOR, 2);
        assertThat(path.total("u")).isZero();
        var triangle = new GouldFernandezBrokerage<>(undirected("u-v", "v-w", "u-w"), x -> "g");
        assertThat(triangle.total("v")).isZero();
    }

    @Test
    void starCentreBetweenThreeSectorsIsALiaison() {
        // Hub h (sector H) tied both ways to p (P), q (Q), r (R), which are not tied to each other:
        // 3 · 2 = 6 ordered pairs of distinct leaves, all three groups differ: 6 liaisons.
        Map<String, String> group = Map.of("h", "H", "p", "P", "q", "Q", "r", "R");
        var gf = new GouldFernandezBrokerage<>(undirected("h-p", "h-q", "h-r"), group::get);
        assertThat(gf.getCounts("h")).containsEntry(BrokerageRole.LIAISON, 6).containsEntry(BrokerageRole.COORDINATOR, 0);
    }

    @Test
    void everyVertexNeedsAGroup() {
        var gf = new GouldFernandezBrokerage<>(directed("a>b"), v -> v.equals("a") ? "g" : null);
        assertThatThrownBy(gf::getCounts).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("b");
    }

    @Test
    void classifyFollowsGouldAndFernandez() {
        assertThat(BrokerageRole.classify("A", "A", "A")).isEqualTo(BrokerageRole.COORDINATOR);
        assertThat(BrokerageRole.classify("A", "B", "A")).isEqualTo(BrokerageRole.ITINERANT);
        assertThat(BrokerageRole.classify("A", "B", "B")).isEqualTo(BrokerageRole.GATEKEEPER);
        assertThat(BrokerageRole.classify("A", "A", "B")).isEqualTo(BrokerageRole.REPRESENTATIVE);
        assertThat(BrokerageRole.classify("A", "B", "C")).isEqualTo(BrokerageRole.LIAISON);
    }
}
