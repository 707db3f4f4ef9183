/**
 * The analysts' query library: named SPARQL queries read from {@code queries/*.rq} with their header comments,
 * parameters bound as RDF terms (never spliced into text), and results written as a table, CSV or JSON.
 */
package org.khumkha.query;
