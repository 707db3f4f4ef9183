package org.khumkha.analytics;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Consumer;

import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.khumkha.graph.GraphSource;

/**
 * Analyses kept per organization for as long as the store they came from is unchanged. A local TDB2 store's state is
 * the number of write transactions its coordinator has begun: an analysis made while no write was active is reused until
 * another write begins. An endpoint's state is unknown: nothing is cached for it. Thread-safe.
 */
public final class AnalysisCache {
    private record Entry(long storeState, AnalysisResult result) {}

    private final AnalysisService service;
    private final Map<String, Entry> entries = new HashMap<>();

    public AnalysisCache(AnalysisService service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    /** The cached analysis if the store has not changed since, else a fresh one. */
    public AnalysisResult analyze(GraphSource source, String orgId, Consumer<String> progress) {
        OptionalLong before = storeState(source);
        if (before.isPresent()) {
            synchronized (this) {
                Entry e = entries.get(orgId);
                if (e != null && e.storeState() == before.getAsLong()) {
                    return e.result();
                }
            }
        }
        AnalysisResult result = service.analyze(source, orgId, progress);
        OptionalLong after = storeState(source);
        if (before.isPresent() && after.isPresent() && before.getAsLong() == after.getAsLong()) {
            synchronized (this) {
                entries.put(orgId, new Entry(before.getAsLong(), result));
            }
        }
        return result;
    }

    /** Write transactions begun so far, when the source is a local TDB2 store with no write under way. */
    static OptionalLong storeState(GraphSource source) {
        Dataset dataset = source.localDataset();
        if (dataset == null || !TDBInternal.isTDB2(dataset.asDatasetGraph())) {
            return OptionalLong.empty();
        }
        var coordinator = TDBInternal.getTransactionCoordinator(dataset.asDatasetGraph());
        if (coordinator.countActiveWriter() > 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(coordinator.countBeginWrite());
    }
}
