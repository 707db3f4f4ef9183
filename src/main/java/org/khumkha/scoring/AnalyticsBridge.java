package org.khumkha.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.khumkha.analytics.AnalysisCache;
import org.khumkha.analytics.AnalysisResult;
import org.khumkha.analytics.AnalysisService;
import org.khumkha.analytics.projection.NamedNode;
import org.khumkha.graph.GraphSource;
import org.khumkha.query.QueryLibrary;

/**
 * What scoring takes from the graph analytics ({@link AnalysisService}): the coverages behind 1.1 and 1.2 and the
 * analysis graph the rubric's network conditions read. The analysis is never written here; it is kept per
 * organization for as long as the local store is unchanged ({@link AnalysisCache}), so that scoring again — another
 * year, a what-if, the next page view — costs the scoring queries only, not a network analysis of thousands of actors.
 */
final class AnalyticsBridge {
    private final AnalysisCache analysis;
    /** The RDF of the last analysis per organization: 200,000 triples for a national ecosystem, built once per analysis. */
    private final java.util.Map<String, java.util.Map.Entry<AnalysisResult, Graph>> graphs = new java.util.concurrent.ConcurrentHashMap<>();

    AnalyticsBridge(QueryLibrary queries) {
        this.analysis = new AnalysisCache(new AnalysisService(Objects.requireNonNull(queries, "queries")));
    }

    /**
     * The figures, or why there are none.
     *
     * @param objectiveCoverage % of establishment objectives served by a complete result chain (1.1)
     * @param strategyCoverage  % of claimed national-strategy items reached by a complete chain (1.2)
     * @param graphName         {@code g:analysis/<orgId>}
     * @param graph             the analysis as RDF, to add to the rubric's view
     * @param failure           why the analysis could not run, or null
     */
    record Figures(BigDecimal objectiveCoverage, String objectiveTrace, BigDecimal strategyCoverage, String strategyTrace,
                   Node graphName, Graph graph, String failure) {}

    Figures analyze(GraphSource source, String orgId, Consumer<String> progress) {
        AnalysisResult result;
        try {
            result = analysis.analyze(source, orgId, progress);
        } catch (RuntimeException e) {
            return new Figures(null, null, null, null, AnalysisService.analysisGraphName(orgId), null,
                    "the graph analysis failed: " + e.getMessage());
        }
        var c = result.coherence();
        String objectives = "objective coverage (result-chain analysis): " + covered(c.objectivesCovered()) + " of "
                + (c.objectivesCovered().size() + c.objectivesMissed().size()) + " establishment objectives served by a complete chain"
                + (c.objectivesMissed().isEmpty() ? "" : "; not served: " + names(c.objectivesMissed()))
                + " = " + ThresholdScale.plain(BigDecimal.valueOf(c.objectiveCoverage())) + " %";
        String strategies = "strategy coverage (result-chain analysis): " + covered(c.strategyItemsReached()) + " of "
                + c.strategyItemsClaimed().size() + " claimed national-strategy items reached by a complete chain"
                + (c.strategyItemsMissed().isEmpty() ? "" : "; not reached: " + names(c.strategyItemsMissed()))
                + " = " + ThresholdScale.plain(BigDecimal.valueOf(c.strategyCoverage())) + " %";
        return new Figures(BigDecimal.valueOf(c.objectiveCoverage()), objectives, BigDecimal.valueOf(c.strategyCoverage()), strategies,
                AnalysisService.analysisGraphName(orgId), graphOf(orgId, result), null);
    }

    private Graph graphOf(String orgId, AnalysisResult result) {
        var last = graphs.get(orgId);
        if (last != null && last.getKey() == result) {
            return last.getValue();
        }
        Graph g = AnalysisService.analysisGraph(result);
        graphs.put(orgId, java.util.Map.entry(result, g));
        return g;
    }

    private static String covered(List<NamedNode> nodes) {
        return Integer.toString(nodes.size());
    }

    private static String names(List<NamedNode> nodes) {
        return String.join(", ", nodes.stream().map(n -> org.khumkha.graph.Vocab.PREFIXES.shortForm(n.id())).toList());
    }
}
