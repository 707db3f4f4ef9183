package org.khumkha.scoring.rubric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.khumkha.graph.GraphSource;
import org.khumkha.graph.Vocab;
import org.khumkha.query.QueryLibrary;

/**
 * Reads the rubric of an indicator ({@code kk:rubricFor}) through the named query {@code scoring-rubric}, and
 * checks that every condition's queries parse, so a broken rubric is reported when it is read, naming the
 * condition. When several rubrics score the indicator, the one asked for by IRI is used; without one, a rubric
 * that is not {@code kk:Modelled} (an official one an analyst loaded) is preferred to the modelled default.
 */
public final class RubricReader {
    /** The indicator the default rubric scores. */
    public static final String INDICATOR_DEFAULT = "3.1";

    private final QueryLibrary queries;

    public RubricReader(QueryLibrary queries) {
        this.queries = Objects.requireNonNull(queries, "queries");
    }

    /**
     * @param rubricIri the rubric to use, or null to choose as described above
     * @return the rubric, or empty when the store has none for the indicator
     */
    public Optional<Rubric> read(GraphSource source, String indicatorCode, String rubricIri) {
        ResultSetRewindable rows = source.select(queries.get("scoring-rubric").bind(Map.of("indicatorCode", indicatorCode)));
        Map<String, RubricBuilder> rubrics = new LinkedHashMap<>();
        while (rows.hasNext()) {
            QuerySolution s = rows.next();
            String iri = uri(s, "rubric");
            RubricBuilder b = rubrics.computeIfAbsent(iri, i -> new RubricBuilder(i, uri(s, "graph"), text(s, "rubricLabelTh"),
                    text(s, "rubricLabelEn"), (Vocab.KK + "Modelled").equals(uri(s, "provenance"))));
            String levelIri = s.get("levelNode").toString();
            int level = Integer.parseInt(text(s, "level").strip());
            LevelBuilder lb = b.levels.computeIfAbsent(levelIri, l -> new LevelBuilder(l, level, text(s, "levelLabelTh"), text(s, "levelLabelEn")));
            String condition = uri(s, "condition");
            if (condition != null && lb.conditions.stream().noneMatch(c -> c.iri().equals(condition))) {
                String code = text(s, "conditionCode");
                lb.conditions.add(new Rubric.Condition(condition, code != null ? code : localName(condition), text(s, "conditionLabelTh"),
                        text(s, "conditionLabelEn"), text(s, "askQuery"), text(s, "evidenceQuery")));
            }
        }
        if (rubrics.isEmpty()) {
            if (rubricIri != null) {
                throw new IllegalArgumentException("no rubric " + rubricIri + " for indicator " + indicatorCode + " in the store");
            }
            return Optional.empty();
        }
        RubricBuilder chosen;
        if (rubricIri != null) {
            chosen = rubrics.get(rubricIri);
            if (chosen == null) {
                throw new IllegalArgumentException("no rubric " + rubricIri + " for indicator " + indicatorCode
                        + " (there are: " + String.join(", ", rubrics.keySet()) + ")");
            }
        } else {
            chosen = rubrics.values().stream().filter(r -> !r.modelled).findFirst().orElse(rubrics.values().iterator().next());
        }
        Rubric rubric = chosen.build();
        RubricEvaluator.checkQueries(rubric);
        return Optional.of(rubric);
    }

    private static final class RubricBuilder {
        final String iri;
        final String graph;
        final String label;
        final String labelEn;
        final boolean modelled;
        final Map<String, LevelBuilder> levels = new LinkedHashMap<>();

        RubricBuilder(String iri, String graph, String label, String labelEn, boolean modelled) {
            this.iri = iri;
            this.graph = graph;
            this.label = label;
            this.labelEn = labelEn;
            this.modelled = modelled;
        }

        Rubric build() {
            List<Rubric.Level> built = new ArrayList<>();
            levels.values().stream().sorted((a, b) -> Integer.compare(a.level, b.level))
                    .forEach(l -> built.add(new Rubric.Level(l.iri, l.level, l.label, l.labelEn, l.conditions)));
            for (int i = 0; i < built.size(); i++) {
                if (built.get(i).level() != i + 1) {
                    throw new IllegalArgumentException("rubric " + iri + ": levels must run 1, 2, 3 … without gaps or repeats, got "
                            + built.stream().map(Rubric.Level::level).toList());
                }
            }
            return new Rubric(iri, graph, label, labelEn, modelled, built);
        }
    }

    private static final class LevelBuilder {
        final String iri;
        final int level;
        final String label;
        final String labelEn;
        final List<Rubric.Condition> conditions = new ArrayList<>();

        LevelBuilder(String iri, int level, String label, String labelEn) {
            this.iri = iri;
            this.level = level;
            this.label = label;
            this.labelEn = labelEn;
        }
    }

    private static String uri(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n != null && n.isURIResource() ? n.asResource().getURI() : null;
    }

    private static String text(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static String localName(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(i + 1);
    }
}
