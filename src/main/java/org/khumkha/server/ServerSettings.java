package org.khumkha.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@code serve} is configured.
 *
 * @param webPort        the web application's port (0 = any free port)
 * @param sparqlPort     Fuseki's port (0 = any free port)
 * @param usersFile      Jetty realm file ({@code user: password}) of the accounts allowed to write through SPARQL
 *                       update and the graph store protocol; null = every write is refused
 * @param queryTimeout   SPARQL queries running longer are cancelled
 * @param projectDirectory where ontology/, data/ and queries/ are
 */
public record ServerSettings(int webPort, int sparqlPort, Path usersFile, Duration queryTimeout, Path projectDirectory) {
    public static final int WEB_PORT_DEFAULT = 8080;
    public static final int SPARQL_PORT_DEFAULT = 3030;
    public static final Duration QUERY_TIMEOUT_DEFAULT = Duration.ofSeconds(30);
    /** The dataset's name on the endpoint: {@code http://host:3030/khumkha/sparql}. */
    public static final String DATASET_NAME = "khumkha";
    /** Environment variable naming the users file when {@code --sparql-users} is not given. */
    public static final String USERS_ENV = "KHUMKHA_SPARQL_USERS";

    public ServerSettings {
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        Objects.requireNonNull(projectDirectory, "projectDirectory");
        checkPort("--port", webPort);
        checkPort("--sparql-port", sparqlPort);
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("--query-timeout must be positive, got " + queryTimeout);
        }
        if (usersFile != null && !Files.isReadable(usersFile)) {
            throw new IllegalArgumentException("--sparql-users: cannot read " + usersFile);
        }
        if (webPort != 0 && webPort == sparqlPort) {
            throw new IllegalArgumentException("--port and --sparql-port must differ (both " + webPort + ")");
        }
    }

    private static void checkPort(String option, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(option + " must be 0-65535, got " + port);
        }
    }
}
