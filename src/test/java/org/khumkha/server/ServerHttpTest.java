package org.khumkha.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khumkha.testing.CodiFixture;

/** The started server over real HTTP: the SPARQL endpoint's formats, errors, write protection and timeout, and the query API. */
class ServerHttpTest {
    private static final String QUERY_ALL_LEAVES = """
            PREFIX kk: <https://w3id.org/khumkha#>
            SELECT ?code ?w WHERE { ?i kk:inFramework ?f ; kk:code ?code ; kk:weight ?w FILTER NOT EXISTS { ?c kk:parent ?i } }
            ORDER BY ?code""";
    private static final String CONSTRUCT_PLANS = """
            PREFIX kk: <https://w3id.org/khumkha#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p a kk:Plan ; rdfs:label ?l }""";

    private static KhumkhaServer server;
    private static String sparql;
    private static String web;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        Path users = CodiFixture.tempDirectory().resolve("users.properties");
        Files.writeString(users, "analyst: s3cret-for-tests\n");
        ServerSettings settings = new ServerSettings(0, 0, users, Duration.ofSeconds(2), Path.of(""));
        server = KhumkhaServer.start(CodiFixture.freshStore(), settings, line -> { });
        sparql = "http://localhost:" + server.sparqlPort() + "/khumkha";
        web = "http://localhost:" + server.webPort();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void selectAnswersInJsonXmlCsvAndTsv() throws Exception {
        var json = get(sparql + "/sparql?query=" + enc(QUERY_ALL_LEAVES), "application/sparql-results+json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"2.1.1\"").contains("\"bindings\"");
        var xml = get(sparql + "/sparql?query=" + enc(QUERY_ALL_LEAVES), "application/sparql-results+xml");
        assertThat(xml.body()).contains("<literal>4.4</literal>");
        var csv = get(sparql + "/sparql?query=" + enc(QUERY_ALL_LEAVES), "text/csv");
        assertThat(csv.body().lines()).hasSize(14).first().isEqualTo("code,w");
        var tsv = get(sparql + "/sparql?query=" + enc(QUERY_ALL_LEAVES), "text/tab-separated-values");
        assertThat(tsv.body()).startsWith("?code\t?w");
    }

    @Test
    void selectByPostAndConstructAsTurtleAndJsonLd() throws Exception {
        var post = send(HttpRequest.newBuilder(URI.create(sparql + "/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(QUERY_ALL_LEAVES)).build());
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.body()).contains("3.1,20");
        var turtle = get(sparql + "/sparql?query=" + enc(CONSTRUCT_PLANS), "text/turtle");
        assertThat(turtle.body()).contains("plan-h").contains("@th");
        var jsonld = get(sparql + "/sparql?query=" + enc(CONSTRUCT_PLANS), "application/ld+json");
        assertThat(jsonld.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("ld+json"));
        assertThat(jsonld.body()).contains("plan-h");
    }

    @Test
    void graphStoreReadGivesANamedGraph() throws Exception {
        var r = get(sparql + "/get?graph=" + enc("https://w3id.org/khumkha/graph/codi/attachment-7"), "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("overlap-msdhs");
    }

    @Test
    void aMalformedQueryAnswers400WithTheParserMessage() throws Exception {
        var r = get(sparql + "/sparql?query=" + enc("SELECT ?x WHERE { ?x ?y }"), "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).containsIgnoringCase("line 1");
    }

    @Test
    void anonymousWritesAreRefusedAndAuthenticatedOnesAccepted() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:test:written> { <urn:test:s> <urn:test:p> \"written\" } }";
        var anonymous = send(HttpRequest.newBuilder(URI.create(sparql + "/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update)).build());
        assertThat(anonymous.statusCode()).isIn(401, 403);
        var anonymousPut = send(HttpRequest.newBuilder(URI.create(sparql + "/data?graph=" + enc("urn:test:put")))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
        assertThat(anonymousPut.statusCode()).isIn(401, 403);
        var anonymousDelete = send(HttpRequest.newBuilder(URI.create(sparql + "/data?graph=" + enc("https://w3id.org/khumkha/graph/codi/mou")))
                .DELETE().build());
        assertThat(anonymousDelete.statusCode()).isIn(401, 403);
        var readOnlyPut = send(HttpRequest.newBuilder(URI.create(sparql + "/get?graph=" + enc("urn:test:put")))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
        assertThat(readOnlyPut.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(count("urn:test:put")).isZero();

        String login = "Basic " + Base64.getEncoder().encodeToString("analyst:s3cret-for-tests".getBytes(StandardCharsets.UTF_8));
        var authenticated = send(HttpRequest.newBuilder(URI.create(sparql + "/update")).header("Authorization", login)
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update)).build());
        assertThat(authenticated.statusCode()).isBetween(200, 204);
        assertThat(count("urn:test:written")).isEqualTo(1);
    }

    @Test
    void aQueryRunningPastTheTimeoutIsCancelled() throws Exception {
        // Four-way cross product of ~5,000 triples: far beyond the 2 s this server allows.
        String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        var r = get(sparql + "/sparql?query=" + enc(slow), "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(503);
    }

    @Test
    void theQueryApiListsAndRunsTheNamedQueries() throws Exception {
        var list = get(web + "/api/queries", "application/json");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"name\":\"evaluation-matrix\"").contains("\"titleTh\"").contains("\"parameters\"");
        var json = send(HttpRequest.newBuilder(URI.create(web + "/api/queries/overlapping-agencies"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"orgId\":\"codi\"}")).build());
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("กระทรวงมหาดไทย");
        var csv = send(HttpRequest.newBuilder(URI.create(web + "/api/queries/evaluation-matrix?format=csv"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(csv.body().lines()).hasSize(14);
        var unknownParam = send(HttpRequest.newBuilder(URI.create(web + "/api/queries/evaluation-matrix"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"nope\":\"1\"}")).build());
        assertThat(unknownParam.statusCode()).isEqualTo(400);
        assertThat(unknownParam.body()).contains("has no parameter 'nope'");
        var unknownQuery = send(HttpRequest.newBuilder(URI.create(web + "/api/queries/no-such-query"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(unknownQuery.statusCode()).isEqualTo(404);
    }

    @Test
    void aParameterCarryingSparqlCannotChangeTheQuery() throws Exception {
        String attack = "codi\" } } ; DROP ALL ; SELECT * { ?s ?p ?o } #";
        var r = send(HttpRequest.newBuilder(URI.create(web + "/api/queries/overlapping-agencies"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"orgId\":" + jsonString(attack) + "}")).build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"bindings\"").doesNotContain("กระทรวงมหาดไทย");
        assertThat(count("https://w3id.org/khumkha/graph/codi/attachment-7")).isPositive();
    }

    private static long count(String graph) throws Exception {
        var r = get(sparql + "/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }"), "text/csv");
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().trim());
    }

    private static HttpResponse<String> get(String url, String accept) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
