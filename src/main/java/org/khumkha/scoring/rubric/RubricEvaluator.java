package org.khumkha.scoring.rubric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.khumkha.graph.Vocab;

/**
 * Evaluates a {@link Rubric} for one organization and fiscal year: every condition's ASK query runs with
 * {@code $org} (the organization's IRI), {@code $orgId} (its short id) and {@code $year} (the B.E. fiscal year)
 * bound, and its evidence SELECT gives the rows shown beside pass/fail. The level reached is the highest one whose
 * conditions, and all lower levels' conditions, hold; 0 when level 1 fails. A level with no condition holds.
 * Queries may use the prefixes of {@link Vocab#PREFIXES} (kk:, id:, g:, fw:, rdfs:, …) without declaring them.
 * Cost: one ASK and one SELECT per condition.
 */
public final class RubricEvaluator {
    /** At most this many evidence rows are shown per condition; the rest are counted. */
    public static final int EVIDENCE_ROWS_MAX = 40;
    /** An evidence query's column that, when present, is shown as the whole row. */
    public static final String EVIDENCE_COLUMN = "evidence";

    private static final String PREFIX_HEADER = prefixHeader();

    private final Rubric rubric;

    public RubricEvaluator(Rubric rubric) {
        this.rubric = Objects.requireNonNull(rubric, "rubric");
    }

    /** One condition's result. */
    public record ConditionResult(Rubric.Condition condition, int level, boolean passed, List<String> evidence) {}

    /** One level's result: every condition passed (or it has none). */
    public record LevelResult(Rubric.Level level, boolean passed, List<ConditionResult> conditions) {}

    /** The verdict: the level reached and every level's results. */
    public record Evaluation(int level, List<LevelResult> levels) {}

    public Evaluation evaluate(DatasetGraph data, String orgIri, String orgId, int year) {
        Map<Var, Node> bindings = bindings(orgIri, orgId, year);
        List<LevelResult> levels = new ArrayList<>();
        int reached = 0;
        boolean allBelowHeld = true;
        for (Rubric.Level level : rubric.levels()) {
            List<ConditionResult> results = new ArrayList<>();
            for (Rubric.Condition c : level.conditions()) {
                results.add(evaluate(data, level.level(), c, bindings));
            }
            boolean passed = results.stream().allMatch(ConditionResult::passed);
            levels.add(new LevelResult(level, passed, results));
            if (passed && allBelowHeld) {
                reached = level.level();
            } else {
                allBelowHeld = false;
            }
        }
        return new Evaluation(reached, levels);
    }

    private static ConditionResult evaluate(DatasetGraph data, int level, Rubric.Condition c, Map<Var, Node> bindings) {
        boolean passed;
        List<String> evidence = new ArrayList<>();
        try {
            Query ask = QueryTransformOps.syntaxSubstitute(parse(c.askQuery(), c, "kk:askQuery"), bindings);
            try (QueryExecution qe = QueryExecution.create().query(ask).dataset(org.apache.jena.query.DatasetFactory.wrap(data)).build()) {
                passed = qe.execAsk();
            }
        } catch (RuntimeException e) {
            return new ConditionResult(c, level, false, List.of("the ASK query failed: " + e.getMessage()));
        }
        if (c.evidenceQuery() != null && !c.evidenceQuery().isBlank()) {
            try {
                Query written = parse(c.evidenceQuery(), c, "kk:evidenceQuery");
                // substitution projects the bound variables too; show only the columns the analyst asked for
                List<String> columns = written.getResultVars().stream().filter(v -> !bindings.containsKey(Var.alloc(v))).toList();
                Query select = QueryTransformOps.syntaxSubstitute(written, bindings);
                try (QueryExecution qe = QueryExecution.create().query(select).dataset(org.apache.jena.query.DatasetFactory.wrap(data)).build()) {
                    ResultSet rows = qe.execSelect();
                    int n = 0;
                    while (rows.hasNext()) {
                        QuerySolution s = rows.next();
                        if (n++ < EVIDENCE_ROWS_MAX) {
                            evidence.add(row(s, columns.isEmpty() ? rows.getResultVars() : columns));
                        }
                    }
                    if (n > EVIDENCE_ROWS_MAX) {
                        evidence.add("… " + (n - EVIDENCE_ROWS_MAX) + " more rows");
                    }
                }
            } catch (RuntimeException e) {
                evidence.add("the evidence query failed: " + e.getMessage());
            }
        }
        return new ConditionResult(c, level, passed, evidence);
    }

    /** Parses every query of the rubric, naming the condition of the first that does not parse or is of the wrong form. */
    public static void checkQueries(Rubric rubric) {
        for (Rubric.Level level : rubric.levels()) {
            for (Rubric.Condition c : level.conditions()) {
                Query ask = parse(c.askQuery(), c, "kk:askQuery");
                if (!ask.isAskType()) {
                    throw new IllegalArgumentException("rubric condition " + c.iri() + ": kk:askQuery must be an ASK query");
                }
                if (c.evidenceQuery() != null && !c.evidenceQuery().isBlank() && !parse(c.evidenceQuery(), c, "kk:evidenceQuery").isSelectType()) {
                    throw new IllegalArgumentException("rubric condition " + c.iri() + ": kk:evidenceQuery must be a SELECT query");
                }
            }
        }
    }

    private static Query parse(String text, Rubric.Condition c, String property) {
        try {
            return QueryFactory.create(PREFIX_HEADER + text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("rubric condition " + c.iri() + ": its " + property + " does not parse: " + e.getMessage(), e);
        }
    }

    static Map<Var, Node> bindings(String orgIri, String orgId, int year) {
        Map<Var, Node> b = new LinkedHashMap<>();
        b.put(Var.alloc("org"), NodeFactory.createURI(orgIri));
        b.put(Var.alloc("orgId"), NodeFactory.createLiteralString(orgId));
        b.put(Var.alloc("year"), NodeFactory.createLiteralDT(Integer.toString(year), XSDDatatype.XSDinteger));
        return b;
    }

    private static String row(QuerySolution s, List<String> vars) {
        if (vars.contains(EVIDENCE_COLUMN) && s.contains(EVIDENCE_COLUMN)) {
            return show(s.get(EVIDENCE_COLUMN));
        }
        List<String> cells = new ArrayList<>();
        for (String v : vars) {
            if (s.contains(v)) {
                cells.add(v + " = " + show(s.get(v)));
            }
        }
        return String.join("; ", cells);
    }

    private static String show(RDFNode n) {
        if (n.isLiteral()) {
            return n.asLiteral().getLexicalForm();
        }
        if (n.isURIResource()) {
            return Vocab.PREFIXES.shortForm(n.asResource().getURI());
        }
        return n.toString();
    }

    private static String prefixHeader() {
        StringBuilder sb = new StringBuilder();
        Vocab.PREFIXES.getNsPrefixMap().forEach((p, iri) -> sb.append("PREFIX ").append(p).append(": <").append(iri).append(">\n"));
        return sb.toString();
    }
}
