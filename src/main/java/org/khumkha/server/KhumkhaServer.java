package org.khumkha.server;

import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.apache.jena.fuseki.main.FusekiServer;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.query.QueryLibrary;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Starts the web application and the SPARQL endpoint over one store, in this process. Both run on Jetty:
 * Spring's embedded Jetty for the pages and the API, Fuseki's for SPARQL.
 */
public final class KhumkhaServer implements AutoCloseable {
    private final ConfigurableApplicationContext context;
    private final FusekiServer fuseki;
    private final KnowledgeStore store;

    private KhumkhaServer(ConfigurableApplicationContext context, FusekiServer fuseki, KnowledgeStore store) {
        this.context = context;
        this.fuseki = fuseki;
        this.store = store;
    }

    /**
     * Starts both servers over {@code store}, which this server then owns and closes.
     *
     * @param log receives the startup lines a person reads (URLs)
     */
    public static KhumkhaServer start(KnowledgeStore store, ServerSettings settings, Consumer<String> log) {
        Objects.requireNonNull(store, "store");
        FusekiServer fuseki = SparqlEndpoint.start(store.dataset().asDatasetGraph(), settings);
        String sparqlBase = "http://localhost:" + fuseki.getHttpPort() + "/" + ServerSettings.DATASET_NAME;
        EndpointInfo endpoint = new EndpointInfo(sparqlBase + "/sparql", sparqlBase + "/get", sparqlBase + "/update",
                settings.usersFile() != null);
        ConfigurableApplicationContext context;
        try {
            QueryLibrary queries = QueryLibrary.load(settings.projectDirectory().resolve(QueryLibrary.DEFAULT_DIRECTORY));
            context = new SpringApplicationBuilder(KhumkhaWebApplication.class)
                    .bannerMode(Banner.Mode.OFF)
                    .properties(Map.of(
                            "server.port", Integer.toString(settings.webPort()),
                            // Operators read Khumkha's own startup lines and Fuseki's request log, not Jetty's internals.
                            "logging.level.org.eclipse.jetty", "WARN",
                            "logging.level.org.springframework", "WARN",
                            "logging.level.org.khumkha", "INFO",
                            "spring.main.register-shutdown-hook", "true",
                            // Controllers are built on their first request: serve is ready sooner.
                            "spring.main.lazy-initialization", "true",
                            "spring.servlet.multipart.max-file-size", "20MB",
                            "spring.servlet.multipart.max-request-size", "20MB"))
                    .initializers(ctx -> {
                        var beans = ctx.getBeanFactory();
                        beans.registerSingleton("knowledgeStore", store);
                        beans.registerSingleton("graphSource", store.source());
                        beans.registerSingleton("queryLibrary", queries);
                        beans.registerSingleton("serverSettings", settings);
                        beans.registerSingleton("endpointInfo", endpoint);
                    })
                    .run();
        } catch (RuntimeException e) {
            fuseki.stop();
            throw e;
        }
        KhumkhaServer server = new KhumkhaServer(context, fuseki, store);
        // SIGTERM closes the Spring context through its shutdown hook; Fuseki and the store follow it.
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                server.stopEndpointAndStore();
            }
        });
        log.accept("web application: http://localhost:" + server.webPort() + "/");
        log.accept("SPARQL endpoint: " + endpoint.query() + " (graph store read: " + endpoint.graphStore() + ")");
        log.accept(settings.usersFile() == null
                ? "SPARQL writes (" + endpoint.update() + ") are refused: no --sparql-users file configured"
                : "SPARQL writes (" + endpoint.update() + ") need a login from " + settings.usersFile());
        return server;
    }

    public int webPort() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public int sparqlPort() {
        return fuseki.getHttpPort();
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    /** Blocks until the server stops (SIGTERM, or {@link #close()} from another thread). */
    public void awaitShutdown() throws InterruptedException {
        while (context.isActive()) {
            Thread.sleep(250);
        }
    }

    private boolean stopped;

    private synchronized void stopEndpointAndStore() {
        if (stopped) {
            return;
        }
        stopped = true;
        fuseki.stop();
        store.close();
    }

    @Override
    public void close() {
        context.close();
        stopEndpointAndStore();
    }

    /** Where the SPARQL endpoint is, for pages and logs. */
    public record EndpointInfo(String query, String graphStore, String update, boolean writesEnabled) {}

}
