package org.khumkha.analytics;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.khumkha.analytics.brokerage.BrokerageRole;
import org.khumkha.analytics.coherence.Coherence;
import org.khumkha.analytics.overlap.AgencyOverlap;

/**
 * One analysis of an organization, serialised as the JSON of {@code analyze --format json} and
 * {@code GET /api/analysis}, and written back as the named graph {@code g:analysis/<orgId>}.
 *
 * @param organization the organization's IRI
 * @param orgId        its short id
 * @param run          when, on what, with which algorithms and parameters
 * @param actors       ecosystem measures per actor, in decreasing betweenness
 * @param overlaps     agency pairs that share functions or target groups or are stated to overlap
 * @param overlapIndex mean functional Jaccard similarity of the organization with the other public agencies (0-1)
 * @param coherence    result-chain coherence (coverages in percent)
 * @param integrator   whether the organization is the ecosystem's broker, as the MOU claims
 */
public record AnalysisResult(String organization, String orgId, Run run, List<ActorMeasures> actors,
                             List<AgencyOverlap> overlaps, double overlapIndex, Coherence coherence,
                             Integrator integrator) {

    public AnalysisResult {
        actors = List.copyOf(actors);
        overlaps = List.copyOf(overlaps);
    }

    /** The measures of one actor, by IRI. */
    public Optional<ActorMeasures> actor(String iri) {
        return actors.stream().filter(a -> a.id().equals(iri)).findFirst();
    }

    /**
     * When the run was made and how.
     *
     * @param startedAt ISO-8601 instant
     * @param endedAt   ISO-8601 instant
     * @param source    the store or endpoint read
     */
    public record Run(String startedAt, String endedAt, String source, List<AlgorithmUse> algorithms,
                      int actorCount, int relationCount, int tieCount, int chainElementCount, int chainLinkCount) {
        public Run {
            algorithms = List.copyOf(algorithms);
        }
    }

    /** Which algorithm computed a measure, its reference and its parameters. */
    public record AlgorithmUse(String measure, String algorithm, String reference, Map<String, String> parameters) {
        public AlgorithmUse {
            parameters = Map.copyOf(parameters);
        }
    }

    /**
     * An actor's position in the ecosystem.
     *
     * @param id                    IRI
     * @param label                 Thai label
     * @param labelEn               English label
     * @param sector                kk:sector IRI, or null
     * @param degree                number of actors it is tied to
     * @param weightedDegree        summed weight of its relations (kk:relationWeight, 1 when not given)
     * @param betweenness           shortest paths between other pairs through it (unordered pairs, hop distance)
     * @param betweennessNormalized betweenness / ((n−1)(n−2)/2): 1 for the centre of a star
     * @param closeness             Wasserman–Faust closeness (hops)
     * @param pageRank              PageRank on the weighted tie graph
     * @param community             community number (greedy modularity), 0 the largest
     * @param constraint            Burt's constraint (null for an isolated actor)
     * @param effectiveSize         Burt's effective size
     * @param brokerageRoles        Gould–Fernandez role counts by sector
     * @param roles                 Thai labels of the roles it is stated to play (kk:playsRole)
     */
    public record ActorMeasures(String id, String label, String labelEn, String sector, int degree,
                                double weightedDegree, double betweenness, double betweennessNormalized,
                                double closeness, double pageRank, int community, Double constraint,
                                double effectiveSize, BrokerageRoles brokerageRoles, List<String> roles) {
        public ActorMeasures {
            roles = List.copyOf(roles);
        }
    }

    /** Gould–Fernandez brokerage counts. */
    public record BrokerageRoles(int coordinator, int itinerant, int gatekeeper, int representative, int liaison) {
        public static BrokerageRoles of(Map<BrokerageRole, Integer> counts) {
            return new BrokerageRoles(counts.getOrDefault(BrokerageRole.COORDINATOR, 0),
                    counts.getOrDefault(BrokerageRole.ITINERANT, 0), counts.getOrDefault(BrokerageRole.GATEKEEPER, 0),
                    counts.getOrDefault(BrokerageRole.REPRESENTATIVE, 0), counts.getOrDefault(BrokerageRole.LIAISON, 0));
        }

        public int count(BrokerageRole role) {
            return switch (role) {
                case COORDINATOR -> coordinator;
                case ITINERANT -> itinerant;
                case GATEKEEPER -> gatekeeper;
                case REPRESENTATIVE -> representative;
                case LIAISON -> liaison;
            };
        }

        public int total() {
            return coordinator + itinerant + gatekeeper + representative + liaison;
        }
    }

    /**
     * The MOU's claim that the organization integrates the ecosystem, against the network.
     *
     * @param actor                 the organization's IRI
     * @param hasHighestBetweenness no other actor has a higher betweenness
     * @param betweennessRank       1 + the number of actors with a strictly higher betweenness
     * @param statedRoles           Thai labels of the roles it is stated to play
     */
    public record Integrator(String actor, String label, boolean hasHighestBetweenness, int betweennessRank,
                             double betweennessNormalized, BrokerageRoles brokerageRoles, List<String> statedRoles) {
        public Integrator {
            statedRoles = List.copyOf(statedRoles);
        }
    }
}
