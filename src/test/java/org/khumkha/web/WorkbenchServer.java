package org.khumkha.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.khumkha.graph.KnowledgeStore;
import org.khumkha.query.QueryLibrary;
import org.khumkha.scoring.ScoringService;
import org.khumkha.server.KhumkhaServer;
import org.khumkha.server.ServerSettings;
import org.khumkha.testing.CodiFixture;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real server ({@code serve}'s {@link KhumkhaServer}) on free ports over a fresh CODI store holding the illustrative
 * measurements, as a user sees it after the first start. {@link #shared()} is one server for the read-only page tests
 * of this JVM; a test that writes starts its own with {@link #start()}.
 */
final class WorkbenchServer implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static WorkbenchServer shared;

    private final KhumkhaServer server;
    private final KnowledgeStore store;

    private WorkbenchServer(KhumkhaServer server, KnowledgeStore store) {
        this.server = server;
        this.store = store;
    }

    static WorkbenchServer start() {
        KnowledgeStore store = CodiFixture.freshStore();
        new ScoringService(QueryLibrary.load()).importIllustrativeIfEmpty(store, Path.of(""), line -> { });
        KhumkhaServer server = KhumkhaServer.start(store,
                new ServerSettings(0, 0, null, ServerSettings.QUERY_TIMEOUT_DEFAULT, Path.of("")), line -> { });
        return new WorkbenchServer(server, store);
    }

    /**
     * A server over CODI's store plus a generated synthetic country ({@code generate --scale F --seed S}: areas and
     * area-level results of the organization {@code synthetic}), for the by-province page.
     */
    static WorkbenchServer startWithSyntheticCountry(double scale, long seed) {
        KnowledgeStore store = CodiFixture.freshStore();
        try {
            Path dir = java.nio.file.Files.createTempDirectory("khumkha-web-synthetic");
            new org.khumkha.scale.NationalGenerator(scale, seed, line -> { }).write(dir);
            new org.khumkha.graph.GraphLoader(Path.of(""), line -> { }).load(store, java.util.List.of(dir));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        new ScoringService(QueryLibrary.load()).importIllustrativeIfEmpty(store, Path.of(""), line -> { });
        KhumkhaServer server = KhumkhaServer.start(store,
                new ServerSettings(0, 0, null, ServerSettings.QUERY_TIMEOUT_DEFAULT, Path.of("")), line -> { });
        return new WorkbenchServer(server, store);
    }

    private static WorkbenchServer sharedSynthetic;

    /** One read-only server over CODI plus a synthetic country at F = 0.05 (4 provinces, 363 tambons), seed 7, per JVM. */
    static synchronized WorkbenchServer sharedSynthetic() {
        if (sharedSynthetic == null) {
            sharedSynthetic = startWithSyntheticCountry(0.05, 7);
            Runtime.getRuntime().addShutdownHook(new Thread(sharedSynthetic::close));
        }
        return sharedSynthetic;
    }

    static synchronized WorkbenchServer shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    String url(String path) {
        return "http://localhost:" + server.webPort() + path;
    }

    int sparqlPort() {
        return server.sparqlPort();
    }

    KnowledgeStore store() {
        return store;
    }

    HttpResponse<byte[]> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    JsonNode getJson(String path) throws Exception {
        HttpResponse<byte[]> r = get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError(path + " answered " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
        }
        return JSON.readTree(r.body());
    }

    @Override
    public void close() {
        server.close();
    }
}
