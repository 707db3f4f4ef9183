package org.khumkha.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import tools.jackson.databind.JsonNode;

/** The result-chain page in a real browser against the started server. */
class ResultChainPageBrowserTest extends CodiBrowserTest {
    private void openChain() {
        browser.open(server.url("/result-chain?org=codi&lang=th"));
        browser.waitFor(d -> "true".equals(browser.find("#chain").getAttribute("data-ready")));
        browser.waitForFonts();
    }

    @Test
    void laysTheFiveLevelsOutLeftToRightWithModelledLinksDashed() throws Exception {
        openChain();
        JsonNode view = server.getJson("/api/views/result-chain?org=codi");
        assertThat(browser.js("return khumkhaChain.nodes('.header').map(n => n.data('label'))"))
                .isEqualTo(List.of("ปัจจัยนำเข้า", "กระบวนการ (แผนงาน)", "ผลผลิต", "ผลลัพธ์", "ผลกระทบ"));
        assertThat(browser.js("return khumkhaChain.nodes().not('.header').length")).isEqualTo((long) view.get("elements").size());
        // left to right: every link goes to a column further right
        assertThat(browser.js("return khumkhaChain.edges().every(e => e.target().position('x') > e.source().position('x'))")).isEqualTo(true);
        long modelled = 0;
        for (JsonNode l : view.get("links")) {
            modelled += l.get("modelled").asBoolean() ? 1 : 0;
        }
        assertThat(browser.js("return khumkhaChain.edges().filter(e => e.style('line-style') === 'dashed').length")).isEqualTo(modelled);
        assertThat(browser.js("return khumkhaChain.edges().filter(e => e.style('line-style') === 'solid').length"))
                .isEqualTo(view.get("links").size() - modelled);
        assertThat(browser.js("return khumkhaChain.nodes('.measured').length")).isEqualTo(13L);
        browser.screenshot("result-chain-th");
    }

    @Test
    void anOutcomeOpensItsIndicatorWithDefinitionFormulaTargetAndResultsByYear() throws Exception {
        openChain();
        browser.js("khumkhaChain.nodes().filter(n => n.data('indicator') === 'O3').emit('tap')");
        WebElement panel = browser.find("#indicator-panel");
        browser.waitFor(d -> "O3".equals(panel.getAttribute("data-indicator")));
        assertThat(panel.getText()).contains("O3").contains("นิยาม").contains("สูตรการคำนวณ").contains("ค่าเป้าหมาย");
        browser.waitFor(d -> browser.all("#results-by-year tbody tr").size() == 3
                && browser.all("#results-by-year tbody td").stream().noneMatch(td -> td.getText().equals("…")));
        JsonNode card = server.getJson("/api/scorecard/codi/2568");
        JsonNode o3 = null;
        for (JsonNode m : card.get("matrix")) {
            if (m.get("code").asString().equals("O3")) {
                o3 = m;
            }
        }
        WebElement row2568 = browser.find("#results-by-year tr[data-year='2568']");
        assertThat(row2568.getText()).contains(o3.get("result").asString().replaceAll("\\.0$", ""));
        assertThat(row2568.getText()).contains(o3.get("met").asBoolean() ? "✓" : "✗");
        // the element and its whole chain stay lit, the rest dims
        assertThat(browser.js("return khumkhaChain.nodes('.dim').length > 0")).isEqualTo(true);
        browser.screenshot("result-chain-indicator-O3");
    }
}
