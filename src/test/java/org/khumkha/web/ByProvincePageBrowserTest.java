package org.khumkha.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import tools.jackson.databind.JsonNode;

/** The by-province page in a real headless browser against the started server (CODI plus a synthetic country, 4 provinces). */
class ByProvincePageBrowserTest {
    private static WorkbenchServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = WorkbenchServer.sharedSynthetic();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    private void open(String query) {
        browser.open(server.url("/by-province?" + query));
        browser.waitFor(d -> "true".equals(browser.find("#province-chart").getAttribute("data-drawn")));
        browser.waitForFonts();
    }

    @Test
    void drawsOneBarPerProvinceColouredByTargetMetBesideTheTable() throws Exception {
        open("org=synthetic&year=2568&indicator=O1&lang=th");
        JsonNode view = server.getJson("/api/views/by-province?org=synthetic&year=2568&indicator=O1");
        assertThat(browser.all("#by-province tbody tr")).hasSize(view.get("provinces").size());
        assertThat(browser.find("#province-chart").getAttribute("data-bars")).isEqualTo(Integer.toString(view.get("provinces").size()));
        assertThat(browser.js("return khumkhaProvinceChart.getOption().series[0].data.length")).isEqualTo((long) view.get("provinces").size());
        long met = 0;
        for (JsonNode p : view.get("provinces")) {
            met += p.get("met").asBoolean() ? 1 : 0;
        }
        assertThat(browser.js("return khumkhaProvinceChart.getOption().series[0].data.filter(d => d.itemStyle.color === '#59a14f').length"))
                .isEqualTo(met);
        assertThat(browser.all("#by-province tbody tr.met")).hasSize((int) met);
        JsonNode first = view.get("provinces").get(0);
        String row = browser.find("#by-province tbody tr[data-code='" + first.get("code").asString() + "']").getText();
        assertThat(row).contains(first.get("numerator").decimalValue().stripTrailingZeros().toPlainString())
                .contains(first.get("denominator").decimalValue().stripTrailingZeros().toPlainString())
                .contains(first.get("met").asBoolean() ? "✓ บรรลุ" : "✗ ไม่บรรลุ");
        assertThat(browser.find("#synthetic").isDisplayed()).isTrue();
        assertThat(browser.find("#synthetic").getText()).contains("ข้อมูลสังเคราะห์");
        assertThat(browser.find("nav.main-nav a[data-nav='by-province']").getAttribute("aria-current")).isEqualTo("page");
        browser.screenshot("by-province-O1-th");
    }

    @Test
    void theIndicatorPickerAndTheLanguageSwitchKeepTheRest() {
        open("org=synthetic&year=2568&indicator=O1&lang=th");
        new Select(browser.find("#indicator-picker")).selectByValue("O6");
        browser.waitFor(d -> browser.driver().getCurrentUrl().contains("indicator=O6"));
        browser.waitFor(d -> "true".equals(browser.find("#province-chart").getAttribute("data-drawn")));
        assertThat(browser.find("h1").getText()).contains("O6").contains("2568");
        browser.find("#lang-switch").click();
        browser.waitFor(d -> "en".equals(browser.js("return document.documentElement.lang")));
        browser.waitFor(d -> "true".equals(browser.find("#province-chart").getAttribute("data-drawn")));
        assertThat(browser.find("h1").getText()).contains("By province").contains("O6");
        assertThat(browser.find("#by-province thead").getText()).contains("Numerator (Σ)").contains("Target met");
        assertThat(browser.find("#synthetic").getText()).contains("Synthetic data, not a real result");
        browser.screenshot("by-province-O6-en");
    }
}
