package org.khumkha.scale.area;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rolls area-level results up the area tree: the totals of an area are the sums of the numerators and of the
 * denominators of every observation in the area or below it; a value is computed from the sums
 * ({@link AreaTotals#value}), so a province's percentage is Σ numerator ÷ Σ denominator × 100 over its tambons and
 * never the mean of their percentages. Observations are additive: two in one tambon (two surveyed organizations)
 * both count. A count indicator (no denominator) sums its numerators; mixing observations with and without a
 * denominator is refused.
 *
 * <p>Complexity: O(n · d + a) for n observations, tree depth d (at most 4) and a areas. Lazy; the result is cached
 * and unmodifiable.
 */
public final class AreaRollUp {
    private final AreaTree tree;
    private final List<AreaObservation> observations;
    private final boolean ratio;
    private Map<String, AreaTotals> totals;

    /**
     * @throws IllegalArgumentException when an observation's area is not in the tree, or observations with and
     *                                  without a denominator are mixed
     */
    public AreaRollUp(AreaTree tree, List<AreaObservation> observations) {
        this.tree = Objects.requireNonNull(tree, "tree");
        this.observations = List.copyOf(Objects.requireNonNull(observations, "observations"));
        long withDenominator = this.observations.stream().filter(o -> o.denominator() != null).count();
        if (withDenominator != 0 && withDenominator != this.observations.size()) {
            throw new IllegalArgumentException(withDenominator + " of " + this.observations.size()
                    + " results have a denominator: an indicator's results either all have one (a ratio) or none has (a count)");
        }
        this.ratio = withDenominator > 0;
        for (AreaObservation o : this.observations) {
            if (tree.find(o.area()).isEmpty()) {
                throw new IllegalArgumentException("a result stands in " + o.area() + ", which is not in the area tree");
            }
        }
    }

    /** Whether the results are a ratio (they have denominators) rather than a count. */
    public boolean isRatio() {
        return ratio;
    }

    /**
     * The sums over every observation, whatever its root: the organization's national value before dividing.
     *
     * @param denominator null for a count
     * @param results     how many observations were summed
     * @param areas       in how many distinct areas they stand
     */
    public record Overall(BigDecimal numerator, BigDecimal denominator, int results, int areas) {
        /** Σ numerator ÷ Σ denominator × multiplier (the rule of {@link AreaTotals#value(BigDecimal, BigDecimal, BigDecimal)}). */
        public BigDecimal value(BigDecimal multiplier) {
            return AreaTotals.value(numerator, denominator, multiplier);
        }
    }

    /** The sums over every observation (see {@link Overall}). */
    public Overall overall() {
        BigDecimal n = BigDecimal.ZERO;
        BigDecimal d = BigDecimal.ZERO;
        java.util.Set<String> areas = new java.util.HashSet<>();
        for (AreaObservation o : observations) {
            n = n.add(o.numerator());
            if (o.denominator() != null) {
                d = d.add(o.denominator());
            }
            areas.add(o.area());
        }
        return new Overall(n, ratio ? d : null, observations.size(), areas.size());
    }

    /** The observations rolled up, as given. */
    public List<AreaObservation> observations() {
        return observations;
    }

    /** The totals of every area that has at least one observation in or below it. */
    public Map<String, AreaTotals> totals() {
        if (totals == null) {
            totals = Collections.unmodifiableMap(compute());
        }
        return totals;
    }

    /** The totals of one area: zero sums and no observation when nothing stands in or below it. */
    public AreaTotals totals(String areaIri) {
        AreaTotals t = totals().get(areaIri);
        return t != null ? t : new AreaTotals(tree.get(areaIri), BigDecimal.ZERO, ratio ? BigDecimal.ZERO : null, 0);
    }

    /** The totals of every area of a level, by code, including those with no observation. */
    public List<AreaTotals> atLevel(AreaLevel level) {
        return tree.atLevel(level).stream().map(a -> totals(a.iri())).toList();
    }

    private Map<String, AreaTotals> compute() {
        Map<String, BigDecimal[]> sums = new HashMap<>();
        Map<String, int[]> counts = new HashMap<>();
        for (AreaObservation o : observations) {
            for (Area a : tree.selfAndAncestors(o.area())) {
                BigDecimal[] s = sums.computeIfAbsent(a.iri(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                s[0] = s[0].add(o.numerator());
                if (o.denominator() != null) {
                    s[1] = s[1].add(o.denominator());
                }
                counts.computeIfAbsent(a.iri(), k -> new int[1])[0]++;
            }
        }
        Map<String, AreaTotals> result = new HashMap<>();
        sums.forEach((iri, s) -> result.put(iri, new AreaTotals(tree.get(iri), s[0], ratio ? s[1] : null, counts.get(iri)[0])));
        return result;
    }
}
