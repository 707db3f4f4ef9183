/**
 * {@code serve}: one process running the Spring web application and an embedded Fuseki SPARQL endpoint on the
 * same TDB2 store. Reads are open; writes need credentials the operator configures.
 */
package org.khumkha.server;
