package org.khumkha.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.khumkha.graph.GraphSource;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.query.QueryLibrary;

class AnalysisCacheTest {

    @Test
    void reusedUntilTheStoreIsWritten() {
        try (KnowledgeStore store = AnalysisServiceToyTest.toyStore()) {
            AnalysisService service = new AnalysisService(QueryLibrary.load());
            AnalysisCache cache = new AnalysisCache(service);
            AnalysisResult first = cache.analyze(store.source(), "toy", s -> { });
            assertThat(cache.analyze(store.source(), "toy", s -> { })).isSameAs(first);
            service.writeBack(store, "toy", first); // a write transaction: the store has changed
            AnalysisResult after = cache.analyze(store.source(), "toy", s -> { });
            assertThat(after).isNotSameAs(first);
            assertThat(cache.analyze(store.source(), "toy", s -> { })).isSameAs(after);
        }
    }

    @Test
    void anEndpointIsNeverCached() {
        assertThat(AnalysisCache.storeState(GraphSource.remote("http://localhost:1/none/sparql"))).isEmpty();
    }
}
