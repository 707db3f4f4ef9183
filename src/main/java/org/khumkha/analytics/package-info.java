/**
 * Graph analytics of an organization's ecosystem and result chain. {@link org.khumkha.analytics.AnalysisService} reads
 * the graph through a {@link org.khumkha.graph.GraphSource} (projections in {@code analytics.projection}), computes
 * ecosystem roles (JGraphT's centralities, {@code analytics.centrality}, {@code analytics.community}, Burt's and Gould
 * and Fernandez's measures in {@code analytics.brokerage}), agency overlap ({@code analytics.overlap}) and result-chain
 * coherence ({@code analytics.coherence}), and writes the result back into the named graph
 * {@code g:analysis/<orgId>} so that SPARQL can query it. {@link org.khumkha.analytics.AnalyzeCommand} and
 * {@link org.khumkha.analytics.AnalysisController} are the command-line and HTTP faces of the same service.
 */
package org.khumkha.analytics;
