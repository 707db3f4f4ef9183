package org.khumkha.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.khumkha.graph.GraphSource;
import org.khumkha.testing.CodiFixture;
import org.khumkha.testing.Rows;

/**
 * The analysts' library on CODI's data, query by query (those not already asserted in SeedFidelityTest),
 * and the rules of the library itself: documented headers, parameters bound as RDF terms.
 */
class NamedQueriesTest {
    private static final String CODI = "https://w3id.org/khumkha/id/codi/";
    private final GraphSource codi = CodiFixture.store().source();

    @Test
    void theLibraryHasAtLeastFifteenDocumentedQueries() {
        assertThat(Rows.library().all()).hasSizeGreaterThanOrEqualTo(15).allSatisfy(q -> {
            assertThat(q.titleTh()).as(q.name()).matches(".*[\\u0E00-\\u0E7F].*");
            assertThat(q.titleEn()).as(q.name()).isNotBlank();
            assertThat(q.question()).as(q.name()).isNotBlank();
        });
    }

    @Test
    void agreementNamesTheTwoPartiesThePeriodAndTheSignatures() {
        var rows = Rows.of(codi, "agreement");
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("organization")).isEqualTo("สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)");
            assertThat(r.get("evaluator")).contains("สำนักงานคณะกรรมการพัฒนาระบบราชการ");
            assertThat(r.get("firstYear")).isEqualTo("2566");
            assertThat(r.get("lastYearCE")).isEqualTo("2025");
        });
        assertThat(rows).extracting(r -> r.get("signedOn")).contains("2024-08-23", "2024-08-09");
    }

    @Test
    void resultChainOfWelfareFundIndicatorRunsFromInputsThroughPlanF() {
        var rows = Rows.of(codi, "result-chain-of-indicator", Map.of("code", "O3"));
        assertThat(rows).extracting(r -> r.get("direction"), r -> r.get("from"), r -> r.get("to"))
                .contains(tuple("upstream", CODI + "plan-f", CODI + "output-f"),
                        tuple("upstream", CODI + "output-f", CODI + "outcome-O3"));
        assertThat(rows).filteredOn(r -> "downstream".equals(r.get("direction")))
                .allSatisfy(r -> assertThat(r.get("from")).isEqualTo(CODI + "outcome-O3"))
                .extracting(r -> r.get("to")).allSatisfy(to -> assertThat(to).startsWith(CODI + "impact-I"));
        assertThat(rows).allSatisfy(r -> assertThat(r.get("provenance")).isEqualTo("modelled by Khumkha"));
    }

    @Test
    void onlyStaffGoalAndManagementStrategyHaveNoImplementingPlan() {
        assertThat(Rows.of(codi, "unimplemented-mandate")).extracting(r -> r.get("item"))
                .containsExactly(CODI + "goal-8", CODI + "strategy-4");
    }

    @Test
    void everyGoalOfExistenceIsServedByAPlan() {
        var rows = Rows.of(codi, "plans-per-goal-of-existence");
        assertThat(rows).extracting(r -> r.get("goal")).containsOnly(CODI + "goe-1", CODI + "goe-2", CODI + "goe-3", CODI + "goe-4");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("plan")).isNotNull());
    }

    @Test
    void ecosystemActorsAreTypedAndCodiIsAPublicOrganization() {
        var rows = Rows.of(codi, "ecosystem-actors");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(12);
        assertThat(rows).filteredOn(r -> "https://w3id.org/khumkha/id/codi".equals(r.get("actor")))
                .singleElement().satisfies(r -> assertThat(r.get("type")).isEqualTo("องค์การมหาชน"));
        assertThat(rows).extracting(r -> r.get("type")).contains("กระทรวง", "องค์กรปกครองส่วนท้องถิ่น", "สภาองค์กรชุมชน", "ภาคเอกชน");
    }

    @Test
    void nationalStrategyFourAndMasterPlanSixteenAreSupportedAndDefenceIsNot() {
        var rows = Rows.of(codi, "national-strategy-coverage");
        assertThat(rows).hasSize(6 + 23 + 13);
        var supporters = rows.stream().collect(java.util.stream.Collectors.toMap(r -> r.get("item"), r -> Integer.parseInt(r.get("supporters"))));
        assertThat(supporters.get("https://w3id.org/khumkha/id/ref/ns-4")).isGreaterThanOrEqualTo(3);
        assertThat(supporters.get("https://w3id.org/khumkha/id/ref/mp-16")).isPositive();
        assertThat(supporters.get("https://w3id.org/khumkha/id/ref/nesdp13-m9")).isPositive();
        assertThat(supporters.get("https://w3id.org/khumkha/id/ref/ns-1")).isZero();
    }

    @Test
    void labelSearchFindsThaiText() {
        var rows = Rows.of(codi, "label-search", Map.of("text", "กองทุนสวัสดิการ"));
        assertThat(rows).extracting(r -> r.get("resource")).contains(CODI + "plan-f", CODI + "ind-O3");
    }

    @Test
    void sourceGraphsTellStatedFromModelled() {
        var rows = Rows.of(codi, "source-graphs");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("graph")).isEqualTo("https://w3id.org/khumkha/graph/codi/attachment-4");
            assertThat(r.get("provenance")).isEqualTo("stated in the MOU");
            assertThat(r.get("attachment")).isEqualTo("4");
        });
        assertThat(rows).filteredOn(r -> r.get("graph").contains("/modelled/"))
                .isNotEmpty().allSatisfy(r -> assertThat(r.get("provenance")).isEqualTo("modelled by Khumkha"));
    }

    @Test
    void provenanceOfAPlanShowsItsStatedAndModelledFacts() {
        var rows = Rows.of(codi, "provenance-of", Map.of("resource", "codi:plan-e"));
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("graph")).endsWith("codi/attachment-7");
            assertThat(r.get("attachment")).isEqualTo("7");
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("property")).endsWith("#produces");
            assertThat(r.get("provenance")).isEqualTo("modelled by Khumkha");
            assertThat(r.get("rationale")).isNotBlank();
        });
    }

    @Test
    void measurementsAgainstTargetsListsEveryMatrixIndicatorWithItsBaseYear() {
        var rows = Rows.of(codi, "measurements-against-targets", Map.of("year", "2568"));
        assertThat(rows).hasSize(13);
        assertThat(rows).filteredOn(r -> "O2".equals(r.get("code"))).singleElement()
                .satisfies(r -> assertThat(r.get("baseYear")).isEqualTo("2567"));
    }

    @Test
    void parametersAreBoundAsTermsSoSparqlInAValueIsJustText() {
        NamedQuery q = Rows.library().get("overlapping-agencies");
        String attack = "codi\" } UNION { ?org ?p ?o } #";
        assertThat(Rows.of(codi, "overlapping-agencies", Map.of("orgId", attack))).isEmpty();
        assertThat(q.bind(Map.of("orgId", attack)).toString()).contains("\"codi\\\" } UNION { ?org ?p ?o } #\"");
    }

    @Test
    void aParameterInOrderByLeavesValidSparqlThatOtherServersAccept() {
        NamedQuery q = NamedQuery.parse("ordered", """
                # title@th: ทดสอบ
                # title@en: test
                # param: x string = a — a value
                SELECT ?s WHERE { ?s ?p ?x } ORDER BY ?x ?s
                """);
        String bound = q.bind(Map.of()).toString();
        assertThat(bound).doesNotContain("ORDER BY \"a\"").contains("ORDER BY ?s");
        assertThat(org.apache.jena.query.QueryFactory.create(bound).getProjectVars()).extracting(Object::toString).containsExactly("?s");
    }

    @Test
    void badParameterValuesAreRefusedWithTheReason() {
        NamedQuery q = Rows.library().get("measurements-against-targets");
        assertThatThrownBy(() -> q.bind(Map.of("year", "2025"))).hasMessageContaining("not a B.E. fiscal year").hasMessageContaining("2568");
        assertThatThrownBy(() -> q.bind(Map.of("year", "two"))).hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> q.bind(Map.of("yaer", "2568"))).hasMessageContaining("has no parameter 'yaer'");
        assertThat(q.bind(Map.of("year", "๒๕๖๘")).toString()).contains("2568");
        NamedQuery p = Rows.library().get("provenance-of");
        assertThatThrownBy(() -> p.bind(Map.of("resource", "nope:thing"))).hasMessageContaining("neither an IRI nor a known prefixed name");
    }
}
