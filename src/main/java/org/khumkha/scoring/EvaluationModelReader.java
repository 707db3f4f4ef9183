package org.khumkha.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.khumkha.graph.GraphSource;
import org.khumkha.graph.Vocab;
import org.khumkha.query.QueryLibrary;
import org.khumkha.scoring.EvaluationModel.Criterion;
import org.khumkha.scoring.EvaluationModel.ElementKind;
import org.khumkha.scoring.EvaluationModel.FrameworkElement;
import org.khumkha.scoring.EvaluationModel.MatrixIndicator;
import org.khumkha.scoring.EvaluationModel.Organization;
import org.khumkha.scoring.measurement.MeasurementSchema;
import org.khumkha.scoring.measurement.UnitRule;

/**
 * Reads an organization's {@link EvaluationModel} through the named queries {@code scoring-organizations},
 * {@code scoring-framework}, {@code scoring-criteria} and {@code scoring-matrix}, and the
 * {@link MeasurementSchema} that measurement files are checked against.
 */
public final class EvaluationModelReader {
    /** An organization's short id: lower-case letters, digits and hyphens ({@code codi}). */
    public static final Pattern ORG_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final QueryLibrary queries;

    public EvaluationModelReader(QueryLibrary queries) {
        this.queries = Objects.requireNonNull(queries, "queries");
    }

    /** Every organization with an evaluation agreement. */
    public List<Organization> organizations(GraphSource source) {
        return organizations(source, null).values().stream().map(o -> o.organization).toList();
    }

    private record OrgRow(Organization organization, String framework) {}

    private Map<String, OrgRow> organizations(GraphSource source, String orgId) {
        Map<String, String> params = orgId == null ? Map.of() : Map.of("orgId", orgId);
        ResultSetRewindable rows = source.select(queries.get("scoring-organizations").bind(params));
        Map<String, OrgRow> result = new LinkedHashMap<>();
        while (rows.hasNext()) {
            QuerySolution s = rows.next();
            String id = text(s, "orgId");
            result.putIfAbsent(id, new OrgRow(new Organization(iri(s, "org"), id, text(s, "labelTh"), text(s, "labelEn"),
                    integer(s, "firstYear"), integer(s, "lastYear")), iri(s, "framework")));
        }
        return result;
    }

    /** Checks an organization id's form, where it enters. */
    public static String checkOrgId(String orgId) {
        if (orgId == null || !ORG_ID.matcher(orgId).matches()) {
            throw new IllegalArgumentException("organization id '" + orgId + "' is not a short id (lower-case letters, digits, hyphens; e.g. codi)");
        }
        return orgId;
    }

    /**
     * The organization's model.
     *
     * @throws IllegalArgumentException for an organization without an evaluation agreement, listing the known ones
     */
    public EvaluationModel read(GraphSource source, String orgId) {
        checkOrgId(orgId);
        OrgRow org = organizations(source, orgId).get(orgId);
        if (org == null) {
            List<String> known = new ArrayList<>(organizations(source, null).keySet());
            throw new IllegalArgumentException("unknown organization '" + orgId + "': no evaluation agreement names it (known: "
                    + (known.isEmpty() ? "none — run 'load' first" : String.join(", ", known)) + ")");
        }
        return new EvaluationModel(org.organization, org.framework, framework(source, org.framework), matrix(source, orgId));
    }

    /** What measurement files may say, for every organization with an agreement. */
    public MeasurementSchema schema(GraphSource source) {
        Map<String, MeasurementSchema.OrganizationRules> orgs = new LinkedHashMap<>();
        Map<String, List<FrameworkElement>> frameworks = new LinkedHashMap<>();
        for (OrgRow row : organizations(source, null).values()) {
            List<FrameworkElement> elements = frameworks.computeIfAbsent(row.framework, f -> framework(source, f));
            EvaluationModel model = new EvaluationModel(row.organization, row.framework, elements, matrix(source, row.organization.id()));
            Map<String, MeasurementSchema.IndicatorRule> rules = new LinkedHashMap<>();
            for (FrameworkElement e : model.elements()) {
                rules.put(e.code(), new MeasurementSchema.IndicatorRule(e.code(), e.iri(), e.unit(),
                        e.isLeaf() ? List.of() : model.leavesBelow(e.code())));
            }
            for (MatrixIndicator m : model.matrix()) {
                rules.put(m.code(), new MeasurementSchema.IndicatorRule(m.code(), m.iri(), m.unit(), List.of()));
            }
            orgs.put(row.organization.id(), new MeasurementSchema.OrganizationRules(row.organization.id(), row.organization.iri(), rules));
        }
        return new MeasurementSchema(orgs);
    }

    private List<FrameworkElement> framework(GraphSource source, String frameworkIri) {
        Map<String, List<Criterion>> criteria = new LinkedHashMap<>();
        ResultSetRewindable crit = source.select(queries.get("scoring-criteria").bind(Map.of("framework", "<" + frameworkIri + ">")));
        while (crit.hasNext()) {
            QuerySolution s = crit.next();
            criteria.computeIfAbsent(text(s, "code"), c -> new ArrayList<>()).add(new Criterion(integer(s, "level"),
                    decimal(s, "threshold"), text(s, "descriptorTh"), text(s, "descriptorEn")));
        }
        Map<String, FrameworkElement> elements = new LinkedHashMap<>();
        ResultSetRewindable rows = source.select(queries.get("scoring-framework").bind(Map.of("framework", "<" + frameworkIri + ">")));
        while (rows.hasNext()) {
            QuerySolution s = rows.next();
            String code = text(s, "code");
            ElementKind kind = switch (localName(iri(s, "kind"))) {
                case "Dimension" -> ElementKind.DIMENSION;
                case "IndicatorGroup" -> ElementKind.GROUP;
                case "QuantitativeIndicator" -> ElementKind.QUANTITATIVE;
                default -> ElementKind.LEVEL_BASED;
            };
            FrameworkElement e = new FrameworkElement(iri(s, "element"), code, kind, text(s, "labelTh"), text(s, "labelEn"),
                    decimal(s, "weight"), text(s, "parentCode"), unit(s), criteria.getOrDefault(code, List.of()));
            FrameworkElement before = elements.putIfAbsent(code, e);
            if (before != null && before.kind() != kind) {
                throw new IllegalArgumentException("framework " + frameworkIri + ": indicator " + code + " is typed both "
                        + before.kind() + " and " + kind);
            }
        }
        for (FrameworkElement e : elements.values()) {
            if (e.kind() == ElementKind.QUANTITATIVE) {
                List<BigDecimal> t = e.thresholds();
                if (t.size() != ThresholdScale.LEVELS || t.contains(null)) {
                    throw new IllegalArgumentException("framework indicator " + e.code() + " is quantitative but has "
                            + t.size() + " thresholds (5 needed)");
                }
            }
        }
        return new ArrayList<>(elements.values());
    }

    private List<MatrixIndicator> matrix(GraphSource source, String orgId) {
        Map<String, MatrixIndicator> result = new LinkedHashMap<>();
        ResultSetRewindable rows = source.select(queries.get("scoring-matrix").bind(Map.of("orgId", orgId)));
        while (rows.hasNext()) {
            QuerySolution s = rows.next();
            String code = text(s, "code");
            Integer targetYear = integer(s, "targetYear");
            Integer baseYear = integer(s, "baseYear");
            int offset = targetYear != null && baseYear != null ? targetYear - baseYear : TargetRule.BASE_YEAR_OFFSET_DEFAULT;
            String rule = localName(iri(s, "rule"));
            TargetRule targetRule = switch (rule) {
                case "AbsoluteTarget" -> new TargetRule.Absolute(required(decimal(s, "targetValue"), code, "kk:targetValue"));
                case "BasePlusPointsTarget" -> new TargetRule.BasePlusPoints(required(decimal(s, "points"), code, "kk:points"), offset);
                default -> {
                    Integer window = integer(s, "growthWindow");
                    yield new TargetRule.BaseGrowth(required(window, code, "kk:growthWindow"), offset);
                }
            };
            result.putIfAbsent(code, new MatrixIndicator(iri(s, "indicator"), code, iri(s, "kind").endsWith("ImpactIndicator"),
                    text(s, "labelTh"), text(s, "labelEn"), text(s, "aggregatedInto"), unit(s), targetYear, targetRule, text(s, "targetText")));
        }
        List<MatrixIndicator> sorted = new ArrayList<>(result.values());
        sorted.sort(java.util.Comparator.comparing(MatrixIndicator::impact).thenComparing(MatrixIndicator::code, EvaluationModel.CODE_ORDER));
        return sorted;
    }

    private static <T> T required(T value, String code, String property) {
        if (value == null) {
            throw new IllegalArgumentException("evaluation-matrix indicator " + code + ": its target has no " + property);
        }
        return value;
    }

    private static UnitRule unit(QuerySolution s) {
        String unit = iri(s, "unit");
        if (unit == null) {
            return UnitRule.UNCONSTRAINED;
        }
        Boolean integerOnly = s.contains("integerOnly") && s.get("integerOnly").isLiteral() ? s.getLiteral("integerOnly").getBoolean() : false;
        return new UnitRule(unit, text(s, "unitLabelTh"), text(s, "unitLabelEn"), decimal(s, "minValue"), decimal(s, "maxValue"), integerOnly);
    }

    static String localName(String iri) {
        if (iri == null) {
            return "";
        }
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(i + 1);
    }

    static String text(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    static String iri(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n != null && n.isURIResource() ? n.asResource().getURI() : null;
    }

    static BigDecimal decimal(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        if (n == null || !n.isLiteral()) {
            return null;
        }
        try {
            return new BigDecimal(n.asLiteral().getLexicalForm().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("?" + var + " is not a number: " + n);
        }
    }

    static Integer integer(QuerySolution s, String var) {
        BigDecimal d = decimal(s, var);
        return d == null ? null : d.intValueExact();
    }

    /** The organization IRI of a short id. */
    static String organizationIri(String orgId) {
        return Vocab.organizationIri(orgId);
    }
}
