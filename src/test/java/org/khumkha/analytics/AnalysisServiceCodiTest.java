package org.khumkha.analytics;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.khumkha.graph.ShaclValidation;
import org.khumkha.query.QueryLibrary;
import org.khumkha.testing.CodiFixture;

/** The analysis of CODI's own graph (data/codi): the claims of the MOU against the network. */
class AnalysisServiceCodiTest {
    private static final String ID = "https://w3id.org/khumkha/id/";
    private static final String CODI = ID + "codi";
    private static AnalysisResult result;
    private static final List<String> progress = new ArrayList<>();

    @BeforeAll
    static void analyse() {
        result = new AnalysisService(QueryLibrary.load()).analyze(CodiFixture.store().source(), "codi", progress::add);
    }

    @Test
    void codiIsTheIntegrator() {
        // The MOU (attachment 6) says CODI is the Area-Based System Integrator: it has the highest betweenness of
        // the ecosystem, by far, and brokers between sectors (liaison) more than anyone.
        ActorMeasures codi = result.actors().get(0);
        assertThat(codi.id()).isEqualTo(CODI);
        assertThat(result.actors().subList(1, result.actors().size()))
                .allSatisfy(a -> assertThat(a.betweenness()).isLessThan(codi.betweenness()));
        assertThat(result.integrator().hasHighestBetweenness()).isTrue();
        assertThat(result.integrator().betweennessRank()).isEqualTo(1);
        assertThat(result.integrator().statedRoles()).contains("ผู้ทำหน้าที่ Area based System Integrator");
        assertThat(codi.betweennessNormalized()).isGreaterThan(0.5);
        assertThat(codi.degree()).isEqualTo(result.actors().size() - 1); // tied to every other actor
        assertThat(codi.closeness()).isCloseTo(1.0, within(1e-12));
        assertThat(codi.brokerageRoles().liaison()).isGreaterThan(0);
        assertThat(result.actors()).allSatisfy(a -> assertThat(a.brokerageRoles().liaison())
                .isLessThanOrEqualTo(codi.brokerageRoles().liaison()));
        // The least constrained actor: it spans the ecosystem's structural holes.
        assertThat(result.actors()).allSatisfy(a -> {
            if (a.constraint() != null) {
                assertThat(a.constraint()).isGreaterThanOrEqualTo(codi.constraint());
            }
        });
    }

    @Test
    void theEcosystemHasTheModelledActors() {
        assertThat(result.actors()).extracting(ActorMeasures::id).contains(CODI, ID + "lao", ID + "moi", ID + "msdhs",
                ID + "cdd", ID + "codi/actor-community-orgs", ID + "codi/actor-welfare-funds");
        assertThat(result.actors()).allSatisfy(a -> {
            assertThat(a.label()).isNotBlank();
            assertThat(a.labelEn()).isNotBlank();
        });
    }

    @Test
    void theThreeComparableAgenciesAppearWithTheirRationale() {
        // Attachment 7 names three comparable agencies: local administrations, MOI and MSDHS.
        List<AgencyOverlap> stated = result.overlaps().stream().filter(AgencyOverlap::stated).toList();
        assertThat(stated).extracting(AgencyOverlap::other).containsExactlyInAnyOrder(ID + "lao", ID + "moi", ID + "msdhs");
        assertThat(stated).allSatisfy(o -> {
            assertThat(o.agency()).isEqualTo(CODI);
            assertThat(o.rationale()).contains("กลุ่มที่เปราะบาง");
            assertThat(o.rationaleEn()).contains("vulnerable groups");
            assertThat(o.overlappingFunction()).isNotBlank();
            assertThat(o.relation()).startsWith(ID + "codi/overlap-");
            assertThat(o.jaccardFunctions()).isGreaterThan(0);
        });
        // The local administrations overlap most (8 of CODI's 11 functions, all of theirs).
        assertThat(stated.get(0).other()).isEqualTo(ID + "lao");
        assertThat(stated.get(0).jaccardFunctions()).isCloseTo(8.0 / 11, within(1e-12));
        assertThat(result.overlapIndex()).isBetween(0.0, 1.0);
    }

    @Test
    void coherenceNumbersForCodi() {
        // Every objective and goal of existence is served by a plan on a complete chain (plan → output → outcome
        // measured by O1-O9). National items claimed by CODI's strategies and plans: 12; strategy 4 (the
        // organization's own management) is implemented by no plan, so mp-20 and milestone 13, claimed only by it,
        // are not reached: 10/12 = 83.3 %. ns-6, which strategy 4 also claims, is reached through plan a.
        Coherence c = result.coherence();
        assertThat(c.acyclic()).isTrue();
        assertThat(c.forwardOnly()).isTrue();
        assertThat(c.adjacentOnly()).isTrue();
        assertThat(c.objectiveCoverage()).isEqualTo(100.0);
        assertThat(c.objectivesCovered()).hasSize(4);
        assertThat(c.goalOfExistenceCoverage()).isEqualTo(100.0);
        assertThat(c.goalsOfExistenceCovered()).hasSize(4);
        assertThat(c.strategyItemsClaimed()).hasSize(12);
        assertThat(c.strategyCoverage()).isCloseTo(1000.0 / 12, within(1e-9));
        assertThat(c.strategyItemsMissed()).extracting(NamedNode::id)
                .containsExactlyInAnyOrder(ID + "ref/mp-20", ID + "ref/nesdp13-m13");
        assertThat(c.orphans().outputsWithoutOutcome()).isEmpty();
        assertThat(c.orphans().outcomesWithoutIndicator()).isEmpty();
        assertThat(c.orphans().strategiesWithoutPlan()).extracting(NamedNode::id).containsExactly(ID + "codi/strategy-4");
        // Attachment 3 (the chain diagram) is missing from the MOU: every chain link is modelled.
        assertThat(c.statedLinks()).isZero();
        assertThat(c.modelledLinks()).isPositive();
        assertThat(c.modelledShare()).isEqualTo(100.0);
    }

    @Test
    void progressIsReported() {
        assertThat(progress).anyMatch(l -> l.contains("betweenness")).anyMatch(l -> l.startsWith("done"));
    }

    @Test
    void writingBackKeepsTheStoreValid() {
        try (KnowledgeStore store = CodiFixture.freshStore()) {
            int before = new ShaclValidation(store).validate().findings().size();
            AnalysisService service = new AnalysisService(QueryLibrary.load());
            service.writeBack(store, "codi", service.analyze(store.source(), "codi", s -> { }));
            ShaclValidation.Result after = new ShaclValidation(store).validate();
            assertThat(after.findings()).hasSize(before);
        }
    }
}
