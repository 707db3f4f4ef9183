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
        Objects.requireNonNull(source, "source");
        ResultSetRewindable rows = source.select(queries.get(RESULTS_QUERY).bind(Map.of("orgId", orgId, "code", code,
                "fiscalYear", Integer.toString(fiscalYear))));
        List<AreaObservation> observations = new ArrayList<>();
        BigDecimal multiplier = BigDecimal.ONE;
        while (rows.hasNext()) {
            QuerySolution s = rows.next();
            observations.add(new AreaObservation(s.getResource("area").getURI(), decimal(s.get("numerator")),
                    s.contains("denominator") ? decimal(s.get("denominator")) : null));
            if (s.contains("multiplier")) {
                multiplier = decimal(s.get("multiplier"));
            }
        }
        if (observations.isEmpty()) {
            throw new IllegalArgumentException("no area-level results for indicator " + code + " of '" + orgId + "' in fiscal year "
                    + fiscalYear + " in " + source.describe());
        }
        return new IndicatorRollUp(orgId, code, fiscalYear, multiplier, new AreaRollUp(tree(source), observations));
    }

    private static BigDecimal decimal(RDFNode n) {
        return new BigDecimal(n.asLiteral().getLexicalForm().strip());
    }
}
