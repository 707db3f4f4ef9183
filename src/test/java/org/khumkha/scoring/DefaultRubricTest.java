package org.khumkha.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.khumkha.graph.GraphLoader;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.graph.Vocab;
import org.khumkha.query.QueryLibrary;
import org.khumkha.testing.CodiFixture;

/** The default rubric of 3.1 (data/opdc/rubric-3.1.trig) on CODI's graph, on a graph without the overlap rationale, and replaced. */
class DefaultRubricTest {
    private final ScoringService scoring = new ScoringService(QueryLibrary.load());

    @Test
    void codiWithoutMeasurementsReachesLevel3WithEvidenceForEveryCondition() {
        // the shared store holds no measurements: levels 1-3 are about the graph alone; level 4's network
        // conditions hold (CODI is the broker) but no outcome has a result, so 0 of 9 meet target
        Scorecard c = scoring.score(CodiFixture.store().source(), "codi", 2568);
        assertThat(c.rubric().level()).isEqualTo(3);
        assertThat(c.rubric().iri()).isEqualTo(Vocab.FRAMEWORK + "rubric-3.1-modelled");
        Map<String, Boolean> passed = conditions(c).stream()
                .collect(Collectors.toMap(Scorecard.ConditionOutcome::id, Scorecard.ConditionOutcome::passed));
        assertThat(passed).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("L1.goals", true), Map.entry("L1.actors", true), Map.entry("L1.relations", true),
                Map.entry("L2.stage-roles", true), Map.entry("L2.overlap-function", true), Map.entry("L2.overlap-rationale", true),
                Map.entry("L3.goals-reach-outcomes", true), Map.entry("L3.overlaps-in-plans", true),
                Map.entry("L4.betweenness", true), Map.entry("L4.brokerage", true), Map.entry("L4.outcomes-met", false),
                Map.entry("L5.impacts-met", false)));
        assertThat(conditions(c)).allSatisfy(k -> assertThat(k.evidence()).as(k.id() + " evidence").isNotEmpty());
        assertThat(condition(c, "L1.goals").evidence()).hasSize(4);
        assertThat(condition(c, "L3.overlaps-in-plans").evidence()).hasSize(3)
                .anySatisfy(e -> assertThat(e).startsWith("กระทรวงมหาดไทย").contains("plan-a"));
        assertThat(condition(c, "L4.outcomes-met").evidence()).hasSize(9).allSatisfy(e -> assertThat(e).endsWith("not met"));
        assertThat(CodiScorecardTest.leaf(c, "3.1").source()).isEqualTo("rubric");
        assertThat(CodiScorecardTest.leaf(c, "3.1").score()).isEqualByComparingTo("3");
    }

    @Test
    void withoutTheOverlapRationaleTheLevelDropsTo1() {
        try (KnowledgeStore store = CodiFixture.freshStore()) {
            Node rationale = Vocab.kk("overlapRationale");
            store.write(() -> store.dataset().asDatasetGraph().deleteAny(Node.ANY, Node.ANY, rationale, Node.ANY));
            Scorecard c = scoring.score(store.source(), "codi", 2568);
            assertThat(c.rubric().level()).isEqualTo(1);
            assertThat(condition(c, "L2.overlap-rationale").passed()).isFalse();
            assertThat(condition(c, "L2.overlap-rationale").evidence()).hasSize(3).allSatisfy(e -> assertThat(e).contains("not stated"));
            assertThat(condition(c, "L2.overlap-function").passed()).isTrue();
            // level 3 still holds on its own, but a level counts only when every lower level holds
            assertThat(c.rubric().levels().get(2).passed()).isTrue();
            assertThat(CodiScorecardTest.leaf(c, "3.1").score()).isEqualByComparingTo("1");
            assertThat(CodiScorecardTest.leaf(c, "3.1").trace()).anySatisfy(t -> assertThat(t).contains("L2.overlap-rationale"));
        }
    }

    @Test
    void anAnalystReplacesTheRubricWithDataAlone() {
        try (KnowledgeStore store = CodiFixture.freshStore()) {
            new GraphLoader(Path.of(""), l -> { }).load(store, List.of(Path.of("src/test/files/scoring/official-rubric.trig")));
            // a rubric that is not kk:Modelled is preferred to the modelled default; the broken one is only used when asked for
            Scorecard c = scoring.score(store.source(), "codi", 2568, List.of(),
                    ScoringOptions.DEFAULTS.withRubric(Vocab.FRAMEWORK + "rubric-3.1-test"));
            assertThat(c.rubric().iri()).isEqualTo(Vocab.FRAMEWORK + "rubric-3.1-test");
            assertThat(c.rubric().modelled()).isFalse();
            assertThat(c.rubric().level()).isEqualTo(1);
            assertThat(condition(c, "T1").evidence()).containsExactly("id = codi");
            // the default can still be chosen by IRI
            Scorecard modelled = scoring.score(store.source(), "codi", 2568, List.of(),
                    ScoringOptions.DEFAULTS.withRubric(Vocab.FRAMEWORK + "rubric-3.1-modelled"));
            assertThat(modelled.rubric().level()).isEqualTo(3);
            // a condition whose query does not parse is named
            assertThatThrownBy(() -> scoring.score(store.source(), "codi", 2568, List.of(),
                    ScoringOptions.DEFAULTS.withRubric(Vocab.FRAMEWORK + "rubric-3.1-broken")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rubric-3.1-broken-1a")
                    .hasMessageContaining("kk:askQuery");
            assertThatThrownBy(() -> scoring.score(store.source(), "codi", 2568, List.of(),
                    ScoringOptions.DEFAULTS.withRubric(Vocab.FRAMEWORK + "no-such-rubric")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no rubric");
        }
    }

    @Test
    void withoutAnyRubric31IsMissingAndTheScorecardProvisional() {
        try (KnowledgeStore store = CodiFixture.freshStore()) {
            store.write(() -> store.dataset().asDatasetGraph().removeGraph(Vocab.graph("opdc/rubric-3.1")));
            Scorecard c = scoring.score(store.source(), "codi", 2568);
            assertThat(c.rubric()).isNull();
            assertThat(CodiScorecardTest.leaf(c, "3.1").value()).isNull();
            assertThat(c.missing()).anySatisfy(m -> {
                assertThat(m.code()).isEqualTo("3.1");
                assertThat(m.reason()).contains("rubric-3.1.trig");
            });
            assertThat(c.provisional()).isTrue();
        }
    }

    private static List<Scorecard.ConditionOutcome> conditions(Scorecard c) {
        return c.rubric().levels().stream().flatMap(l -> l.conditions().stream()).toList();
    }

    private static Scorecard.ConditionOutcome condition(Scorecard c, String id) {
        return conditions(c).stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
    }
}
