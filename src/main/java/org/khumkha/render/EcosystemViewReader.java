package org.khumkha.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.query.QuerySolution;
import org.khumkha.analytics.AnalysisResult;
import org.khumkha.analytics.overlap.AgencyOverlap;
import org.khumkha.graph.GraphSource;
import org.khumkha.graph.Vocab;
import org.khumkha.query.QueryLibrary;
import org.khumkha.render.EcosystemView.Actor;
import org.khumkha.render.EcosystemView.Dimension;
import org.khumkha.render.EcosystemView.OverlapDetail;
import org.khumkha.render.EcosystemView.Relation;
import org.khumkha.render.EcosystemView.Sector;

/**
 * Reads an {@link EcosystemView}: actors and their measures from an analysis ({@code AnalysisService}), relations with
 * stages, factors and provenance from {@code queries/view-ecosystem-relations.rq}, the filters from
 * {@code view-ecosystem-dimensions.rq}, the sectors from {@code view-sectors.rq}. Reads only.
 */
public final class EcosystemViewReader {
    public static final String RELATIONS_QUERY = "view-ecosystem-relations";
    public static final String DIMENSIONS_QUERY = "view-ecosystem-dimensions";
    public static final String SECTORS_QUERY = "view-sectors";
    /** Sector colours in sector order (Tableau 10, colour-blind safe in pairs); repeats after ten sectors. */
    public static final List<String> SECTOR_PALETTE = List.of("#4e79a7", "#59a14f", "#e15759", "#f28e2b", "#76b7b2",
            "#b07aa1", "#edc948", "#ff9da7", "#9c755f", "#bab0ac");
    /** The colour of an actor with no sector. */
    public static final String NO_SECTOR_COLOR = "#8c8c8c";

    private static final String MODELLED = Vocab.KK + "Modelled";
    private static final String OVERLAPS_WITH = Vocab.KK + "overlapsWith";

    private final QueryLibrary queries;

    public EcosystemViewReader(QueryLibrary queries) {
        this.queries = Objects.requireNonNull(queries, "queries");
    }

    public EcosystemView read(GraphSource source, AnalysisResult analysis) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(analysis, "analysis");
        String orgId = analysis.orgId();

        List<Sector> sectors = new ArrayList<>();
        for (QuerySolution row : QueryRows.select(source, queries, SECTORS_QUERY, Map.of())) {
            sectors.add(new Sector(QueryRows.text(row, "sector"), QueryRows.text(row, "labelTh"), QueryRows.text(row, "labelEn"),
                    SECTOR_PALETTE.get(sectors.size() % SECTOR_PALETTE.size())));
        }

        List<Actor> actors = new ArrayList<>();
        for (AnalysisResult.ActorMeasures a : analysis.actors()) {
            actors.add(new Actor(a.id(), a.label(), a.labelEn(), a.sector(), a.id().equals(analysis.organization()), a.degree(),
                    a.betweenness(), a.betweennessNormalized(), a.closeness(), a.constraint(), a.brokerageRoles().total(), a.roles()));
        }

        List<Relation> relations = new ArrayList<>();
        for (QuerySolution row : QueryRows.forOrganization(source, queries, RELATIONS_QUERY, orgId)) {
            String from = QueryRows.text(row, "from");
            String to = QueryRows.text(row, "to");
            String type = QueryRows.text(row, "type");
            String node = QueryRows.text(row, "relation");
            Double weight = QueryRows.number(row, "weight");
            boolean overlap = OVERLAPS_WITH.equals(type);
            OverlapDetail detail = overlap ? overlapDetail(row, analysis, from, to) : null;
            relations.add(new Relation(node != null ? node : from + "|" + type + "|" + to, from, to, type,
                    QueryRows.text(row, "typeLabelTh"), QueryRows.text(row, "typeLabelEn"), weight == null ? 1.0 : weight,
                    MODELLED.equals(QueryRows.text(row, "provenance")), overlap, QueryRows.text(row, "labelTh"),
                    QueryRows.text(row, "labelEn"), QueryRows.list(row, "stages"), QueryRows.list(row, "factors"), detail));
        }

        List<Dimension> stages = new ArrayList<>();
        List<Dimension> factors = new ArrayList<>();
        for (QuerySolution row : QueryRows.forOrganization(source, queries, DIMENSIONS_QUERY, orgId)) {
            Integer ordinal = QueryRows.integer(row, "ordinal");
            String kind = QueryRows.text(row, "kind");
            Dimension d = new Dimension(QueryRows.text(row, "item"), kind, ordinal == null ? 0 : ordinal,
                    QueryRows.text(row, "labelTh"), QueryRows.text(row, "labelEn"));
            ("stage".equals(kind) ? stages : factors).add(d);
        }
        stages.sort(Comparator.comparingInt(Dimension::ordinal));
        factors.sort(Comparator.comparing((Dimension d) -> !"keyFactor".equals(d.kind())).thenComparingInt(Dimension::ordinal));

        AnalysisResult.Integrator integrator = analysis.integrator();
        AnalysisResult.ActorMeasures self = analysis.actor(analysis.organization()).orElseThrow();
        return new EcosystemView(analysis.organization(), orgId, self.label(), self.labelEn(), actors, relations, sectors,
                stages, factors, new EcosystemView.Integrator(integrator.hasHighestBetweenness(), integrator.betweennessRank(),
                integrator.statedRoles()));
    }

    private static OverlapDetail overlapDetail(QuerySolution row, AnalysisResult analysis, String from, String to) {
        AgencyOverlap measured = analysis.overlaps().stream()
                .filter(o -> (o.agency().equals(from) && o.other().equals(to)) || (o.agency().equals(to) && o.other().equals(from)))
                .findFirst().orElse(null);
        return new OverlapDetail(QueryRows.text(row, "functionTh"), QueryRows.text(row, "functionEn"),
                QueryRows.text(row, "rationaleTh"), QueryRows.text(row, "rationaleEn"), QueryRows.text(row, "distinctRoleTh"),
                QueryRows.text(row, "distinctRoleEn"), measured == null ? 0.0 : measured.jaccard(),
                measured == null ? List.of() : measured.sharedFunctions());
    }
}
