package org.khumkha.analytics.coherence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.khumkha.analytics.projection.ChainProjection;
import org.khumkha.analytics.projection.ChainProjection.Element;
import org.khumkha.analytics.projection.ChainProjection.Kind;
import org.khumkha.analytics.projection.ChainProjection.Link;
import org.khumkha.analytics.projection.ChainProjection.LinkKind;
import org.khumkha.analytics.projection.ChainProjection.Source;

/** Chains built in code, for the cases real data should never show: cycles, backward and skipping links. */
class ResultChainCoherenceTest {

    private static Element element(String id, Kind kind, Integer level, String indicator) {
        return new Element(id, kind, level, id, id, indicator, null);
    }

    private static Link leads(String from, String to) {
        return new Link(from, to, "kk:leadsTo", LinkKind.LEADS_TO, Source.MODELLED);
    }

    private static ChainProjection chain(List<Element> elements, List<Link> links) {
        Map<String, Element> map = new LinkedHashMap<>();
        elements.forEach(e -> map.put(e.id(), e));
        return new ChainProjection(map, links, List.of(), Map.of());
    }

    @Test
    void emptyChainCoversNothing() {
        Coherence c = new ResultChainCoherence(chain(List.of(), List.of())).result();
        assertThat(c.acyclic()).isTrue();
        assertThat(c.forwardOnly()).isTrue();
        assertThat(c.objectiveCoverage()).isZero();
        assertThat(c.strategyCoverage()).isZero();
        assertThat(c.modelledShare()).isZero();
        assertThat(c.orphans().none()).isTrue();
    }

    @Test
    void aBackwardLinkMakesACycleAndIsReported() {
        // plan (2) → output (3) → outcome (4) → output (3): the last link goes down a level and closes a cycle.
        ChainProjection p = chain(List.of(element("plan", Kind.PROCESS, 2, null), element("output", Kind.OUTPUT, 3, null),
                        element("outcome", Kind.OUTCOME, 4, "ind")),
                List.of(leads("plan", "output"), leads("output", "outcome"), leads("outcome", "output")));
        Coherence c = new ResultChainCoherence(p).result();
        assertThat(c.acyclic()).isFalse();
        assertThat(c.cycleElements()).containsExactly("outcome", "output");
        assertThat(c.forwardOnly()).isFalse();
        assertThat(c.backwardLinks()).singleElement().satisfies(issue -> {
            assertThat(issue.from()).isEqualTo("outcome");
            assertThat(issue.fromLevel()).isEqualTo(4);
            assertThat(issue.toLevel()).isEqualTo(3);
        });
        // The plan still reaches the measured outcome: plan, output and outcome are on a complete chain.
        assertThat(c.completeChainElements()).isEqualTo(3);
    }

    @Test
    void aSkippingLinkIsForwardButNotAdjacent() {
        // plan (2) → outcome (4) skips the output level: forward, not adjacent; the outcome is measured, so it is complete.
        ChainProjection p = chain(List.of(element("plan", Kind.PROCESS, 2, null), element("outcome", Kind.OUTCOME, 4, "ind")),
                List.of(leads("plan", "outcome")));
        Coherence c = new ResultChainCoherence(p).result();
        assertThat(c.forwardOnly()).isTrue();
        assertThat(c.adjacentOnly()).isFalse();
        assertThat(c.nonAdjacentLinks()).hasSize(1);
        assertThat(c.completeChainElements()).isEqualTo(2);
    }

    @Test
    void anUnmeasuredOutcomeLeavesTheObjectiveUncovered() {
        // plan → output → outcome without indicator: no complete chain, so the objective the plan serves is missed.
        ChainProjection p = chain(List.of(element("plan", Kind.PROCESS, 2, null), element("output", Kind.OUTPUT, 3, null),
                        element("outcome", Kind.OUTCOME, 4, null), element("objective", Kind.OBJECTIVE, null, null)),
                List.of(leads("plan", "output"), leads("output", "outcome"),
                        new Link("plan", "objective", "kk:serves", LinkKind.SERVES, Source.STATED)));
        Coherence c = new ResultChainCoherence(p).result();
        assertThat(c.objectiveCoverage()).isZero();
        assertThat(c.objectivesMissed()).hasSize(1);
        assertThat(c.orphans().outcomesWithoutIndicator()).hasSize(1);
        // 1 stated link (serves), 2 modelled: 2/3 modelled.
        assertThat(c.modelledShare()).isCloseTo(200.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
    }
}
