/**
 * The knowledge graph: the embedded TDB2 store, loading RDF files in one transaction, and SHACL validation.
 * Everything else in Khumkha reads the graph through {@link org.khumkha.graph.GraphSource}.
 */
package org.khumkha.graph;
