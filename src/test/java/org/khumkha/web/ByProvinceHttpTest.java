package org.khumkha.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khumkha.testing.Rows;

import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/views/by-province} and {@code GET /by-province} over HTTP from the started server (CODI plus a synthetic
 * country at F = 0.05, 4 provinces): the provinces' sums add up to the nation's, each value is its own Σ numerator ÷
 * Σ denominator × 100, the SPARQL view agrees, bad input answers 400 with the reason.
 */
class ByProvinceHttpTest {
    private static WorkbenchServer server;

    @BeforeAll
    static void start() {
        server = WorkbenchServer.sharedSynthetic();
    }

    @Test
    void theJsonGivesEachProvincesSumsValueAndTargetAndTheyAddUpToTheNation() throws Exception {
        JsonNode view = server.getJson("/api/views/by-province?org=synthetic&year=2568&indicator=O1");
        for (String field : new String[] {"organization", "fiscalYear", "indicator", "label", "labelEn", "unit", "targetRule", "synthetic",
                "nation", "provinces", "indicators"}) {
            assertThat(view.has(field)).as(field).isTrue();
        }
        assertThat(view.get("synthetic").asBoolean()).isTrue();
        assertThat(view.get("indicators").size()).isEqualTo(13);
        JsonNode provinces = view.get("provinces");
        assertThat(provinces.size()).isEqualTo(4);
        BigDecimal n = BigDecimal.ZERO;
        BigDecimal d = BigDecimal.ZERO;
        for (JsonNode p : provinces) {
            BigDecimal pn = p.get("numerator").decimalValue();
            BigDecimal pd = p.get("denominator").decimalValue();
            // a province's value is its own sums divided, × 100: never a mean of tambon percentages
            assertThat(p.get("value").decimalValue()).isEqualByComparingTo(pn.multiply(BigDecimal.valueOf(100))
                    .divide(pd, MathContext.DECIMAL128).setScale(4, RoundingMode.HALF_EVEN));
            assertThat(p.has("met")).isTrue();
            n = n.add(pn);
            d = d.add(pd);
        }
        assertThat(view.get("nation").get("numerator").decimalValue()).isEqualByComparingTo(n);
        assertThat(view.get("nation").get("denominator").decimalValue()).isEqualByComparingTo(d);
        // the named query analysts run gives the same sums
        List<Map<String, String>> sparql = Rows.of(server.store().source(), "area-indicator-by-province",
                Map.of("orgId", "synthetic", "code", "O1", "fiscalYear", "2568"));
        assertThat(sparql).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(new BigDecimal(sparql.get(i).get("numerator"))).isEqualByComparingTo(provinces.get(i).get("numerator").decimalValue());
        }
        // O1's target is "X + 10": a province meets it when its 2568 value ≥ its own 2567 value + 10
        JsonNode first = provinces.get(0);
        assertThat(first.get("baseYear").asInt()).isEqualTo(2567);
        assertThat(first.get("target").decimalValue()).isEqualByComparingTo(first.get("base").decimalValue().add(BigDecimal.TEN));
        assertThat(first.get("met").asBoolean()).isEqualTo(first.get("value").decimalValue().compareTo(first.get("target").decimalValue()) >= 0);
    }

    @Test
    void aCountHasNoVerdictPerProvinceAndBadInputIsRefused() throws Exception {
        JsonNode o2 = server.getJson("/api/views/by-province?org=synthetic&year=2568&indicator=O2");
        assertThat(o2.get("ratio").asBoolean()).isFalse();
        assertThat(o2.get("provinces").get(0).get("met").isNull()).isTrue();
        assertThat(o2.get("nation").get("met").isNull()).isFalse();
        for (String bad : new String[] {"indicator=ZZ", "year=2025", "org=nobody"}) {
            HttpResponse<byte[]> r = server.get("/api/views/by-province?org=synthetic&" + bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
        }
        assertThat(new String(server.get("/api/views/by-province?org=synthetic&year=2025").body(), StandardCharsets.UTF_8))
                .contains("C.E.").contains("2568");
        // CODI has no area-level result: an empty view with the reason, not an error
        JsonNode codi = server.getJson("/api/views/by-province?org=codi&year=2568&indicator=O1");
        assertThat(codi.get("provinces").size()).isZero();
        assertThat(codi.get("message").asString()).contains("no area-level results");
    }

    @Test
    void thePageIsThaiFirstWithTheTableTheChartDataAndTheSyntheticMark() throws Exception {
        HttpResponse<byte[]> r = server.get("/by-province?org=synthetic&year=2568&indicator=O5");
        String html = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(html).contains("<html lang=\"th\">").contains("data-page=\"by-province\"").contains("รายจังหวัด")
                .contains("ข้อมูลสังเคราะห์").contains("id=\"by-province\"").contains("id=\"province-data\"")
                .contains("src=\"" + Page.ECHARTS + "\"").contains("ตัวตั้ง (ผลรวม)");
        assertThat(html.split("<tr data-code=", -1).length - 1).isEqualTo(4);
        String en = new String(server.get("/by-province?org=synthetic&year=2568&indicator=O5&lang=en").body(), StandardCharsets.UTF_8);
        assertThat(en).contains("<html lang=\"en\">").contains("By province").contains("Numerator (Σ)").contains("Synthetic data, not a real result");
        // the navigation links here from every page, keeping the organization
        String scorecard = new String(server.get("/?org=synthetic").body(), StandardCharsets.UTF_8);
        assertThat(scorecard).contains("href=\"/by-province?org=synthetic").contains("id=\"synthetic\"");
        assertThat(server.get("/by-province?org=synthetic&indicator=ZZ").statusCode()).isEqualTo(400);
    }
}
