package org.khumkha.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.query.QuerySolution;
import org.khumkha.analytics.projection.ChainProjection;
import org.khumkha.analytics.projection.ChainProjection.Kind;
import org.khumkha.analytics.projection.ChainProjection.LinkKind;
import org.khumkha.graph.GraphSource;
import org.khumkha.query.QueryLibrary;
import org.khumkha.render.ResultChainView.Element;
import org.khumkha.render.ResultChainView.Indicator;
import org.khumkha.render.ResultChainView.Level;
import org.khumkha.render.ResultChainView.Link;

/**
 * Reads a {@link ResultChainView}: chain elements and links through the analysis' {@link ChainProjection} (the same
 * reading the coherence measures use), indicators from {@code queries/view-matrix-indicators.rq}; orders each column
 * with {@link LayeredLayout}. Reads only.
 */
public final class ResultChainViewReader {
    public static final String INDICATORS_QUERY = "view-matrix-indicators";

    /** The five levels and their names (the ontology's kk:Input … kk:Impact). */
    public static final List<Level> LEVELS = List.of(
            new Level(1, "input", "ปัจจัยนำเข้า", "Inputs"),
            new Level(2, "process", "กระบวนการ (แผนงาน)", "Processes (plans)"),
            new Level(3, "output", "ผลผลิต", "Outputs"),
            new Level(4, "outcome", "ผลลัพธ์", "Outcomes"),
            new Level(5, "impact", "ผลกระทบ", "Impacts"));

    private final QueryLibrary queries;

    public ResultChainViewReader(QueryLibrary queries) {
        this.queries = Objects.requireNonNull(queries, "queries");
    }

    public ResultChainView read(GraphSource source, String orgId) {
        Objects.requireNonNull(source, "source");
        ChainProjection chain = ChainProjection.read(source, queries, orgId);

        List<Indicator> indicators = new ArrayList<>();
        Map<String, String> codeOf = new HashMap<>();
        for (QuerySolution row : QueryRows.forOrganization(source, queries, INDICATORS_QUERY, orgId)) {
            Indicator i = new Indicator(QueryRows.text(row, "indicator"), QueryRows.text(row, "code"), QueryRows.text(row, "kind"),
                    QueryRows.text(row, "labelTh"), QueryRows.text(row, "labelEn"), QueryRows.text(row, "definitionTh"),
                    QueryRows.text(row, "definitionEn"), QueryRows.text(row, "formulaTh"), QueryRows.text(row, "formulaEn"),
                    QueryRows.text(row, "targetText"), QueryRows.integer(row, "targetYear"), QueryRows.text(row, "unitTh"),
                    QueryRows.text(row, "unitEn"));
            indicators.add(i);
            codeOf.put(i.id(), i.code());
        }

        Map<String, ChainProjection.Element> chainElements = new LinkedHashMap<>();
        chain.elements().values().stream()
                .filter(e -> e.level() != null && e.level() >= 1 && e.level() <= LEVELS.size() && isChainKind(e.kind()))
                .sorted(Comparator.comparing((ChainProjection.Element e) -> e.ordinal() == null ? Integer.MAX_VALUE : e.ordinal())
                        .thenComparing(ChainProjection.Element::id))
                .forEach(e -> chainElements.put(e.id(), e));

        List<Link> links = new ArrayList<>();
        List<String[]> pairs = new ArrayList<>();
        for (ChainProjection.Link l : chain.links()) {
            if (l.kind() == LinkKind.LEADS_TO && chainElements.containsKey(l.from()) && chainElements.containsKey(l.to())) {
                links.add(new Link(l.from(), l.to(), l.property(), l.source() != ChainProjection.Source.STATED));
                pairs.add(new String[] {l.from(), l.to()});
            }
        }
        Map<String, Integer> layers = new LinkedHashMap<>();
        chainElements.values().forEach(e -> layers.put(e.id(), e.level()));
        Map<String, Double> rows = new LayeredLayout(layers, pairs).rows();

        List<Element> elements = new ArrayList<>();
        for (ChainProjection.Element e : chainElements.values()) {
            String measuredBy = e.measuredBy();
            if (measuredBy == null) {
                measuredBy = chain.links().stream().filter(l -> l.kind() == LinkKind.MEASURED_BY && l.from().equals(e.id()))
                        .map(ChainProjection.Link::to).findFirst().orElse(null);
            }
            elements.add(new Element(e.id(), LEVELS.get(e.level() - 1).kind(), e.level(), rows.get(e.id()), e.label(),
                    e.labelEn(), measuredBy == null ? null : codeOf.get(measuredBy)));
        }
        elements.sort(Comparator.comparingInt(Element::level).thenComparingDouble(Element::row));
        if (elements.isEmpty() && indicators.isEmpty()) {
            throw new IllegalArgumentException("no result chain for an organization with short id '" + orgId + "' in "
                    + source.describe() + "; is the data loaded?");
        }
        return new ResultChainView(org.khumkha.graph.Vocab.organizationIri(orgId), orgId, LEVELS, elements, links, indicators);
    }

    private static boolean isChainKind(Kind kind) {
        return kind == Kind.INPUT || kind == Kind.PROCESS || kind == Kind.OUTPUT || kind == Kind.OUTCOME || kind == Kind.IMPACT;
    }
}
