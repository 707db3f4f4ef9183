package org.khumkha.render;

import java.util.List;
import java.util.Optional;

/**
 * What the ecosystem map shows, read once from the graph and the analysis ({@link EcosystemViewReader}); served as
 * JSON by {@code GET /api/views/ecosystem} and drawn by {@link EcosystemPicture}.
 *
 * @param organization the evaluated organization's IRI (the focal actor)
 * @param actors       every actor, in decreasing betweenness
 * @param relations    every relation between two actors, overlaps included ({@link Relation#overlap()})
 * @param sectors      the sectors, in order, each with the colour actors of that sector get
 * @param stages       the development stages (filters)
 * @param factors      the key and enabling factors (filters)
 * @param integrator   whether the organization has the highest betweenness, and its rank
 */
public record EcosystemView(String organization, String orgId, String label, String labelEn, List<Actor> actors,
                            List<Relation> relations, List<Sector> sectors, List<Dimension> stages,
                            List<Dimension> factors, Integrator integrator) {

    public EcosystemView {
        actors = List.copyOf(actors);
        relations = List.copyOf(relations);
        sectors = List.copyOf(sectors);
        stages = List.copyOf(stages);
        factors = List.copyOf(factors);
    }

    public Optional<Actor> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Sector> sector(String id) {
        return sectors.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * An actor with its network measures (see {@code AnalysisResult.ActorMeasures}).
     *
     * @param focal     whether it is the evaluated organization
     * @param brokerage its Gould–Fernandez brokerage count over all five roles
     * @param roles     the Thai labels of the roles it is stated to play
     */
    public record Actor(String id, String label, String labelEn, String sector, boolean focal, int degree,
                        double betweenness, double betweennessNormalized, double closeness, Double constraint,
                        int brokerage, List<String> roles) {
        public Actor {
            roles = List.copyOf(roles);
        }
    }

    /**
     * A relation between two actors.
     *
     * @param id         the qualified relation node's IRI, or from|type|to for a bare triple
     * @param modelled   Khumkha modelled it (not stated in the MOU)
     * @param overlap    it is an overlap of mandates (kk:overlapsWith), not a working channel
     * @param stages     IRIs of the development stages it is active at
     * @param factors    IRIs of the factors it addresses
     * @param overlapDetail the overlapping function, rationale and distinct role of an overlap; null otherwise
     */
    public record Relation(String id, String from, String to, String type, String typeLabel, String typeLabelEn,
                           double weight, boolean modelled, boolean overlap, String label, String labelEn,
                           List<String> stages, List<String> factors, OverlapDetail overlapDetail) {
        public Relation {
            stages = List.copyOf(stages);
            factors = List.copyOf(factors);
        }
    }

    /**
     * Why two agencies overlap, as the MOU states it, and how much their modelled functions and target groups overlap.
     *
     * @param jaccard Jaccard similarity of the two agencies' functions and target groups (0-1), from the analysis
     */
    public record OverlapDetail(String function, String functionEn, String rationale, String rationaleEn,
                                String distinctRole, String distinctRoleEn, double jaccard, List<String> sharedFunctions) {
        public OverlapDetail {
            sharedFunctions = List.copyOf(sharedFunctions);
        }
    }

    /** A sector and the colour the map gives it ({@code #rrggbb}). */
    public record Sector(String id, String label, String labelEn, String color) {}

    /** A development stage or a factor. {@code kind}: stage, keyFactor or enablingFactor. */
    public record Dimension(String id, String kind, int ordinal, String label, String labelEn) {}

    /** The MOU's claim that the organization integrates the ecosystem, against its betweenness rank. */
    public record Integrator(boolean hasHighestBetweenness, int betweennessRank, List<String> statedRoles) {
        public Integrator {
            statedRoles = List.copyOf(statedRoles);
        }
    }
}
