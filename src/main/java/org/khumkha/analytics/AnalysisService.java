package org.khumkha.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.khumkha.analytics.AnalysisResult.ActorMeasures;
import org.khumkha.analytics.AnalysisResult.AlgorithmUse;
import org.khumkha.analytics.AnalysisResult.BrokerageRoles;
import org.khumkha.analytics.AnalysisResult.Integrator;
import org.khumkha.analytics.brokerage.BurtConstraint;
import org.khumkha.analytics.brokerage.EffectiveSize;
import org.khumkha.analytics.brokerage.GouldFernandezBrokerage;
import org.khumkha.analytics.centrality.BrandesBetweennessCentrality;
import org.khumkha.analytics.centrality.ReachClosenessCentrality;
import org.khumkha.analytics.centrality.SampledBetweennessCentrality;
import org.khumkha.analytics.coherence.Coherence;
import org.khumkha.analytics.coherence.ResultChainCoherence;
import org.khumkha.analytics.community.ComponentGreedyModularity;
import org.khumkha.analytics.overlap.FunctionalOverlap;
import org.khumkha.analytics.projection.ChainProjection;
import org.khumkha.analytics.projection.EcosystemProjection;
import org.khumkha.analytics.projection.EcosystemProjection.Actor;
import org.khumkha.analytics.projection.NamedNode;
import org.khumkha.analytics.projection.ProfileProjection;
import org.khumkha.graph.GraphSource;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.graph.Vocab;
import org.khumkha.query.QueryLibrary;

/**
 * Analyses an organization's ecosystem and result chain. {@link #analyze} only reads, through a {@link GraphSource}
 * (local store or SPARQL endpoint); {@link #writeBack} stores a result as the named graph {@code g:analysis/<orgId>},
 * replacing the previous run's, in one write transaction.
 *
 * <p>Ecosystem measures (see {@link AnalysisResult.ActorMeasures}) are computed on the tie graph of
 * {@link EcosystemProjection}: exact betweenness (U. Brandes 2001, {@link BrandesBetweennessCentrality} on hop
 * distances) up to {@link AnalysisOptions#exactBetweennessMaxVertices()} actors and the pivot estimate of
 * {@link SampledBetweennessCentrality} above; closeness (Wasserman–Faust); PageRank (S. Brin and L. Page 1998,
 * JGraphT); communities (Clauset–Newman–Moore greedy modularity); Burt's constraint and effective size and Gould and
 * Fernandez's brokerage roles by sector on the directed arc graph. Overlap: {@link FunctionalOverlap}; coherence:
 * {@link ResultChainCoherence}, whose javadoc gives the exact definitions of the coverages.
 */
public final class AnalysisService {
    /** Short ids are the last segment of an organization's IRI. */
    private static final Pattern ORG_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private final QueryLibrary queries;
    private final AnalysisOptions options;

    public AnalysisService(QueryLibrary queries) {
        this(queries, AnalysisOptions.defaults());
    }

    public AnalysisService(QueryLibrary queries, AnalysisOptions options) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.options = Objects.requireNonNull(options, "options");
    }

    public AnalysisOptions options() {
        return options;
    }

    /** Checks a short id's form; the organization's existence is checked against the graph by {@link #analyze}. */
    public static String checkOrgId(String orgId) {
        if (orgId == null || !ORG_ID.matcher(orgId).matches()) {
            throw new IllegalArgumentException("organization id must be a short id such as 'codi' (letters, digits, - and _), got: " + orgId);
        }
        return orgId;
    }

    /** The name of the graph an organization's analysis is written to: {@code g:analysis/<orgId>}. */
    public static Node analysisGraphName(String orgId) {
        return Vocab.graph("analysis/" + checkOrgId(orgId));
    }

    /**
     * Analyses one organization. Reads only.
     *
     * @param progress receives a line per step (the command line prints them on standard error)
     * @throws IllegalArgumentException if the id is malformed or no organization has it as kk:shortId
     */
    public AnalysisResult analyze(GraphSource source, String orgId, Consumer<String> steps) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(steps, "progress");
        checkOrgId(orgId);
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        // each step line says when it began: at national scale the steps take seconds to minutes
        Consumer<String> progress = line -> steps.accept(String.format(java.util.Locale.ROOT, "%s (at %.1f s)", line, (System.nanoTime() - t0) / 1e9));
        String org = Vocab.organizationIri(orgId);

        progress.accept("reading the ecosystem of " + orgId + " from " + source.describe());
        EcosystemProjection ecosystem = EcosystemProjection.read(source, queries, orgId);
        if (ecosystem.actors().isEmpty() || !ecosystem.actors().containsKey(org)) {
            throw new IllegalArgumentException("no organization with short id '" + orgId + "' (kk:shortId) in "
                    + source.describe() + "; is the data loaded?");
        }
        var ties = ecosystem.ties(options.excludedRelationTypes());
        var arcs = ecosystem.arcs(options.excludedRelationTypes());
        int n = ties.vertexSet().size();
        progress.accept(String.format("ecosystem graph: %d actors, %d relations, %d ties", n, ecosystem.relations().size(),
                ties.edgeSet().size()));

        List<AlgorithmUse> algorithms = new ArrayList<>();
        Map<String, Double> betweenness;
        var unweighted = new AsUnweightedGraph<>(ties);
        if (n <= options.exactBetweennessMaxVertices()) {
            progress.accept("betweenness: exact (Brandes)");
            betweenness = new BrandesBetweennessCentrality<>(unweighted).getScores();
            algorithms.add(new AlgorithmUse("betweenness", "Brandes exact betweenness (BrandesBetweennessCentrality, int arrays)",
                    "U. Brandes, A faster algorithm for betweenness centrality, J. Math. Sociology 25(2), 2001",
                    Map.of("distance", "hops", "pairs", "unordered", "normalization", "(n-1)(n-2)/2")));
        } else {
            progress.accept(String.format("betweenness: %d actors > %d, estimating from %d pivots", n,
                    options.exactBetweennessMaxVertices(), options.betweennessPivots()));
            betweenness = new SampledBetweennessCentrality<>(unweighted, options.betweennessPivots(), options.seed(),
                    false, progress).getScores();
            algorithms.add(new AlgorithmUse("betweenness", "Brandes-Pich pivot-sampled betweenness",
                    "U. Brandes and C. Pich, Centrality estimation in large networks, IJBC 17(7), 2007",
                    Map.of("pivots", Integer.toString(options.betweennessPivots()), "seed", Long.toString(options.seed()),
                            "distance", "hops", "normalization", "(n-1)(n-2)/2")));
        }
        double pairs = (n - 1.0) * (n - 2.0) / 2;

        progress.accept("closeness, PageRank, communities");
        Map<String, Double> closeness = new ReachClosenessCentrality<>(ties).getScores();
        algorithms.add(new AlgorithmUse("closeness", "Wasserman-Faust closeness",
                "S. Wasserman and K. Faust, Social Network Analysis, 1994, p. 201", Map.of("distance", "hops")));
        Map<String, Double> pageRank = new PageRank<>(ties, options.pageRankDamping()).getScores();
        algorithms.add(new AlgorithmUse("pageRank", "PageRank (JGraphT), weighted undirected ties",
                "S. Brin and L. Page, The anatomy of a large-scale hypertextual web search engine, 1998",
                Map.of("damping", Double.toString(options.pageRankDamping()))));
        var communities = new ComponentGreedyModularity<>(ties);
        Map<String, Integer> community = communities.getMembership();
        algorithms.add(communities.usedLouvain()
                ? new AlgorithmUse("community", "greedy modularity per component (JGraphT) up to "
                        + ComponentGreedyModularity.GREEDY_MAX_VERTICES + " actors, Louvain above",
                        "A. Clauset, M. E. J. Newman and C. Moore, Phys. Rev. E 70, 066111, 2004; V. D. Blondel et al., J. Stat. Mech. P10008, 2008",
                        Map.of("greedyMaxVertices", Integer.toString(ComponentGreedyModularity.GREEDY_MAX_VERTICES)))
                : new AlgorithmUse("community", "Clauset-Newman-Moore greedy modularity per component (JGraphT)",
                        "A. Clauset, M. E. J. Newman and C. Moore, Phys. Rev. E 70, 066111, 2004", Map.of()));

        progress.accept("structural holes and brokerage");
        Map<String, Double> constraint = new BurtConstraint<>(arcs).getScores();
        Map<String, Double> effectiveSize = new EffectiveSize<>(arcs).getScores();
        algorithms.add(new AlgorithmUse("constraint", "Burt's constraint", "R. S. Burt, Structural Holes, 1992, pp. 54-55",
                Map.of("tieStrength", "z(i,j) + z(j,i) from relation weights; symmetric relations both ways")));
        algorithms.add(new AlgorithmUse("effectiveSize", "Burt's effective size",
                "R. S. Burt, Structural Holes, 1992; S. P. Borgatti, Connections 20(1), 1997", Map.of()));
        Map<String, Object> groups = new LinkedHashMap<>();
        ecosystem.actors().values().forEach(a -> groups.put(a.id(), a.sector() == null ? a.id() : a.sector()));
        var brokerage = new GouldFernandezBrokerage<>(arcs, groups::get).getCounts();
        algorithms.add(new AlgorithmUse("brokerage", "Gould-Fernandez brokerage roles",
                "R. V. Gould and R. M. Fernandez, Sociological Methodology 19, 1989",
                Map.of("partition", "kk:sector (an actor without one is its own group)")));
        var excluded = String.join(" ", options.excludedRelationTypes().stream().sorted().map(t -> Vocab.PREFIXES.shortForm(t)).toList());

        List<ActorMeasures> actors = new ArrayList<>();
        for (Actor a : ecosystem.actors().values()) {
            String id = a.id();
            double weighted = ties.edgesOf(id).stream().mapToDouble(ties::getEdgeWeight).sum();
            double b = betweenness.getOrDefault(id, 0.0);
            Double c = constraint.get(id);
            actors.add(new ActorMeasures(id, a.named().label(), a.named().labelEn(), a.sector(), ties.degreeOf(id),
                    weighted, b, pairs > 0 ? b / pairs : 0.0, closeness.getOrDefault(id, 0.0),
                    pageRank.getOrDefault(id, 0.0), community.getOrDefault(id, -1), c == null || c.isNaN() ? null : c,
                    effectiveSize.getOrDefault(id, 0.0), BrokerageRoles.of(brokerage.get(id)),
                    ecosystem.roles(id).stream().map(NamedNode::label).toList()));
        }
        actors.sort(Comparator.comparingDouble(ActorMeasures::betweenness).reversed()
                .thenComparing(ActorMeasures::weightedDegree, Comparator.reverseOrder())
                .thenComparing(ActorMeasures::id));

        progress.accept("agency overlap");
        ProfileProjection profiles = ProfileProjection.read(source, queries, orgId);
        List<String> agencies = ecosystem.actors().values().stream()
                .filter(a -> a.sector() != null && options.agencySectors().contains(a.sector())).map(Actor::id).toList();
        FunctionalOverlap overlap = new FunctionalOverlap(profiles, org, agencies,
                id -> ecosystem.actors().containsKey(id) ? ecosystem.actors().get(id).named() : new NamedNode(id, null, null));
        algorithms.add(new AlgorithmUse("jaccard", "Jaccard similarity of functions and target groups",
                "P. Jaccard, Bull. Soc. Vaudoise Sci. Nat. 37, 1901",
                Map.of("agencySectors", String.join(" ", options.agencySectors().stream().sorted().map(Vocab.PREFIXES::shortForm).toList()))));

        progress.accept("result-chain coherence");
        ChainProjection chain = ChainProjection.read(source, queries, orgId);
        Coherence coherence = new ResultChainCoherence(chain).result();
        algorithms.add(new AlgorithmUse("coherence", "result-chain reachability (see ResultChainCoherence)",
                "W. K. Kellogg Foundation, Logic Model Development Guide, 2004", Map.of()));

        ActorMeasures self = actors.stream().filter(a -> a.id().equals(org)).findFirst().orElseThrow();
        int rank = 1 + (int) actors.stream().filter(a -> a.betweenness() > self.betweenness() + 1e-12).count();
        Integrator integrator = new Integrator(org, self.label(), rank == 1, rank, self.betweennessNormalized(),
                self.brokerageRoles(), self.roles());

        AnalysisResult.Run run = new AnalysisResult.Run(started.toString(), Instant.now().toString(), source.describe(),
                withTieNote(algorithms, excluded), ecosystem.actors().size(), ecosystem.relations().size(),
                ties.edgeSet().size(), chain.elements().size(), chain.links().size() + chain.strategyLinks().size());
        progress.accept(String.format("done: %s betweenness rank %d, objective coverage %.1f%%, strategy coverage %.1f%%",
                orgId, rank, coherence.objectiveCoverage(), coherence.strategyCoverage()));
        return new AnalysisResult(org, orgId, run, actors, overlap.overlaps(), overlap.overlapIndex(), coherence, integrator);
    }

    private static List<AlgorithmUse> withTieNote(List<AlgorithmUse> algorithms, String excluded) {
        List<AlgorithmUse> out = new ArrayList<>();
        out.add(new AlgorithmUse("tieGraph", "ecosystem tie projection (queries/analysis-ecosystem-relations.rq)",
                "Khumkha", Map.of("excludedRelationTypes", excluded, "weight", "sum of kk:relationWeight per pair (1 if absent)")));
        out.addAll(algorithms);
        return out;
    }

    /** The analysis as an RDF graph, as {@link #writeBack} stores it (for views that add it without storing). */
    public static Graph analysisGraph(AnalysisResult result) {
        return new AnalysisGraphWriter(result).graph();
    }

    /**
     * Stores the result as the named graph {@code g:analysis/<orgId>}, replacing the previous run's, in one write
     * transaction.
     */
    public void writeBack(KnowledgeStore store, String orgId, AnalysisResult result) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(result, "result");
        checkOrgId(orgId);
        if (!orgId.equals(result.orgId())) {
            throw new IllegalArgumentException("the result is about '" + result.orgId() + "', not '" + orgId + "'");
        }
        Node name = analysisGraphName(orgId);
        Graph graph = analysisGraph(result);
        store.write(() -> {
            var dsg = store.dataset().asDatasetGraph();
            dsg.removeGraph(name);
            dsg.addGraph(name, graph);
        });
    }
}
