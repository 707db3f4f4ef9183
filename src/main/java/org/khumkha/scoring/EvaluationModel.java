package org.khumkha.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.khumkha.scoring.measurement.UnitRule;

/**
 * What an organization is evaluated on, as the graph states it: OPDC's framework (dimensions, groups, leaf
 * indicators with weights, units and level criteria) and the organization's evaluation matrix (outcome and impact
 * indicators with their target rules). Read by {@link EvaluationModelReader}; nothing here is specific to CODI.
 */
public record EvaluationModel(Organization organization, String frameworkIri, List<FrameworkElement> elements,
                              List<MatrixIndicator> matrix) {

    public EvaluationModel {
        elements = elements.stream().sorted(Comparator.comparing(FrameworkElement::code, CODE_ORDER)).toList();
        matrix = List.copyOf(matrix);
    }

    /** Orders indicator codes as people number them: 2.2.1.2 before 2.2.2, 4.2.1 before 4.10, O2 before O10. */
    public static final Comparator<String> CODE_ORDER = (a, b) -> {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = compareSegment(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    };

    private static final java.util.regex.Pattern SEGMENT = java.util.regex.Pattern.compile("(\\D*)(\\d*)(.*)");

    private static int compareSegment(String a, String b) {
        var ma = SEGMENT.matcher(a);
        var mb = SEGMENT.matcher(b);
        if (!ma.matches() || !mb.matches()) {
            return a.compareTo(b);
        }
        int c = ma.group(1).compareTo(mb.group(1));
        if (c != 0) {
            return c;
        }
        if (!ma.group(2).isEmpty() && !mb.group(2).isEmpty()) {
            c = new java.math.BigInteger(ma.group(2)).compareTo(new java.math.BigInteger(mb.group(2)));
            if (c != 0) {
                return c;
            }
        }
        return a.compareTo(b);
    }

    /** An evaluated organization. */
    public record Organization(String iri, String id, String labelTh, String labelEn, Integer firstYear, Integer lastYear) {}

    /** The kinds of framework element. */
    public enum ElementKind { DIMENSION, GROUP, QUANTITATIVE, LEVEL_BASED }

    /** A dimension, a group or a leaf indicator of the framework. */
    public record FrameworkElement(String iri, String code, ElementKind kind, String labelTh, String labelEn, BigDecimal weight,
                                   String parentCode, UnitRule unit, List<Criterion> criteria) {
        public FrameworkElement {
            criteria = List.copyOf(criteria);
        }

        public boolean isLeaf() {
            return kind == ElementKind.QUANTITATIVE || kind == ElementKind.LEVEL_BASED;
        }

        /** The five thresholds of a quantitative indicator, in level order. */
        public List<BigDecimal> thresholds() {
            return criteria.stream().sorted(Comparator.comparingInt(Criterion::level)).map(Criterion::threshold).toList();
        }
    }

    /** Level n of an indicator: a threshold (quantitative) or a descriptor. */
    public record Criterion(int level, BigDecimal threshold, String descriptor, String descriptorEn) {}

    /** An outcome or impact indicator of the evaluation matrix. */
    public record MatrixIndicator(String iri, String code, boolean impact, String labelTh, String labelEn, String aggregatedInto,
                                  UnitRule unit, Integer targetYear, TargetRule rule, String targetText) {}

    public List<FrameworkElement> leaves() {
        return elements.stream().filter(FrameworkElement::isLeaf).toList();
    }

    public List<FrameworkElement> dimensions() {
        return elements.stream().filter(e -> e.kind() == ElementKind.DIMENSION).toList();
    }

    public Optional<FrameworkElement> element(String code) {
        return elements.stream().filter(e -> e.code().equals(code)).findFirst();
    }

    /** The dimension an element sits under (itself for a dimension), following kk:parent. */
    public Optional<FrameworkElement> dimensionOf(String code) {
        Optional<FrameworkElement> e = element(code);
        int guard = 0;
        while (e.isPresent() && e.get().kind() != ElementKind.DIMENSION && guard++ < 20) {
            String parent = e.get().parentCode();
            e = parent == null ? Optional.empty() : element(parent);
        }
        return e;
    }

    /** The leaves under an element, in code order. */
    public List<String> leavesBelow(String code) {
        List<String> result = new ArrayList<>();
        for (FrameworkElement leaf : leaves()) {
            Optional<FrameworkElement> e = element(leaf.code());
            int guard = 0;
            while (e.isPresent() && guard++ < 20) {
                if (e.get().code().equals(code)) {
                    result.add(leaf.code());
                    break;
                }
                e = e.get().parentCode() == null ? Optional.empty() : element(e.get().parentCode());
            }
        }
        return result;
    }

    /** The matrix indicators aggregated into a framework indicator (O1 … I4 into 2.1.1). */
    public List<MatrixIndicator> matrixOf(String frameworkCode) {
        return matrix.stream().filter(m -> frameworkCode.equals(m.aggregatedInto())).toList();
    }
}
