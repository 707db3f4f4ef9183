package org.khumkha.analytics;

import java.util.Objects;
import java.util.Set;

import org.jgrapht.alg.scoring.PageRank;
import org.khumkha.analytics.centrality.SampledBetweennessCentrality;
import org.khumkha.graph.Vocab;

/**
 * The analysis parameters, recorded with every run.
 *
 * @param excludedRelationTypes        relation types left out of the tie network (an overlap is a likeness of mandate,
 *                                     not a channel through which actors work together)
 * @param agencySectors                sectors whose actors count as public agencies for the overlap analysis
 * @param exactBetweennessMaxVertices  above this many actors betweenness is estimated from pivots instead of exact
 * @param betweennessPivots            pivots of the estimate
 * @param seed                         seed of every random choice (pivots)
 * @param pageRankDamping              PageRank's damping factor
 */
public record AnalysisOptions(Set<String> excludedRelationTypes, Set<String> agencySectors,
                              int exactBetweennessMaxVertices, int betweennessPivots, long seed, double pageRankDamping) {
    public static final Set<String> EXCLUDED_RELATION_TYPES_DEFAULT = Set.of(Vocab.KK + "overlapsWith");
    public static final Set<String> AGENCY_SECTORS_DEFAULT = Set.of(Vocab.REF + "sector-central-government",
            Vocab.REF + "sector-local-government", Vocab.REF + "sector-public-organization");
    public static final int EXACT_BETWEENNESS_MAX_VERTICES_DEFAULT = 20_000;  // about 4 s on two cores at 15,000 actors

    public AnalysisOptions {
        excludedRelationTypes = Set.copyOf(Objects.requireNonNull(excludedRelationTypes, "excludedRelationTypes"));
        agencySectors = Set.copyOf(Objects.requireNonNull(agencySectors, "agencySectors"));
        if (exactBetweennessMaxVertices < 0) {
            throw new IllegalArgumentException("exactBetweennessMaxVertices must be 0 or more, got " + exactBetweennessMaxVertices);
        }
        if (betweennessPivots < 1) {
            throw new IllegalArgumentException("betweennessPivots must be at least 1, got " + betweennessPivots);
        }
        if (!(pageRankDamping >= 0 && pageRankDamping <= 1)) {
            throw new IllegalArgumentException("pageRankDamping must be in [0, 1], got " + pageRankDamping);
        }
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(EXCLUDED_RELATION_TYPES_DEFAULT, AGENCY_SECTORS_DEFAULT,
                EXACT_BETWEENNESS_MAX_VERTICES_DEFAULT, SampledBetweennessCentrality.PIVOTS_DEFAULT,
                SampledBetweennessCentrality.SEED_DEFAULT, PageRank.DAMPING_FACTOR_DEFAULT);
    }

    public AnalysisOptions withExactBetweennessMaxVertices(int max) {
        return new AnalysisOptions(excludedRelationTypes, agencySectors, max, betweennessPivots, seed, pageRankDamping);
    }

    public AnalysisOptions withBetweennessPivots(int pivots) {
        return new AnalysisOptions(excludedRelationTypes, agencySectors, exactBetweennessMaxVertices, pivots, seed, pageRankDamping);
    }
}
