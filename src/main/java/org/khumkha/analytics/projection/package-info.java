/**
 * Projections of the knowledge graph onto JGraphT graphs, each read by a named SPARQL query of {@code queries/}
 * ({@code analysis-*.rq}) through a {@link org.khumkha.graph.GraphSource}: the ecosystem actor graph (typed, weighted
 * relations), the bipartite actor–function/target-group graph, and the result-chain graph with the strategy links.
 * A projection holds plain records; graphs are built from them on request.
 */
package org.khumkha.analytics.projection;
