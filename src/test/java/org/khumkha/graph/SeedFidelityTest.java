package org.khumkha.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.khumkha.testing.CodiFixture;
import org.khumkha.testing.Rows;

/** Every fact of CODI's MOU that the foundation issue names, read back by the analysts' named queries. */
class SeedFidelityTest {
    private final GraphSource codi = CodiFixture.store().source();

    private Map<String, Long> mandateCounts() {
        return Rows.of(codi, "mandate").stream().collect(Collectors.groupingBy(r -> r.get("kind"), Collectors.counting()));
    }

    @Test
    void attachmentOneHasFourObjectivesFourMissionsEightGoalsFourStrategies() {
        assertThat(mandateCounts()).containsEntry("วัตถุประสงค์การจัดตั้ง", 4L)
                .containsEntry("พันธกิจ", 4L)
                .containsEntry("เป้าหมาย/เป้าประสงค์", 8L)
                .containsEntry("ยุทธศาสตร์", 4L)
                .containsEntry("วิสัยทัศน์", 1L);
    }

    @Test
    void attachmentSevenHasFourGoalsOfExistenceAndEightPlans() {
        assertThat(mandateCounts()).containsEntry("เป้าหมายการมีอยู่ขององค์การมหาชน", 4L);
        var plans = Rows.of(codi, "plans-per-goal-of-existence").stream().map(r -> r.get("plan")).distinct().sorted().toList();
        assertThat(plans).containsExactly("https://w3id.org/khumkha/id/codi/plan-a", "https://w3id.org/khumkha/id/codi/plan-b",
                "https://w3id.org/khumkha/id/codi/plan-c", "https://w3id.org/khumkha/id/codi/plan-d",
                "https://w3id.org/khumkha/id/codi/plan-e", "https://w3id.org/khumkha/id/codi/plan-f",
                "https://w3id.org/khumkha/id/codi/plan-g", "https://w3id.org/khumkha/id/codi/plan-h");
    }

    @Test
    void thirteenLeafIndicatorsWithTheirWeightsAndThresholds() {
        var rows = Rows.of(codi, "indicator-framework").stream()
                .filter(r -> !"indicator group".equals(r.get("kind")) && !"evaluation dimension".equals(r.get("kind")))
                .toList();
        assertThat(rows).extracting(r -> r.get("code")).containsExactly(
                "1.1", "1.2", "2.1.1", "2.1.2", "2.2.1.1", "2.2.1.2", "2.2.2", "3.1", "4.1", "4.2.1", "4.2.2", "4.3", "4.4");
        assertThat(rows).extracting(r -> new BigDecimal(r.get("weight")).stripTrailingZeros().toPlainString())
                .containsExactly("10", "10", "25", "7", "3", "3", "2", "20", "5", "2.5", "2.5", "3", "7");
        assertThat(rows).filteredOn(r -> "2.2.1.2".equals(r.get("code")))
                .extracting(r -> r.get("level1"), r -> r.get("level5")).containsExactly(tuple("75.0", "95.0"));
        assertThat(rows).filteredOn(r -> "2.2.1.1".equals(r.get("code")))
                .extracting(r -> r.get("level1"), r -> r.get("level2"), r -> r.get("level3"), r -> r.get("level4"), r -> r.get("level5"))
                .containsExactly(tuple("40.0", "45.0", "50.0", "55.0", "60.0"));
        assertThat(rows).filteredOn(r -> "2.1.2".equals(r.get("code")))
                .extracting(r -> r.get("level1"), r -> r.get("level5")).containsExactly(tuple("น้อยที่สุด", "สูงมาก"));
    }

    @Test
    void everyGroupWeighsTheSumOfItsChildrenAndTheLeavesSumTo100() {
        assertThat(Rows.of(codi, "indicator-framework")).allSatisfy(r -> assertThat(r.get("sumOk")).isEqualTo("true"));
        assertThat(Rows.of(codi, "framework-weight-totals")).singleElement().satisfies(r -> {
            assertThat(r.get("leaves")).isEqualTo("13");
            assertThat(new BigDecimal(r.get("total"))).isEqualByComparingTo("100");
        });
    }

    @Test
    void nineOutcomeAndFourImpactIndicatorsWithTheirTargets() {
        var rows = Rows.of(codi, "evaluation-matrix");
        assertThat(rows).extracting(r -> r.get("code")).containsExactly(
                "O1", "O2", "O3", "O4", "O5", "O6", "O7", "O8", "O9", "I1", "I2", "I3", "I4");
        Map<String, Map<String, String>> byCode = rows.stream().collect(Collectors.toMap(r -> r.get("code"), r -> r));
        assertThat(new BigDecimal(byCode.get("O2").get("targetValue"))).isEqualByComparingTo("77");
        assertThat(byCode.get("O2").get("targetText")).contains("77 ตำบล");
        assertThat(new BigDecimal(byCode.get("O6").get("targetValue"))).isEqualByComparingTo("80");
        assertThat(new BigDecimal(byCode.get("O7").get("targetValue"))).isEqualByComparingTo("2");
        assertThat(byCode.get("O7").get("unit")).isEqualTo("เท่า");
        assertThat(new BigDecimal(byCode.get("O8").get("targetValue"))).isEqualByComparingTo("80");
        assertThat(byCode.get("O3").get("targetRule")).isEqualTo("base-year result grown by the mean growth rate");
        for (String relative : List.of("O1", "O4", "O5", "O9", "I1", "I2", "I3", "I4")) {
            assertThat(byCode.get(relative).get("targetRule")).as(relative).isEqualTo("base-year result plus N points");
            assertThat(new BigDecimal(byCode.get(relative).get("points"))).as(relative).isEqualByComparingTo("10");
        }
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("source")).as(r.get("code") + " source").isNotBlank();
            assertThat(r.get("period")).as(r.get("code") + " collection period").isNotBlank();
        });
    }

    @Test
    void o8PilotsAHundredTambonsAndO6SurveysFourHundredAcrossSeventySevenProvinces() {
        var rows = Rows.of(codi, "provenance-of", Map.of("resource", "codi:ind-O8"));
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("property")).endsWith("#pilotSize");
            assertThat(r.get("value")).isEqualTo("100");
        });
        var o6 = Rows.of(codi, "provenance-of", Map.of("resource", "codi:ind-O6"));
        assertThat(o6).anySatisfy(r -> {
            assertThat(r.get("property")).endsWith("#minimumRespondents");
            assertThat(r.get("value")).isEqualTo("400");
        });
        assertThat(o6).anySatisfy(r -> assertThat(r.get("value")).contains("77 จังหวัด"));
    }

    @Test
    void baselinesOfWelfareFundsAndLeaders() {
        var rows = Rows.of(codi, "baselines").stream().filter(r -> r.get("value") != null).toList();
        assertThat(rows).extracting(r -> r.get("code"), r -> r.get("fiscalYear"), r -> new BigDecimal(r.get("value")).toBigInteger().toString())
                .contains(tuple("O3", "2566", "1005"), tuple("O5", "2563", "11885"), tuple("O5", "2564", "26462"),
                        tuple("O5", "2565", "9179"));
        assertThat(rows).filteredOn(r -> "O3".equals(r.get("code"))).singleElement()
                .satisfies(r -> assertThat(r.get("commonEraYear")).isEqualTo("2023"));
    }

    @Test
    void threeOverlappingAgenciesWithTheRationale() {
        var rows = Rows.of(codi, "overlapping-agencies");
        assertThat(rows).extracting(r -> r.get("agencyLabel")).containsExactlyInAnyOrder(
                "องค์กรปกครองส่วนท้องถิ่น", "กระทรวงมหาดไทย", "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("rationale")).contains("ประชาชนโดยเฉพาะในกลุ่มที่เปราะบาง");
            assertThat(r.get("function")).isNotBlank();
            assertThat(r.get("provenance")).isEqualTo("stated in the MOU");
        });
    }

    @Test
    void sixKeyFactorsFourEnablingFactorsAndThreeStages() {
        Map<String, Long> counts = Rows.of(codi, "ecosystem-factors-and-stages").stream()
                .collect(Collectors.groupingBy(r -> r.get("kind"), Collectors.counting()));
        assertThat(counts).containsEntry("key factor", 6L).containsEntry("enabling factor", 4L).containsEntry("development stage", 3L);
    }

    @Test
    void codiIsTheAreaBasedSystemIntegrator() {
        assertThat(Rows.of(codi, "organization-roles")).anySatisfy(r -> {
            assertThat(r.get("kind")).isEqualTo("ecosystem role");
            assertThat(r.get("label")).containsIgnoringCase("Area Based System Integrator");
            assertThat(r.get("provenance")).isEqualTo("stated in the MOU");
        });
    }

    @Test
    void everyModelledLinkCanBeListedWithItsRationale() {
        var rows = Rows.of(codi, "modelled-links");
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("rationale")).as(r.get("graph")).isNotBlank();
            assertThat(r.get("derivedFrom")).as(r.get("graph")).isNotBlank();
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("subject")).endsWith("codi/plan-e");
            assertThat(r.get("link")).endsWith("#produces");
        });
        assertThat(rows).noneSatisfy(r -> assertThat(r.get("graph")).contains("attachment"));
    }
}
