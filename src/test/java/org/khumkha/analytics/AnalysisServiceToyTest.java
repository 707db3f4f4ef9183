package org.khumkha.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khumkha.analytics.AnalysisResult.ActorMeasures;
import org.khumkha.analytics.coherence.Coherence;
import org.khumkha.analytics.overlap.AgencyOverlap;
import org.khumkha.analytics.projection.NamedNode;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.query.QueryLibrary;

/**
 * The whole analysis on a toy organization ({@code src/test/files/analytics/toy-organization.trig}) whose every number
 * is worked out by hand below.
 */
class AnalysisServiceToyTest {
    static final String ID = "https://w3id.org/khumkha/id/";
    static final String TOY = ID + "toy", A = ID + "toy-a", B = ID + "toy-b", COMMUNITY = ID + "toy/community";
    private static final double EPS = 1e-9;

    private static AnalysisResult result;
    private static final List<String> progress = new ArrayList<>();

    /** The ontology and the toy file in a fresh TDB2 store. */
    static KnowledgeStore toyStore() {
        return TestGraphs.toyStore();
    }

    @BeforeAll
    static void analyse() {
        try (KnowledgeStore store = toyStore()) {
            result = new AnalysisService(QueryLibrary.load()).analyze(store.source(), "toy", progress::add);
        }
    }

    private static ActorMeasures actor(String iri) {
        return result.actor(iri).orElseThrow();
    }

    @Test
    void actorsOfTheEcosystem() {
        // The organization, the actors of its relations: toy, a, b, community. The overlap is not a tie.
        assertThat(result.actors()).extracting(ActorMeasures::id).containsExactlyInAnyOrder(TOY, A, B, COMMUNITY);
        assertThat(result.run().actorCount()).isEqualTo(4);
        assertThat(result.run().relationCount()).isEqualTo(4); // cooperates (qualified), funds, supports, overlap
        assertThat(result.run().tieCount()).isEqualTo(3);
        assertThat(actor(TOY).label()).isEqualTo("องค์การทดลอง");
        assertThat(actor(TOY).labelEn()).isEqualTo("Toy organization");
        assertThat(actor(TOY).roles()).containsExactly("ผู้บูรณาการ");
    }

    @Test
    void degreeAndCentralities() {
        // Ties: b - a (1), a - toy (2, cooperates weight 2), toy - community (1): the path b - a - toy - community.
        // Degree: toy 2, a 2, b 1, community 1. Weighted: toy 2 + 1 = 3, a 2 + 1 = 3, b 1, community 1.
        assertThat(actor(TOY).degree()).isEqualTo(2);
        assertThat(actor(TOY).weightedDegree()).isCloseTo(3.0, within(EPS));
        assertThat(actor(B).weightedDegree()).isCloseTo(1.0, within(EPS));
        // Betweenness: a lies on b-toy and b-community (2); toy on a-community and b-community (2); the ends 0.
        // Normalised by (n−1)(n−2)/2 = 3: 2/3.
        assertThat(actor(TOY).betweenness()).isCloseTo(2.0, within(EPS));
        assertThat(actor(A).betweenness()).isCloseTo(2.0, within(EPS));
        assertThat(actor(B).betweenness()).isZero();
        assertThat(actor(TOY).betweennessNormalized()).isCloseTo(2.0 / 3, within(EPS));
        // Closeness (n − 1)/Σd: toy: 1 + 1 + 2 = 4 → 3/4; b: 1 + 2 + 3 = 6 → 1/2.
        assertThat(actor(TOY).closeness()).isCloseTo(0.75, within(EPS));
        assertThat(actor(B).closeness()).isCloseTo(0.5, within(EPS));
        // PageRank sums to 1 over the four actors.
        assertThat(result.actors().stream().mapToDouble(ActorMeasures::pageRank).sum()).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void structuralHolesAndBrokerage() {
        // Arcs: toy → a and a → toy (symmetric cooperation, 2 each), toy → community (funds, 1), b → a (supports, 1).
        // Burt: a(toy,a) = 2 + 2 = 4, a(toy,community) = 1; p = 4/5 and 1/5; a and community are not tied:
        // C(toy) = (4/5)² + (1/5)² = 17/25. a: a(a,toy) = 4, a(a,b) = 1, toy and b not tied: 17/25 too. b: one contact, 1.
        assertThat(actor(TOY).constraint()).isCloseTo(17.0 / 25, within(EPS));
        assertThat(actor(A).constraint()).isCloseTo(17.0 / 25, within(EPS));
        assertThat(actor(B).constraint()).isCloseTo(1.0, within(EPS));
        // Effective size: two contacts with no tie between them: 2.
        assertThat(actor(TOY).effectiveSize()).isCloseTo(2.0, within(EPS));
        // Gould-Fernandez, sectors public-organization (toy), central (a), local (b), community:
        // through toy: a → toy → community, no arc a → community, three sectors: one liaison;
        // through a: b → a → toy, no arc b → toy, three sectors: one liaison (toy → a → toy is not a triple).
        assertThat(actor(TOY).brokerageRoles().liaison()).isEqualTo(1);
        assertThat(actor(TOY).brokerageRoles().total()).isEqualTo(1);
        assertThat(actor(A).brokerageRoles().liaison()).isEqualTo(1);
        assertThat(actor(B).brokerageRoles().total()).isZero();
    }

    @Test
    void integratorTiesWithAgencyA() {
        // toy and a both have betweenness 2: nobody is higher, so toy has the highest (jointly), rank 1.
        assertThat(result.integrator().actor()).isEqualTo(TOY);
        assertThat(result.integrator().hasHighestBetweenness()).isTrue();
        assertThat(result.integrator().betweennessRank()).isEqualTo(1);
        assertThat(result.integrator().statedRoles()).containsExactly("ผู้บูรณาการ");
    }

    @Test
    void overlapsByJaccard() {
        // Agencies (state sectors): toy {f1 f2 f3 | t1}, a {f1 f2 | t1}, b {f3 f4 | t2}; community is not an agency.
        // toy-a: functions 2/3, target groups 1/1, together {f1 f2 t1} / {f1 f2 f3 t1} = 3/4; stated, with rationale.
        // toy-b: functions {f3}/{f1 f2 f3 f4} = 1/4, groups 0, together 1/6. a-b: nothing shared, not stated: left out.
        assertThat(result.overlaps()).hasSize(2);
        AgencyOverlap withA = result.overlaps().get(0);
        assertThat(withA.other()).isEqualTo(A);
        assertThat(withA.jaccardFunctions()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(withA.jaccardTargetGroups()).isCloseTo(1.0, within(EPS));
        assertThat(withA.jaccard()).isCloseTo(0.75, within(EPS));
        assertThat(withA.stated()).isTrue();
        assertThat(withA.rationale()).isEqualTo("กลุ่มเปราะบางต้องการหลายหน่วยงาน");
        assertThat(withA.relation()).isEqualTo(ID + "toy/overlap-a");
        assertThat(withA.sharedFunctions()).containsExactlyInAnyOrder("ภารกิจ 1", "ภารกิจ 2");
        AgencyOverlap withB = result.overlaps().get(1);
        assertThat(withB.other()).isEqualTo(B);
        assertThat(withB.jaccardFunctions()).isCloseTo(0.25, within(EPS));
        assertThat(withB.jaccard()).isCloseTo(1.0 / 6, within(EPS));
        assertThat(withB.stated()).isFalse();
        assertThat(withB.rationale()).isNull();
        // Overlap index: mean functional Jaccard with the other agencies: (2/3 + 1/4) / 2 = 11/24.
        assertThat(result.overlapIndex()).isCloseTo(11.0 / 24, within(EPS));
    }

    @Test
    void coherenceOfTheChain() {
        // Complete chain: plan-1 → output-1 → outcome-1 (measured) → impact-1 (measured). plan-2 → output-2 stops.
        // Objectives: 1 served by plan-1; 2 through plan-1 implements strategy-1 → goal-1 → objective-2;
        // 3 only by plan-2, not complete: 2/3. Goals of existence: goe-1 served by impact-1, goe-2 by plan-2: 1/2.
        // National items claimed: mp-15 (plan-1), mp-16 (plan-2), ns-4 (strategy-1), ns-6 (strategy-2);
        // reached: mp-15 (complete plan-1) and ns-4 (strategy-1, implemented by plan-1): 2/4.
        Coherence c = result.coherence();
        assertThat(c.acyclic()).isTrue();
        assertThat(c.forwardOnly()).isTrue();
        assertThat(c.adjacentOnly()).isTrue();
        assertThat(c.objectiveCoverage()).isCloseTo(200.0 / 3, within(EPS));
        assertThat(c.objectivesMissed()).extracting(NamedNode::id).containsExactly(ID + "toy/objective-3");
        assertThat(c.goalOfExistenceCoverage()).isCloseTo(50.0, within(EPS));
        assertThat(c.goalsOfExistenceCovered()).extracting(NamedNode::id).containsExactly(ID + "toy/goe-1");
        assertThat(c.strategyCoverage()).isCloseTo(50.0, within(EPS));
        assertThat(c.strategyItemsReached()).extracting(NamedNode::id)
                .containsExactlyInAnyOrder(ID + "ref/mp-15", ID + "ref/ns-4");
        assertThat(c.strategyItemsMissed()).extracting(NamedNode::id)
                .containsExactlyInAnyOrder(ID + "ref/mp-16", ID + "ref/ns-6");
        assertThat(c.completeChainElements()).isEqualTo(4);
        // Orphans: input-2 feeds nothing; plan-3 produces nothing; output-2 reaches no outcome; outcome-2 has neither
        // indicator nor impact; strategy-2 is implemented by no plan.
        Coherence.Orphans o = c.orphans();
        assertThat(o.inputsWithoutProcess()).extracting(NamedNode::id).containsExactly(ID + "toy/input-2");
        assertThat(o.plansWithoutOutput()).extracting(NamedNode::id).containsExactly(ID + "toy/plan-3");
        assertThat(o.outputsWithoutOutcome()).extracting(NamedNode::id).containsExactly(ID + "toy/output-2");
        assertThat(o.outcomesWithoutIndicator()).extracting(NamedNode::id).containsExactly(ID + "toy/outcome-2");
        assertThat(o.outcomesWithoutImpact()).extracting(NamedNode::id).containsExactly(ID + "toy/outcome-2");
        assertThat(o.impactsWithoutIndicator()).isEmpty();
        assertThat(o.strategiesWithoutPlan()).extracting(NamedNode::id).containsExactly(ID + "toy/strategy-2");
        // Links: plan-1 produces output-1 and serves objective-1 are stated (2); the other 16 (5 chain links less the
        // stated one, 2 measuredBy, 4 serves less the stated one plus implementsStrategy, 2 contributesTo,
        // 4 supportsNationalPlan) are modelled: 16 / 18 = 88.9 %.
        assertThat(c.statedLinks()).isEqualTo(2);
        assertThat(c.modelledLinks()).isEqualTo(16);
        assertThat(c.modelledShare()).isCloseTo(1600.0 / 18, within(EPS));
    }

    @Test
    void reportsProgress() {
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(0)).contains("toy");
        assertThat(progress.get(progress.size() - 1)).startsWith("done");
        assertThat(progress).as("each step says when it began").allMatch(l -> l.matches("(?s).* \\(at \\d+\\.\\d s\\)"));
    }

    @Test
    void aLargeGraphSwitchesToSampledBetweenness() {
        // With the exact limit below the toy's 4 actors, betweenness is estimated; with 4 pivots (every actor) the
        // estimate is exact, so the numbers do not move, and the run records the sampled algorithm and its pivots.
        AnalysisOptions sampled = AnalysisOptions.defaults().withExactBetweennessMaxVertices(3).withBetweennessPivots(4);
        try (KnowledgeStore store = toyStore()) {
            List<String> lines = new ArrayList<>();
            AnalysisResult r = new AnalysisService(QueryLibrary.load(), sampled).analyze(store.source(), "toy", lines::add);
            assertThat(r.actor(TOY).orElseThrow().betweenness()).isCloseTo(2.0, within(EPS));
            assertThat(r.actor(A).orElseThrow().betweenness()).isCloseTo(2.0, within(EPS));
            assertThat(r.run().algorithms()).anySatisfy(a -> {
                assertThat(a.measure()).isEqualTo("betweenness");
                assertThat(a.algorithm()).contains("sampled");
                assertThat(a.parameters()).containsEntry("pivots", "4");
            });
            assertThat(lines).anyMatch(l -> l.contains("estimating from 4 pivots"));
        }
    }

    @Test
    void unknownOrganizationIsRefused() {
        try (KnowledgeStore store = toyStore()) {
            AnalysisService service = new AnalysisService(QueryLibrary.load());
            assertThatThrownBy(() -> service.analyze(store.source(), "nobody", s -> { }))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody");
            assertThatThrownBy(() -> service.analyze(store.source(), "bad id!", s -> { }))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("short id");
        }
    }
}
