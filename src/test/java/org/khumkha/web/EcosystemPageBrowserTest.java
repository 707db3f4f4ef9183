package org.khumkha.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** The ecosystem map in a real browser against the started server. */
class EcosystemPageBrowserTest extends CodiBrowserTest {
    private static final String CODI = "https://w3id.org/khumkha/id/codi";
    private void openMap(String lang) {
        browser.open(server.url("/ecosystem?org=codi&lang=" + lang));
        browser.waitFor(d -> "true".equals(browser.find("#map").getAttribute("data-ready")));
        browser.waitForFonts();
    }

    @Test
    void codiIsOnTheMapRingedAsTheIntegratorAndTheLargestNode() {
        openMap("th");
        assertThat(browser.js("return khumkhaMap.$id(arguments[0]).length", CODI)).isEqualTo(1L);
        assertThat(browser.js("return khumkhaMap.$id(arguments[0]).hasClass('focal')", CODI)).isEqualTo(true);
        assertThat(browser.js("return khumkhaMap.$id(arguments[0]).data('label')", CODI)).isEqualTo("สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)");
        assertThat(browser.js("return khumkhaMap.nodes().max(n => n.data('size')).ele.id()")).isEqualTo(CODI);
        assertThat(browser.js("return khumkhaMap.$id(arguments[0]).style('border-color')", CODI)).isEqualTo("rgb(201,161,0)");
        // actors coloured by sector: as many colours as sectors with actors
        long sectors = (Long) browser.js("return new Set(khumkhaMap.nodes().map(n => n.data('color'))).size");
        assertThat(sectors).isGreaterThanOrEqualTo(5);
        assertThat(browser.find("#integrator").getText()).contains("อันดับที่ 1");
        // the measures table beside the map: every actor, CODI first
        List<String> actors = browser.all("#metrics tbody tr").stream().map(r -> r.getAttribute("data-actor")).toList();
        assertThat(actors).hasSize(((Long) browser.js("return khumkhaMap.nodes().length")).intValue()).first().isEqualTo(CODI);
        browser.screenshot("ecosystem-th");
    }

    @Test
    void overlapsAreDrawnApartAndAClickShowsTheirFunctionAndRationale() {
        openMap("th");
        assertThat(browser.js("return khumkhaMap.edges('.overlap').length")).isEqualTo(3L);
        assertThat(browser.js("return khumkhaMap.edges('.overlap').every(e => e.style('line-style') === 'dashed' && e.style('line-color') === 'rgb(214,39,40)')"))
                .isEqualTo(true);
        assertThat(browser.js("return khumkhaMap.edges('.modelled').every(e => e.style('line-style') === 'dashed')")).isEqualTo(true);
        browser.js("khumkhaMap.edges('.overlap').filter(e => e.target().id().endsWith('/lao')).emit('tap')");
        browser.waitFor(d -> browser.find("#details").getText().contains("ภารกิจซ้ำซ้อน"));
        String details = browser.find("#details").getText();
        assertThat(details).contains("องค์กรปกครองส่วนท้องถิ่น").contains("ภารกิจที่ซ้ำซ้อน").contains("เหตุผลความจำเป็น")
                .contains("ประชาชนโดยเฉพาะในกลุ่มที่เปราะบาง").contains("Jaccard");
        browser.screenshot("ecosystem-overlap-details");

        browser.js("khumkhaMap.$id(arguments[0]).emit('tap')", CODI);
        browser.waitFor(d -> browser.find("#details").getText().contains("ผู้บูรณาการ"));
        assertThat(browser.find("#details").getText()).contains("องค์การมหาชน").contains("0.734");
    }

    @Test
    void stageAndFactorFiltersHideTheRelationsOutsideThem() {
        openMap("en");
        int all = Integer.parseInt(browser.find("#map").getAttribute("data-visible-edges"));
        Select stage = new Select(browser.find("#stage-filter"));
        assertThat(stage.getOptions()).hasSize(4);
        stage.selectByIndex(1);
        browser.waitFor(d -> Integer.parseInt(browser.find("#map").getAttribute("data-visible-edges")) < all);
        long stageOnly = (Long) browser.js("return khumkhaMap.edges().filter(e => !e.hasClass('filtered') && !e.hasClass('overlap'))"
                + ".every(e => e.data('relation').stages.includes(document.getElementById('stage-filter').value)) ? 1 : 0");
        assertThat(stageOnly).isEqualTo(1L);
        new Select(browser.find("#factor-filter")).selectByIndex(1);
        browser.screenshot("ecosystem-filtered");
        browser.find("#show-overlaps").click();
        browser.waitFor(d -> Boolean.TRUE.equals(browser.js("return khumkhaMap.edges('.overlap').every(e => e.hasClass('filtered'))")));
        stage.selectByIndex(0);
        new Select(browser.find("#factor-filter")).selectByIndex(0);
        browser.find("#show-overlaps").click();
        browser.waitFor(d -> Integer.parseInt(browser.find("#map").getAttribute("data-visible-edges")) == all);
    }

    @Test
    void thePicturesAreDownloadableFromThePage() throws Exception {
        openMap("th");
        String png = browser.find("#download-png").getAttribute("href");
        HttpResponse<byte[]> r = server.get(png.substring(png.indexOf("/api/")));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(r.body())).getWidth()).isGreaterThan(1000);
        String svg = browser.find("#download-svg").getAttribute("href");
        HttpResponse<byte[]> s = server.get(svg.substring(svg.indexOf("/api/")));
        assertThat(s.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(new String(s.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("สถาบันพัฒนาองค์กรชุมชน");
        assertThat(server.get("/api/pictures/ecosystem.gif?org=codi").statusCode()).isEqualTo(400);
        assertThat(server.get("/api/pictures/ecosystem.png?org=nobody").statusCode()).isEqualTo(400);
    }
}
