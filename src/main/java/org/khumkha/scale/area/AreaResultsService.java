package org.khumkha.scale.area;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.khumkha.graph.GraphSource;
import org.khumkha.query.QueryLibrary;

/**
 * An organization's area-level results for one indicator and fiscal year, read through
 * {@code queries/area-results.rq} and rolled up the tree of {@code queries/area-tree.rq} by {@link AreaRollUp}. The
 * tree is read once per service (it changes only when areas are loaded). Reads only.
 */
public final class AreaResultsService {
    /** The named query that gives the results. */
    public static final String RESULTS_QUERY = "area-results";
    /** The named query that gives an indicator's formula multiplier and unit. */
    public static final String FORMULA_QUERY = "area-formula";

    private final QueryLibrary queries;
    private AreaTree tree;

    public AreaResultsService(QueryLibrary queries) {
        this.queries = Objects.requireNonNull(queries, "queries");
    }

    /** One indicator in one year, rolled up: the roll-up and the formula's multiplier (1 when the formula has none). */
    public record IndicatorRollUp(String orgId, String code, int fiscalYear, BigDecimal multiplier, AreaRollUp rollUp) {
        /** The value at every area of a level, by code (null where the denominator sums to 0). */
        public List<Row> atLevel(AreaLevel level) {
            return rollUp.atLevel(level).stream().map(t -> new Row(t, t.value(multiplier))).toList();
        }
    }

    /** One area's sums and value. */
    public record Row(AreaTotals totals, BigDecimal value) {}

    /** The tree, read on first use. */
    public synchronized AreaTree tree(GraphSource source) {
        if (tree == null) {
            tree = AreaTree.read(source, queries);
        }
        return tree;
    }

    /**
     * Reads and rolls up one indicator's results.
     *
     * @throws IllegalArgumentException when no result exists for it (naming what was asked)
     */
    public IndicatorRollUp rollUp(GraphSource source, String orgId, String code, int fiscalYear) {
        return rollUp(source, orgId, code, fiscalYear, List.of());
    }

    /**
     * Reads one indicator's stored results and rolls them up with {@code replacing} in their place: a stored result in
     * an area that {@code replacing} gives a result for is left out (as {@code import} would replace it), so a
     * measurement file scored without being stored ({@code score --measurements}) counts the same way as once imported.
     *
     * @throws IllegalArgumentException when no result exists for it (naming what was asked)
     */
    public IndicatorRollUp rollUp(GraphSource source, String orgId, String code, int fiscalYear, List<AreaObservation> replacing) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(replacing, "replacing");
        ResultSetRewindable rows = source.select(queries.get(RESULTS_QUERY).bind(Map.of("orgId", orgId, "code", code,
                "fiscalYear", Integer.toString(fiscalYear))));
        java.util.Set<String> replaced = new java.util.HashSet<>();
        replacing.forEach(o -> replaced.add(o.area()));
        List<AreaObservation> observations = new ArrayList<>();
        while (rows.hasNext()) {
            QuerySolution s = rows.next();
            String area = s.getResource("area").getURI();
            if (!replaced.contains(area)) {
                observations.add(new AreaObservation(area, decimal(s.get("numerator")),
                        s.contains("denominator") ? decimal(s.get("denominator")) : null));
            }
        }
        observations.addAll(replacing);
        BigDecimal multiplier = formula(source, orgId, code).multiplier();
        if (observations.isEmpty()) {
            throw new IllegalArgumentException("no area-level results for indicator " + code + " of '" + orgId + "' in fiscal year "
                    + fiscalYear + " in " + source.describe());
        }
        return new IndicatorRollUp(orgId, code, fiscalYear, multiplier, new AreaRollUp(tree(source), observations));
    }

    /** An indicator's formula: its multiplier (1 when the formula has none) and its unit's IRI (null when unstated). */
    public record Formula(String indicator, BigDecimal multiplier, String unit) {}

    /** The formula of an organization's indicator, by code; multiplier 1 and no unit when the store does not say. */
    public Formula formula(GraphSource source, String orgId, String code) {
        ResultSetRewindable rows = source.select(queries.get(FORMULA_QUERY).bind(Map.of("orgId", orgId, "code", code)));
        if (!rows.hasNext()) {
            return new Formula(null, BigDecimal.ONE, null);
        }
        QuerySolution s = rows.next();
        return new Formula(s.getResource("indicator").getURI(), s.contains("multiplier") ? decimal(s.get("multiplier")) : BigDecimal.ONE,
                s.contains("unit") && s.get("unit").isURIResource() ? s.getResource("unit").getURI() : null);
    }

    /** The provenance kinds of an indicator's stored results in a year ({@code queries/area-provenance.rq}), as IRIs. */
    public java.util.Set<String> provenance(GraphSource source, String orgId, String code, int fiscalYear) {
        ResultSetRewindable rows = source.select(queries.get("area-provenance").bind(Map.of("orgId", orgId, "code", code,
                "fiscalYear", Integer.toString(fiscalYear))));
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        while (rows.hasNext()) {
            RDFNode n = rows.next().get("provenance");
            if (n != null && n.isURIResource()) {
                kinds.add(n.asResource().getURI());
            }
        }
        return kinds;
    }

    private static BigDecimal decimal(RDFNode n) {
        return new BigDecimal(n.asLiteral().getLexicalForm().strip());
    }
}
