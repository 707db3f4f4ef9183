package org.khumkha.analytics;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.khumkha.graph.GraphSource;
import org.khumkha.query.QueryLibrary;
import org.khumkha.server.KhumkhaServer;
import org.khumkha.server.ServerSettings;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One full server on random ports over the toy store: {@code GET /api/analysis}, and the analysis over SPARQL HTTP. */
class AnalysisControllerServerTest {
    private static KhumkhaServer server;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() {
        server = KhumkhaServer.start(AnalysisServiceToyTest.toyStore(),
                new ServerSettings(0, 0, null, ServerSettings.QUERY_TIMEOUT_DEFAULT, Path.of("")), line -> { });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.webPort() + pathAndQuery))
                .timeout(Duration.ofSeconds(60)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void analysisAsJson() throws Exception {
        HttpResponse<String> response = get("/api/analysis?org=toy");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/json");
        JsonNode json = JsonMapper.builder().build().readTree(response.body());
        assertThat(json.get("actors")).hasSize(4);
        assertThat(json.get("actors").get(0).get("betweenness").asDouble()).isEqualTo(2.0);
        assertThat(json.get("actors").get(0).has("brokerageRoles")).isTrue();
        assertThat(json.get("overlaps").get(0).get("stated").asBoolean()).isTrue();
        assertThat(json.get("coherence").get("strategyCoverage").asDouble()).isEqualTo(50.0);
        assertThat(json.get("coherence").get("orphans").has("outcomesWithoutIndicator")).isTrue();
        assertThat(json.get("integrator").get("actor").asString()).isEqualTo(AnalysisServiceToyTest.TOY);
    }

    @Test
    void badOrganizationIsA400() throws Exception {
        assertThat(get("/api/analysis?org=nobody").statusCode()).isEqualTo(400);
        HttpResponse<String> malformed = get("/api/analysis?org=a%20b");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("short id");
    }

    @Test
    void theSameAnalysisThroughTheSparqlEndpoint() {
        // --endpoint mode: the projections read over SPARQL HTTP give exactly the local numbers.
        AnalysisService service = new AnalysisService(QueryLibrary.load());
        GraphSource remote = GraphSource.remote("http://localhost:" + server.sparqlPort() + "/"
                + ServerSettings.DATASET_NAME + "/sparql");
        GraphSource local = server.context().getBean(GraphSource.class);
        AnalysisResult viaHttp = service.analyze(remote, "toy", s -> { });
        AnalysisResult inProcess = service.analyze(local, "toy", s -> { });
        assertThat(viaHttp.actors()).isEqualTo(inProcess.actors());
        assertThat(viaHttp.overlaps()).isEqualTo(inProcess.overlaps());
        assertThat(viaHttp.coherence()).isEqualTo(inProcess.coherence());
    }
}
