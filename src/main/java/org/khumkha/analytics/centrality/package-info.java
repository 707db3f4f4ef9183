/**
 * Centrality measures that complement JGraphT's {@code org.jgrapht.alg.scoring}: a pivot-sampled estimate of
 * betweenness for graphs too large for the exact algorithm, and closeness that stays meaningful on disconnected
 * graphs. Same contract as JGraphT's scorers: graph in the constructor, lazy computation, cached unmodifiable scores.
 */
package org.khumkha.analytics.centrality;
