package org.khumkha.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khumkha.cli.KhumkhaCommand;
import org.khumkha.graph.GraphSource;
import org.khumkha.testing.CodiFixture;
import org.khumkha.testing.Rows;

/**
 * The same named query gives the same rows locally and through {@code --endpoint}: a plain Fuseki, started
 * separately on a free port and holding a copy of CODI's data, stands in for a replicated store.
 */
class RemoteEndpointTest {
    private static FusekiServer fuseki;
    private static String endpoint;

    @BeforeAll
    static void startSeparateFuseki() {
        Dataset local = CodiFixture.store().dataset();
        // A TDB2 dataset configured as an operator would configure a replica (tdb2:unionDefaultGraph true).
        Dataset remote = TDB2Factory.createDataset();
        remote.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeRead(local, () -> Txn.executeWrite(remote,
                () -> local.asDatasetGraph().find().forEachRemaining(remote.asDatasetGraph()::add)));
        fuseki = FusekiServer.create().port(0).add("/replica", remote, false).start();
        endpoint = "http://localhost:" + fuseki.getHttpPort() + "/replica/sparql";
    }

    @AfterAll
    static void stop() {
        fuseki.stop();
    }

    @Test
    void everyNamedQueryGivesTheSameRowsLocallyAndRemotely() {
        GraphSource local = CodiFixture.store().source();
        GraphSource remote = GraphSource.remote(endpoint);
        for (NamedQuery q : Rows.library().all()) {
            if (!q.bind(Map.of()).isSelectType()) {
                assertThat(remote.construct(q.bind(Map.of())).size()).as(q.name())
                        .isEqualTo(local.construct(q.bind(Map.of())).size()).isPositive();
                continue;
            }
            List<Map<String, String>> here = normalized(Rows.of(local, q.name()));
            List<Map<String, String>> there = normalized(Rows.of(remote, q.name()));
            assertThat(there).as(q.name()).containsExactlyInAnyOrderElementsOf(here);
        }
    }

    /** GROUP_CONCAT has no defined order, so lists inside a value are compared as sorted words. */
    private static List<Map<String, String>> normalized(List<Map<String, String>> rows) {
        return rows.stream().map(row -> {
            Map<String, String> copy = new java.util.TreeMap<>();
            row.forEach((k, v) -> copy.put(k, v == null ? null
                    : java.util.Arrays.stream(v.split("[ ,]+")).sorted().collect(java.util.stream.Collectors.joining(" "))));
            return copy;
        }).toList();
    }

    @Test
    void theQueryCommandReadsFromAnEndpoint() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = KhumkhaCommand.run("query", "overlapping-agencies", "--endpoint", endpoint, "--format", "csv");
        } finally {
            System.setOut(original);
        }
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("กระทรวงมหาดไทย").contains("องค์กรปกครองส่วนท้องถิ่น");
    }
}
