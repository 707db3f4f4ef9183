package org.khumkha.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.query.QueryLibrary;
import org.khumkha.server.KhumkhaServer;
import org.khumkha.server.ServerSettings;
import org.khumkha.testing.CodiFixture;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The scorecard and measurement API on a real server started on free ports. */
class ScorecardControllerTest {
    private static KhumkhaServer server;
    private static KnowledgeStore store;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void start() {
        store = CodiFixture.freshStore();
        new ScoringService(QueryLibrary.load()).importIllustrativeIfEmpty(store, Path.of(""), l -> { });
        server = KhumkhaServer.start(store, new ServerSettings(0, 0, null, ServerSettings.QUERY_TIMEOUT_DEFAULT, Path.of("")), l -> { });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void getsTheScorecardAsJson() throws Exception {
        HttpResponse<String> r = get("/api/scorecard/codi/2568");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode json = JSON.readTree(r.body());
        assertThat(json.get("organization").asString()).isEqualTo("codi");
        assertThat(json.get("fiscalYear").asInt()).isEqualTo(2568);
        assertThat(json.get("total").decimalValue()).isBetween(new java.math.BigDecimal("3.8398"), new java.math.BigDecimal("3.8399"));
        assertThat(json.get("illustrative").asBoolean()).isTrue();
        assertThat(json.get("rubric").get("level").asInt()).isEqualTo(3);

        JsonNode whatIf = JSON.readTree(get("/api/scorecard/codi/2568?set=O4=81").body());
        assertThat(whatIf.get("rubric").get("level").asInt()).isEqualTo(4);
    }

    @Test
    void refusesANonBuddhistEraYearAndAnUnknownOrganizationWith400() throws Exception {
        HttpResponse<String> ce = get("/api/scorecard/codi/2025");
        assertThat(ce.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(ce.body()).get("error").asString()).contains("C.E.").contains("2568");
        HttpResponse<String> unknown = get("/api/scorecard/nope/2568");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).get("error").asString()).contains("unknown organization");
        assertThat(get("/api/scorecard/codi/abc").statusCode()).isEqualTo(400);
    }

    @Test
    void validatesAnUploadAndCommitsOnlyWhenAsked() throws Exception {
        long before = store.size();
        String bad = "organization,indicator,fiscal_year,value,evidence\r\ncodi,4.1,2568,4,\r\ncodi,4.4,2025,3,\r\n";
        JsonNode report = JSON.readTree(post("/api/measurements?commit=true", "bad.csv", bad.getBytes(StandardCharsets.UTF_8)).body());
        assertThat(report.get("file").asString()).isEqualTo("bad.csv");
        assertThat(report.get("rows").asInt()).isEqualTo(2);
        assertThat(report.get("committed").asBoolean()).isFalse();
        assertThat(report.get("problems")).hasSize(1);
        assertThat(report.get("problems").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(report.get("problems").get(0).get("column").asString()).isEqualTo("fiscal_year");
        assertThat(report.get("problems").get(0).get("reason").asString()).contains("2568");
        assertThat(store.size()).isEqualTo(before);

        String good = "organization,indicator,fiscal_year,value,evidence\ncodi,4.1,2568,4.4,รายงานผู้ประเมิน\n";
        JsonNode dry = JSON.readTree(post("/api/measurements", "good.csv", good.getBytes(StandardCharsets.UTF_8)).body());
        assertThat(dry.get("committed").asBoolean()).isFalse();
        assertThat(dry.get("problems")).isEmpty();
        assertThat(store.size()).isEqualTo(before);

        JsonNode committed = JSON.readTree(post("/api/measurements?commit=true", "good.csv", good.getBytes(StandardCharsets.UTF_8)).body());
        assertThat(committed.get("committed").asBoolean()).isTrue();
        assertThat(committed.get("written").get("replaced").asInt()).isEqualTo(1);
        JsonNode card = JSON.readTree(get("/api/scorecard/codi/2568").body());
        for (JsonNode i : card.get("indicators")) {
            if (i.get("code").asString().equals("4.1")) {
                assertThat(i.get("value").decimalValue()).isEqualByComparingTo("4.4");
            }
        }
    }

    @Test
    void scoresThroughTheSparqlEndpointAsThroughTheStore() {
        // --endpoint: every query goes to Fuseki; the rubric runs over a one-time copy of its graphs plus the fresh analysis
        ScoringService scoring = new ScoringService(QueryLibrary.load());
        Scorecard local = scoring.score(store.source(), "codi", 2567);
        Scorecard remote = scoring.score(org.khumkha.graph.GraphSource.remote("http://localhost:" + server.sparqlPort() + "/"
                + ServerSettings.DATASET_NAME + "/sparql"), "codi", 2567);
        assertThat(remote.total()).isEqualByComparingTo(local.total());
        assertThat(remote.rubric().level()).isEqualTo(local.rubric().level());
        assertThat(remote.illustrative()).isTrue();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.webPort() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(String path, String fileName, byte[] content) throws Exception {
        String boundary = "khumkha-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.webPort() + path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
