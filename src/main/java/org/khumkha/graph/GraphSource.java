package org.khumkha.graph;

import java.util.Objects;
import java.util.function.Function;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;

/**
 * Where read commands get their graph: the embedded store, or any SPARQL 1.1 query endpoint (a replicated Fuseki,
 * another triple store). Analytics, scoring and the query library read only through this, so the same code
 * runs against both.
 */
public abstract sealed class GraphSource permits GraphSource.Local, GraphSource.Remote {

    /** Reads from a dataset in this JVM. */
    public static GraphSource local(Dataset dataset) {
        return new Local(dataset);
    }

    /** Reads from a SPARQL query endpoint such as {@code http://host:3030/khumkha/sparql}. */
    public static GraphSource remote(String endpointUrl) {
        return new Remote(endpointUrl);
    }

    /** Runs a SELECT and returns every row, detached from any transaction or connection. */
    public ResultSetRewindable select(Query query) {
        return execute(query, qe -> ResultSetFactory.copyResults(qe.execSelect()));
    }

    public boolean ask(Query query) {
        return execute(query, QueryExecution::execAsk);
    }

    public Model construct(Query query) {
        return execute(query, qe -> query.isDescribeType() ? qe.execDescribe() : qe.execConstruct());
    }

    /** Runs any query with the execution handed to {@code reader}, which must consume the results before returning. */
    public abstract <T> T execute(Query query, Function<QueryExecution, T> reader);

    /** A short description for logs and error messages. */
    public abstract String describe();

    /** The local dataset, or null for a remote endpoint (writes need a local store). */
    public Dataset localDataset() {
        return null;
    }

    static final class Local extends GraphSource {
        private final Dataset dataset;

        Local(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
        }

        @Override
        public <T> T execute(Query query, Function<QueryExecution, T> reader) {
            if (dataset.isInTransaction()) {
                return run(query, reader);
            }
            return Txn.calculateRead(dataset, () -> run(query, reader));
        }

        private <T> T run(Query query, Function<QueryExecution, T> reader) {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                return reader.apply(qe);
            }
        }

        @Override
        public Dataset localDataset() {
            return dataset;
        }

        @Override
        public String describe() {
            return "embedded store";
        }
    }

    static final class Remote extends GraphSource {
        private final String endpoint;

        Remote(String endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            if (!endpoint.startsWith("http://") && !endpoint.startsWith("https://")) {
                throw new IllegalArgumentException("--endpoint must be an http(s) URL of a SPARQL query endpoint, got: " + endpoint);
            }
        }

        @Override
        public <T> T execute(Query query, Function<QueryExecution, T> reader) {
            try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(query).build()) {
                return reader.apply(qe);
            }
        }

        @Override
        public String describe() {
            return endpoint;
        }
    }

}
