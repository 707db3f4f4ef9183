package org.khumkha.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import tools.jackson.databind.JsonNode;

/** The import page in a real browser, on a server of its own (it commits). */
class ImportPageBrowserTest {
    private static WorkbenchServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = WorkbenchServer.start();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        try {
            browser.close();
        } finally {
            server.close();
        }
    }

    private static Path file(String name, String content) throws Exception {
        Path dir = Files.createTempDirectory("khumkha-upload-");
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aBadFileIsRejectedWithItsLineNumbersAndNothingIsWritten() throws Exception {
        long before = server.store().size();
        Path bad = file("bad.csv", "organization,indicator,fiscal_year,value,evidence\n"
                + "codi,4.1,2568,4,ok\n"
                + "codi,4.4,2025,3,common-era year\n"
                + "codi,9.9,2568,3,no such indicator\n");
        browser.open(server.url("/import?lang=th"));
        browser.find("#file").sendKeys(bad.toAbsolutePath().toString());
        browser.find("#validate").click();
        browser.waitFor(d -> browser.find("#import-status").getAttribute("data-problems") != null);
        List<WebElement> rows = browser.all("#problems tbody tr");
        assertThat(rows.stream().map(r -> r.getAttribute("data-line")).toList()).containsExactly("3", "4");
        assertThat(rows.get(0).getText()).contains("fiscal_year").contains("2568");
        assertThat(browser.find("#problems").isDisplayed()).isTrue();
        assertThat(browser.find("#commit").isDisplayed()).isFalse();
        assertThat(browser.find("#import-status").getText()).contains("bad.csv").contains("2");
        browser.screenshot("import-rejected");
        assertThat(server.store().size()).isEqualTo(before);
    }

    @Test
    void aGoodFileIsValidatedThenCommittedAndTheScorecardUsesIt() throws Exception {
        Path good = file("good.csv", "organization,indicator,fiscal_year,value,evidence\ncodi,4.1,2568,4.6,รายงานผู้ประเมิน\n");
        browser.open(server.url("/import?lang=en"));
        browser.find("#file").sendKeys(good.toAbsolutePath().toString());
        browser.find("#validate").click();
        browser.waitFor(d -> "0".equals(browser.find("#import-status").getAttribute("data-problems")));
        assertThat(browser.find("#commit").isDisplayed()).isTrue();
        assertThat(indicatorValue("4.1")).isNotEqualTo("4.6");
        browser.find("#commit").click();
        browser.waitFor(d -> "true".equals(browser.find("#import-status").getAttribute("data-committed")));
        assertThat(browser.find("#import-status").getText()).contains("1 replaced");
        browser.screenshot("import-committed");
        assertThat(indicatorValue("4.1")).isEqualTo("4.6");
    }

    private static String indicatorValue(String code) throws Exception {
        JsonNode card = server.getJson("/api/scorecard/codi/2568");
        for (JsonNode i : card.get("indicators")) {
            if (i.get("code").asString().equals(code)) {
                return i.get("value").decimalValue().stripTrailingZeros().toPlainString();
            }
        }
        throw new AssertionError("no indicator " + code);
    }
}
