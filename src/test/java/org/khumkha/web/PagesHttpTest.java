package org.khumkha.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Every page, asset and view API answers over plain HTTP from the started server, Thai first. */
class PagesHttpTest {
    private static WorkbenchServer server;

    @BeforeAll
    static void start() {
        server = WorkbenchServer.shared();
    }

    @Test
    void everyPageIsThaiByDefaultSharesTheLayoutAndRemembersTheLanguage() throws Exception {
        for (Page page : Page.values()) {
            HttpResponse<byte[]> r = server.get(page.path());
            String html = new String(r.body(), StandardCharsets.UTF_8);
            assertThat(r.statusCode()).as(page.path()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(html).as(page.path()).contains("<html lang=\"th\">").contains("data-page=\"" + page.id() + "\"")
                    .contains("href=\"/css/khumkha.css\"").contains("src=\"/js/khumkha.js\"").contains("src=\"" + page.script() + "\"")
                    .contains("ผลการประเมิน").contains("id=\"lang-switch\"");
            assertThat(r.headers().firstValue("Set-Cookie").orElseThrow()).startsWith(Layout.LANGUAGE_COOKIE + "=th");
            HttpResponse<byte[]> en = server.get(page.path() + "?lang=en");
            assertThat(new String(en.body(), StandardCharsets.UTF_8)).contains("<html lang=\"en\">").contains("Scorecard");
        }
        assertThat(server.get("/?lang=fr").statusCode()).isEqualTo(400);
    }

    @Test
    void theLibrariesAndTheThaiFaceAreServedFromTheJar() throws Exception {
        for (String path : new String[] {Page.CYTOSCAPE, Page.ECHARTS, "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js"}) {
            HttpResponse<byte[]> r = server.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body().length).as(path).isGreaterThan(100_000);
        }
        HttpResponse<byte[]> font = server.get("/fonts/Laksaman.ttf");
        assertThat(font.statusCode()).isEqualTo(200);
        assertThat(font.headers().firstValue("Content-Type")).hasValue("font/ttf");
        assertThat(font.body()).hasSize(org.khumkha.render.ThaiFonts.bytes("Laksaman.ttf").length);
        String css = new String(server.get("/css/khumkha.css").body(), StandardCharsets.UTF_8);
        assertThat(css).contains("@font-face").contains("/fonts/Laksaman.ttf");
    }

    @Test
    void theViewApisAnswerJsonAndRefuseBadInput() throws Exception {
        JsonNode orgs = server.getJson("/api/views/organizations");
        assertThat(orgs.get(0).get("id").asString()).isEqualTo("codi");
        assertThat(orgs.get(0).get("years").size()).isEqualTo(3);
        assertThat(orgs.get(0).get("defaultYear").asInt()).isEqualTo(2568);
        JsonNode eco = server.getJson("/api/views/ecosystem?org=codi");
        assertThat(eco.get("integrator").get("betweennessRank").asInt()).isEqualTo(1);
        JsonNode chain = server.getJson("/api/views/result-chain?org=codi");
        assertThat(chain.get("levels").size()).isEqualTo(5);
        HttpResponse<byte[]> bad = server.get("/api/views/ecosystem?org=nobody");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(new String(bad.body(), StandardCharsets.UTF_8)).contains("unknown organization");
        HttpResponse<byte[]> page = server.get("/ecosystem?org=nobody");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("id=\"error\"").contains("codi");
    }
}
