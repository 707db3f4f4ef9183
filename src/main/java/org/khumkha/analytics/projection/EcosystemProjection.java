package org.khumkha.analytics.projection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.query.QuerySolution;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.khumkha.graph.GraphSource;
import org.khumkha.query.QueryLibrary;

/**
 * The organization's ecosystem: its actors ({@code queries/analysis-ecosystem-actors.rq}), their typed and weighted
 * relations ({@code analysis-ecosystem-relations.rq}) and their stated roles ({@code analysis-actor-roles.rq}).
 * Three JGraphT views are built from it:
 * <ul>
 * <li>{@link #typed()}: every relation as its own directed, weighted edge (a pseudograph), the graph as modelled;</li>
 * <li>{@link #ties(Set)}: an undirected simple graph, one edge per pair of related actors weighted by the summed
 * relation weights, for degree, betweenness, closeness, PageRank and communities;</li>
 * <li>{@link #arcs(Set)}: a directed simple graph, relation direction kept, symmetric relation types (owl:SymmetricProperty
 * such as kk:cooperatesWith) as arcs both ways, weights summed per arc, for Burt's measures and brokerage.</li>
 * </ul>
 * Relation types in the excluded set (by default kk:overlapsWith: an overlap is a likeness of mandate, not a channel)
 * are left out of the last two.
 */
public final class EcosystemProjection {
    public static final String ACTORS_QUERY = "analysis-ecosystem-actors";
    public static final String RELATIONS_QUERY = "analysis-ecosystem-relations";
    public static final String ROLES_QUERY = "analysis-actor-roles";

    /** An actor with its labels and sector (the sector may be null). */
    public record Actor(String id, String label, String labelEn, String sector) {
        public NamedNode named() {
            return new NamedNode(id, label, labelEn);
        }
    }

    /** One relation: from, to, its type (a sub-property of kk:actorRelation), weight, and its qualified node if any. */
    public record Relation(String from, String to, String type, double weight, boolean symmetric, String relation) {}

    /** A typed relation as an edge of {@link #typed()}. */
    public static final class RelationEdge extends DefaultWeightedEdge {
        private static final long serialVersionUID = 1L;
        private final transient Relation relation;

        RelationEdge(Relation relation) {
            this.relation = relation;
        }

        public Relation relation() {
            return relation;
        }

        @Override
        public String toString() {
            return relation.from() + " -[" + relation.type() + "]-> " + relation.to();
        }
    }

    private final Map<String, Actor> actors;
    private final List<Relation> relations;
    private final Map<String, List<NamedNode>> roles;

    public EcosystemProjection(Map<String, Actor> actors, List<Relation> relations, Map<String, List<NamedNode>> roles) {
        this.actors = Collections.unmodifiableMap(new LinkedHashMap<>(actors));
        this.relations = List.copyOf(relations);
        this.roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
        for (Relation r : relations) {
            if (!actors.containsKey(r.from()) || !actors.containsKey(r.to())) {
                throw new IllegalArgumentException("relation " + r + " joins an actor that is not in the ecosystem");
            }
        }
    }

    /** Reads the organization's ecosystem through the three named queries. */
    public static EcosystemProjection read(GraphSource source, QueryLibrary queries, String orgId) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (QuerySolution row : Rows.select(source, queries, ACTORS_QUERY, orgId)) {
            String id = Rows.text(row, "actor");
            actors.putIfAbsent(id, new Actor(id, Rows.text(row, "labelTh"), Rows.text(row, "labelEn"), Rows.text(row, "sector")));
        }
        List<Relation> relations = new ArrayList<>();
        for (QuerySolution row : Rows.select(source, queries, RELATIONS_QUERY, orgId)) {
            Double w = Rows.number(row, "weight");
            relations.add(new Relation(Rows.text(row, "from"), Rows.text(row, "to"), Rows.text(row, "type"),
                    w == null ? 1.0 : w, Rows.bool(row, "symmetric"), Rows.text(row, "relation")));
        }
        Map<String, List<NamedNode>> roles = new LinkedHashMap<>();
        for (QuerySolution row : Rows.select(source, queries, ROLES_QUERY, orgId)) {
            List<NamedNode> list = roles.computeIfAbsent(Rows.text(row, "actor"), a -> new ArrayList<>());
            NamedNode role = new NamedNode(Rows.text(row, "role"), Rows.text(row, "labelTh"), Rows.text(row, "labelEn"));
            if (list.stream().noneMatch(r -> r.id().equals(role.id()))) {
                list.add(role);
            }
        }
        return new EcosystemProjection(actors, relations, roles);
    }

    public Map<String, Actor> actors() {
        return actors;
    }

    public List<Relation> relations() {
        return relations;
    }

    /** The roles each actor is stated (or modelled) to play. */
    public List<NamedNode> roles(String actor) {
        return roles.getOrDefault(actor, List.of());
    }

    /** Every relation as a directed weighted edge; parallel edges of different types are kept. */
    public Graph<String, RelationEdge> typed() {
        Graph<String, RelationEdge> g = new DirectedWeightedPseudograph<>(RelationEdge.class);
        actors.keySet().forEach(g::addVertex);
        for (Relation r : relations) {
            RelationEdge e = new RelationEdge(r);
            g.addEdge(r.from(), r.to(), e);
            g.setEdgeWeight(e, r.weight());
        }
        return g;
    }

    /** Undirected simple tie graph: one edge per related pair, weight = sum of the pair's relation weights. */
    public Graph<String, DefaultWeightedEdge> ties(Set<String> excludedTypes) {
        Objects.requireNonNull(excludedTypes, "excludedTypes");
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        actors.keySet().forEach(g::addVertex);
        for (Relation r : relations) {
            if (excludedTypes.contains(r.type()) || r.from().equals(r.to())) {
                continue;
            }
            add(g, r.from(), r.to(), r.weight());
        }
        return g;
    }

    /** Directed simple arc graph: relation direction kept, symmetric types both ways, weights summed per arc. */
    public Graph<String, DefaultWeightedEdge> arcs(Set<String> excludedTypes) {
        Objects.requireNonNull(excludedTypes, "excludedTypes");
        Graph<String, DefaultWeightedEdge> g = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        actors.keySet().forEach(g::addVertex);
        for (Relation r : relations) {
            if (excludedTypes.contains(r.type()) || r.from().equals(r.to())) {
                continue;
            }
            add(g, r.from(), r.to(), r.weight());
            if (r.symmetric()) {
                add(g, r.to(), r.from(), r.weight());
            }
        }
        return g;
    }

    private static void add(Graph<String, DefaultWeightedEdge> g, String from, String to, double weight) {
        DefaultWeightedEdge e = g.getEdge(from, to);
        if (e == null) {
            e = g.addEdge(from, to);
            g.setEdgeWeight(e, weight);
        } else {
            g.setEdgeWeight(e, g.getEdgeWeight(e) + weight);
        }
    }
}
