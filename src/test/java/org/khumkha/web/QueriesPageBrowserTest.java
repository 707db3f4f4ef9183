package org.khumkha.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.khumkha.query.QueryLibrary;
import org.openqa.selenium.support.ui.Select;

/** The queries page in a real browser: named queries with parameters, results, CSV, and the free SPARQL editor. */
class QueriesPageBrowserTest extends CodiBrowserTest {
    @Test
    void runsANamedQueryWithItsParametersAndDownloadsTheCsv() throws Exception {
        browser.open(server.url("/queries?lang=th"));
        int size = QueryLibrary.load().all().size();
        browser.waitFor(d -> String.valueOf(size).equals(browser.find("#query-select").getAttribute("data-loaded")));
        new Select(browser.find("#query-select")).selectByValue("result-chain-of-indicator");
        browser.waitVisible("#query-form");
        assertThat(browser.find("input[data-param='code']").getAttribute("value")).isEqualTo("O3");
        assertThat(browser.find("input[data-param='orgId']").getAttribute("value")).isEqualTo("codi");
        browser.find("input[data-param='code']").clear();
        browser.find("input[data-param='code']").sendKeys("I1");
        browser.find("#run-query").click();
        browser.waitFor(d -> browser.find("#query-status").getAttribute("data-rows") != null);
        int rows = Integer.parseInt(browser.find("#query-status").getAttribute("data-rows"));
        assertThat(rows).isPositive();
        assertThat(browser.all("#query-results tbody tr")).hasSize(rows);
        assertThat(browser.find("#query-results thead").getText()).contains("direction").contains("fromLabel");
        browser.screenshot("queries-named");

        browser.find("#download-csv").click();
        Path csv = browser.downloads().resolve("result-chain-of-indicator.csv");
        browser.waitFor(d -> Files.exists(csv) && csv.toFile().length() > 0);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("direction,from,fromLabel");
        assertThat(text.lines().count()).isEqualTo(rows + 1L);
    }

    @Test
    void aBadParameterIsExplained() {
        browser.open(server.url("/queries?lang=en&q=measurements-against-targets"));
        browser.waitVisible("#query-form");
        if (!browser.all("input[data-param='year']").isEmpty()) {
            browser.find("input[data-param='year']").clear();
            browser.find("input[data-param='year']").sendKeys("2025");
            browser.find("#run-query").click();
            browser.waitFor(d -> browser.find("#query-status").getText().contains("2568"));
        }
    }

    @Test
    void theFreeEditorQueriesTheSparqlEndpoint() {
        browser.open(server.url("/queries?lang=th"));
        assertThat(browser.find("#endpoint-url").getText()).endsWith(":" + server.sparqlPort() + "/khumkha/sparql");
        browser.find("#run-sparql").click();
        browser.waitFor(d -> browser.find("#sparql-status").getAttribute("data-rows") != null);
        assertThat(Integer.parseInt(browser.find("#sparql-status").getAttribute("data-rows"))).isGreaterThanOrEqualTo(10);
        assertThat(browser.find("#sparql-results").getText()).contains("องค์กรชุมชน");
        browser.screenshot("queries-sparql");

        browser.find("#sparql-text").clear();
        browser.find("#sparql-text").sendKeys("SELECT * WHERE { ?s ?p }");
        browser.find("#run-sparql").click();
        browser.waitFor(d -> browser.find("#sparql-status").getAttribute("class").contains("bad"));
        assertThat(browser.find("#sparql-status").getText()).contains("400");
    }
}
