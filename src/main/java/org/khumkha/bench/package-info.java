/**
 * {@code bench}: Khumkha's benchmarks at national scale, run as a command (not as timed tests). It generates the
 * synthetic dataset, loads it with {@code load} and, in the same run and on the same files, with Jena's own
 * {@code tdb2.tdbloader --loader=phased}, then times every named query embedded and over HTTP, scoring, the network
 * analytics and SHACL validation, and writes a Markdown and a CSV report with the machine's description.
 */
package org.khumkha.bench;
