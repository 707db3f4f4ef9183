package org.khumkha.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.khumkha.cli.ExitCodes;
import org.khumkha.cli.StoreOptions;
import org.khumkha.graph.GraphLoader;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.query.QueryLibrary;
import org.khumkha.scoring.ScoringService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", description = {
        "Start the web application and the SPARQL endpoint over the store, in one process.",
        "An empty store is first loaded with ontology/ and data/. Stops cleanly on SIGTERM (Ctrl-C)."})
public class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--port", defaultValue = "" + ServerSettings.WEB_PORT_DEFAULT,
            description = "web application port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--sparql-port", defaultValue = "" + ServerSettings.SPARQL_PORT_DEFAULT,
            description = "SPARQL endpoint port (default: ${DEFAULT-VALUE})")
    int sparqlPort;

    @Option(names = "--sparql-users", paramLabel = "FILE",
            description = "Jetty realm file of 'user: password' lines allowed to write through SPARQL update and the "
                    + "graph store protocol (default: $" + ServerSettings.USERS_ENV + "; none = writes refused)")
    Path usersFile;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "cancel SPARQL queries running longer than this (default: ${DEFAULT-VALUE})")
    long queryTimeoutSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        long start = System.nanoTime();
        var out = spec.commandLine().getOut();
        Path users = usersFile;
        if (users == null && System.getenv(ServerSettings.USERS_ENV) != null) {
            users = Path.of(System.getenv(ServerSettings.USERS_ENV));
        }
        ServerSettings settings = new ServerSettings(port, sparqlPort, users, Duration.ofSeconds(queryTimeoutSeconds), Path.of(""));
        KnowledgeStore store = storeOptions.openStore();
        try {
            prepare(store, settings, out::println);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        KhumkhaServer server = KhumkhaServer.start(store, settings, out::println);
        out.printf("ready in %.1f s (store: %s)%n", (System.nanoTime() - start) / 1e9, store.location());
        out.flush();
        server.awaitShutdown();
        return ExitCodes.OK;
    }

    /** First run: an empty store gets ontology/ and data/, so a new user sees CODI at once. */
    static void prepare(KnowledgeStore store, ServerSettings settings, java.util.function.Consumer<String> log) {
        if (store.isEmpty()) {
            log.accept("empty store: loading ontology/ and data/ …");
            new GraphLoader(settings.projectDirectory(), log).load(store,
                    GraphLoader.DEFAULT_SOURCES.stream().map(settings.projectDirectory()::resolve).toList());
        }
        // A new user sees a full scorecard at once: the illustrative (not real) measurements go into a store that has none.
        new ScoringService(QueryLibrary.load(settings.projectDirectory().resolve(QueryLibrary.DEFAULT_DIRECTORY)))
                .importIllustrativeIfEmpty(store, settings.projectDirectory(), log);
    }
}
