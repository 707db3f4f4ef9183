/**
 * Structural-hole and brokerage measures that JGraphT does not ship, written as siblings of its
 * {@code org.jgrapht.alg.scoring} algorithms: Burt's constraint and effective size (Burt 1992; Borgatti 1997) and
 * Gould and Fernandez's brokerage roles (1989). Each class takes the graph in its constructor, computes lazily on the
 * first call and caches an unmodifiable result.
 */
package org.khumkha.analytics.brokerage;
