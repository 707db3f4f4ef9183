package org.khumkha.web;

import java.util.List;
import java.util.Objects;

import org.khumkha.analytics.AnalysisCache;
import org.khumkha.analytics.AnalysisService;
import org.khumkha.graph.GraphSource;
import org.khumkha.graph.Vocab;
import org.khumkha.query.QueryLibrary;
import org.khumkha.render.EcosystemView;
import org.khumkha.render.Language;
import org.khumkha.render.Pictures;
import org.khumkha.render.ResultChainView;
import org.khumkha.scoring.EvaluationModel.Organization;
import org.khumkha.scoring.EvaluationModelReader;
import org.khumkha.scoring.Scorecard;
import org.khumkha.scoring.ScoringService;
import org.springframework.stereotype.Service;

/**
 * What the pages show, from the server's graph: the organizations and their fiscal years, a scorecard, the ecosystem
 * and result-chain views and their pictures. The analyses behind the ecosystem are kept while the store is unchanged
 * ({@link AnalysisCache}); everything else is read per request. Reads only.
 */
@Service
public class Workbench {
    private final GraphSource source;
    private final QueryLibrary queries;
    private final ScoringService scoring;
    private final AnalysisCache analyses;
    private final Pictures pictures;
    private final org.khumkha.scoring.IndicatorByProvince byProvince;

    public Workbench(GraphSource source, QueryLibrary queries) {
        this.source = Objects.requireNonNull(source, "source");
        this.queries = Objects.requireNonNull(queries, "queries");
        this.scoring = new ScoringService(queries);
        this.analyses = new AnalysisCache(new AnalysisService(queries));
        this.pictures = new Pictures(queries, (s, org) -> analyses.analyze(s, org, line -> { }));
        this.byProvince = new org.khumkha.scoring.IndicatorByProvince(queries);
    }

    /** Every organization with an evaluation agreement. */
    public List<Organization> organizations() {
        return new EvaluationModelReader(queries).organizations(source);
    }

    /** The organization with this short id; an unknown or malformed id is refused, naming the known ones. */
    /** The organization a page asks for by short id, or the default one when none is given. */
    public Organization organizationOrDefault(String shortId) {
        return shortId == null || shortId.isBlank() ? defaultOrganization() : organization(shortId.strip());
    }

    public Organization organization(String orgId) {
        EvaluationModelReader.checkOrgId(orgId);
        List<Organization> all = organizations();
        return all.stream().filter(o -> o.id().equals(orgId)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "unknown organization '" + orgId + "' (known: " + String.join(", ", all.stream().map(Organization::id).toList()) + ")"));
    }

    /** The first organization, for pages opened without {@code ?org=}. */
    public Organization defaultOrganization() {
        return organizations().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no organization with an evaluation agreement in the store; load data/ first"));
    }

    /** The agreement's last fiscal year, or its first, or the current B.E. year. */
    public static int defaultYear(Organization org) {
        if (org.lastYear() != null) {
            return org.lastYear();
        }
        if (org.firstYear() != null) {
            return org.firstYear();
        }
        return java.time.Year.now().getValue() + Vocab.BE_OFFSET;
    }

    /** The fiscal year a page or API call asked for (B.E., Thai digits accepted), or {@link #defaultYear} when none. */
    public static int fiscalYearOrDefault(Organization org, String requested) {
        if (requested == null || requested.isBlank()) {
            return defaultYear(org);
        }
        return ScoringService.parseYear(requested, "year");
    }

    /** The agreement's fiscal years, oldest first (the default year alone when the agreement names none). */
    public static List<Integer> years(Organization org) {
        if (org.firstYear() == null || org.lastYear() == null || org.lastYear() < org.firstYear()) {
            return List.of(defaultYear(org));
        }
        return java.util.stream.IntStream.rangeClosed(org.firstYear(), org.lastYear()).boxed().toList();
    }

    public Scorecard scorecard(String orgId, int year) {
        return scoring.score(source, organization(orgId).id(), ScoringService.checkYear(year));
    }

    /** An evaluation-matrix indicator by province (the roll-up {@code score --by-province} prints), with targets met or not. */
    public org.khumkha.scoring.IndicatorByProvince.View byProvince(String orgId, int year, String indicator) {
        return byProvince.view(source, organization(orgId).id(), ScoringService.checkYear(year), indicator);
    }

    public EcosystemView ecosystem(String orgId) {
        return pictures.ecosystem(source, AnalysisService.checkOrgId(orgId));
    }

    public ResultChainView resultChain(String orgId) {
        return pictures.resultChain(source, AnalysisService.checkOrgId(orgId));
    }

    public byte[] picture(String orgId, Pictures.Kind kind, Pictures.Format format, Language language) {
        return pictures.render(source, AnalysisService.checkOrgId(orgId), kind, format, language);
    }
}
