package org.khumkha.server;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The embedded Fuseki: {@code /khumkha/sparql} and {@code /khumkha/query} (SPARQL query, GET and POST),
 * {@code /khumkha/get} (graph store, read), and the write endpoints {@code /khumkha/update} (SPARQL update) and
 * {@code /khumkha/data} (graph store, read-write), which answer 401/403 to anyone the users file does not name.
 */
public final class SparqlEndpoint {
    private SparqlEndpoint() {}

    public static FusekiServer start(DatasetGraph dataset, ServerSettings settings) {
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        String name = "/" + ServerSettings.DATASET_NAME;
        AuthPolicy writers = settings.usersFile() == null ? Auth.DENY_ALL : Auth.ANY_USER;
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.sparqlPort())
                .enablePing(true)
                .add(name, dataset, false)
                .addEndpoint(name, "update", Operation.Update, writers)
                .addEndpoint(name, "data", Operation.GSP_RW, writers)
                .serverAuthPolicy(Auth.ANY_ANON)
                .enableCors(true);
        if (settings.usersFile() != null) {
            builder.auth(AuthScheme.BASIC).passwordFile(settings.usersFile().toString()).realm("Khumkha");
        }
        return builder.start();
    }
}
