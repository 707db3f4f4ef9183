/**
 * Coherence of the organization's result chain with its mandate and with the national strategy: the measures behind
 * indicators 1.1 (objective coverage) and 1.2 (strategy coverage) and the rubric of 3.1, computed on the result-chain
 * DAG projected from the graph.
 */
package org.khumkha.analytics.coherence;
