package org.khumkha.scoring.rubric;

import java.util.List;

/**
 * A rubric stored as data (RDF): levels 1-5, each with conditions written as SPARQL ASK queries and an evidence
 * SELECT each. An analyst replaces it by loading another graph; no Java changes.
 *
 * @param iri      the rubric ({@code kk:Rubric})
 * @param graph    the named graph it was read from
 * @param modelled whether its graph's provenance is kk:Modelled (not an official OPDC text)
 */
public record Rubric(String iri, String graph, String label, String labelEn, boolean modelled, List<Level> levels) {
    public Rubric {
        levels = List.copyOf(levels);
    }

    /** One level and its conditions. */
    public record Level(String iri, int level, String label, String labelEn, List<Condition> conditions) {
        public Level {
            conditions = List.copyOf(conditions);
        }
    }

    /**
     * One condition.
     *
     * @param id            its code ({@code L2.overlap-rationale}), or the IRI's local name
     * @param askQuery      SPARQL ASK; {@code $org}, {@code $orgId} and {@code $year} are bound before it runs
     * @param evidenceQuery SPARQL SELECT giving the evidence rows, or null
     */
    public record Condition(String iri, String id, String label, String labelEn, String askQuery, String evidenceQuery) {}
}
