package org.khumkha.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import tools.jackson.databind.JsonNode;

/** The scorecard page in a real browser against the started server. */
class ScorecardPageBrowserTest extends CodiBrowserTest {
    @Test
    void showsThe13IndicatorsAndTheTotalTheApiGives() throws Exception {
        browser.open(server.url("/?org=codi&year=2568&lang=th"));
        browser.waitForFonts();
        JsonNode api = server.getJson("/api/scorecard/codi/2568");

        List<String> codes = browser.all("tr.indicator").stream().map(r -> r.getAttribute("data-code")).toList();
        assertThat(codes).hasSize(13).containsExactly("1.1", "1.2", "2.1.1", "2.1.2", "2.2.1.1", "2.2.1.2", "2.2.2", "3.1",
                "4.1", "4.2.1", "4.2.2", "4.3", "4.4");
        List<String> apiCodes = new java.util.ArrayList<>();
        api.get("indicators").forEach(i -> apiCodes.add(i.get("code").asString()));
        assertThat(codes).isEqualTo(apiCodes);

        WebElement total = browser.find("#total");
        assertThat(new BigDecimal(total.getAttribute("data-total"))).isEqualByComparingTo(api.get("total").decimalValue());
        assertThat(total.getText()).isEqualTo(api.get("total").decimalValue().setScale(4, java.math.RoundingMode.HALF_UP).toPlainString());
        assertThat(browser.all("#provisional")).hasSize(api.get("provisional").asBoolean() ? 1 : 0);
        assertThat(browser.find("#illustrative").getText()).contains("ข้อมูลตัวอย่าง");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("th");
        assertThat(browser.find("nav .current").getText()).isEqualTo("ผลการประเมิน");

        // the radar is drawn by ECharts as SVG, one axis per dimension
        browser.waitFor(d -> "true".equals(browser.find("#radar").getAttribute("data-drawn")));
        assertThat(browser.all("#radar svg")).isNotEmpty();
        JsonNode first = api.get("dimensions").get(0);
        String firstScore = first.get("weighted").decimalValue().multiply(BigDecimal.valueOf(100))
                .divide(first.get("weight").decimalValue(), 2, java.math.RoundingMode.HALF_UP).toPlainString();
        assertThat(browser.find("#radar").getText()).contains("1. ความสอดคล้อง").contains(firstScore);
        browser.screenshot("scorecard-th");
    }

    @Test
    void aClickOnAnIndicatorShowsItsTraceAndFor31EveryConditionWithEvidence() {
        browser.open(server.url("/?org=codi&year=2568&lang=th"));
        WebElement trace11 = browser.find("tr.trace[data-for='1.1']");
        assertThat(trace11.isDisplayed()).isFalse();
        browser.find("tr.indicator[data-code='1.1']").click();
        browser.waitFor(d -> trace11.isDisplayed());
        assertThat(trace11.getText()).contains("objective coverage").contains("weighted");
        assertThat(browser.find("tr.indicator[data-code='1.1']").getAttribute("aria-expanded")).isEqualTo("true");

        WebElement row31 = browser.find("tr.indicator[data-code='3.1']");
        row31.click();
        WebElement trace31 = browser.find("tr.trace[data-for='3.1']");
        browser.waitFor(d -> trace31.isDisplayed());
        List<WebElement> conditions = trace31.findElements(org.openqa.selenium.By.cssSelector("li.condition"));
        assertThat(conditions).hasSizeGreaterThanOrEqualTo(10);
        assertThat(conditions).anySatisfy(c -> assertThat(c.getAttribute("class")).contains("failed"));
        WebElement stageRoles = trace31.findElement(org.openqa.selenium.By.cssSelector("li.condition[data-condition='L2.stage-roles']"));
        assertThat(stageRoles.getText()).contains("ผ่าน").contains("ระยะที่ 1");
        browser.screenshot("scorecard-trace-3.1");

        row31.click();
        browser.waitFor(d -> !trace31.isDisplayed());
    }

    @Test
    void switchesToEnglishAndRemembersIt() {
        browser.open(server.url("/?org=codi&year=2567&lang=th"));
        browser.find("#lang-switch").click();
        browser.waitFor(d -> "en".equals(browser.find("html").getAttribute("lang")));
        assertThat(browser.find("nav .current").getText()).isEqualTo("Scorecard");
        assertThat(browser.find("h1").getText()).contains("Community Organizations Development Institute").contains("2567");
        assertThat(browser.find("#year-picker").getAttribute("value")).isEqualTo("2567");
        // a page opened without ?lang= follows the choice
        browser.open(server.url("/ecosystem?org=codi"));
        browser.waitFor(d -> "en".equals(browser.find("html").getAttribute("lang")));
        assertThat(browser.find("nav .current").getText()).isEqualTo("Ecosystem");
        browser.screenshot("ecosystem-en");
        browser.open(server.url("/?org=codi&lang=th"));
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("th");
    }

    @Test
    void thePickersChangeTheYearAndABadYearIsExplained() {
        browser.open(server.url("/?org=codi&year=2568&lang=th"));
        new org.openqa.selenium.support.ui.Select(browser.find("#year-picker")).selectByValue("2566");
        browser.waitFor(d -> browser.driver().getCurrentUrl().contains("year=2566"));
        assertThat(browser.find("h1").getText()).contains("2566");

        browser.open(server.url("/?org=codi&year=2025&lang=th"));
        assertThat(browser.find("#error").getText()).contains("2568");
        browser.open(server.url("/?org=nobody&lang=en"));
        assertThat(browser.find("#error").getText()).contains("unknown organization").contains("codi");
    }

    @Test
    void labelsFromTheGraphAreTextNotMarkup() throws Exception {
        // the page's JSON and HTML escape what the graph says: no label can open a tag
        String html = new String(server.get("/?org=codi&lang=th").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script>alert");
        browser.open(server.url("/?org=codi&lang=th"));
        assertThat(browser.js("return document.querySelectorAll('main script:not([type])').length")).isEqualTo(0L);
    }
}
