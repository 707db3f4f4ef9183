/** Community detection on the ecosystem graph, on top of JGraphT's {@code org.jgrapht.alg.clustering}. */
package org.khumkha.analytics.community;
