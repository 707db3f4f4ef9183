package org.khumkha.analytics.projection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.QuerySolution;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.khumkha.graph.GraphSource;
import org.khumkha.query.QueryLibrary;

/**
 * The bipartite actor–feature graph: which functions each actor performs (kk:performsFunction) and which target
 * groups it serves (kk:servesTargetGroup), from {@code queries/analysis-actor-profiles.rq}; and the stated overlaps
 * (kk:Overlap with function and rationale) from {@code analysis-stated-overlaps.rq}.
 */
public final class ProfileProjection {
    public static final String PROFILES_QUERY = "analysis-actor-profiles";
    public static final String OVERLAPS_QUERY = "analysis-stated-overlaps";

    /** What a feature is: a function or a target group. */
    public enum FeatureKind { FUNCTION, TARGET_GROUP }

    /** A function or target group. */
    public record Feature(String id, FeatureKind kind, String label, String labelEn) {}

    /** A kk:Overlap node between two agencies, with why it is needed (Thai and English). */
    public record StatedOverlap(String relation, String from, String to, String functionTh, String functionEn,
                                String rationaleTh, String rationaleEn) {
        /** Whether it joins these two agencies, in either direction. */
        public boolean joins(String a, String b) {
            return (from.equals(a) && to.equals(b)) || (from.equals(b) && to.equals(a));
        }
    }

    private final Map<String, Feature> features;
    private final Map<String, Set<String>> functions;
    private final Map<String, Set<String>> targetGroups;
    private final List<StatedOverlap> statedOverlaps;

    public ProfileProjection(Map<String, Feature> features, Map<String, Set<String>> functions,
                             Map<String, Set<String>> targetGroups, List<StatedOverlap> statedOverlaps) {
        this.features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
        this.functions = copy(functions);
        this.targetGroups = copy(targetGroups);
        this.statedOverlaps = List.copyOf(statedOverlaps);
    }

    public static ProfileProjection read(GraphSource source, QueryLibrary queries, String orgId) {
        Map<String, Feature> features = new LinkedHashMap<>();
        Map<String, Set<String>> functions = new LinkedHashMap<>();
        Map<String, Set<String>> targetGroups = new LinkedHashMap<>();
        for (QuerySolution row : Rows.select(source, queries, PROFILES_QUERY, orgId)) {
            String actor = Rows.text(row, "actor");
            String feature = Rows.text(row, "feature");
            FeatureKind kind = "function".equals(Rows.text(row, "kind")) ? FeatureKind.FUNCTION : FeatureKind.TARGET_GROUP;
            features.putIfAbsent(feature, new Feature(feature, kind, Rows.text(row, "labelTh"), Rows.text(row, "labelEn")));
            (kind == FeatureKind.FUNCTION ? functions : targetGroups)
                    .computeIfAbsent(actor, a -> new LinkedHashSet<>()).add(feature);
        }
        List<StatedOverlap> overlaps = new ArrayList<>();
        for (QuerySolution row : Rows.select(source, queries, OVERLAPS_QUERY, orgId)) {
            overlaps.add(new StatedOverlap(Rows.text(row, "relation"), Rows.text(row, "from"), Rows.text(row, "to"),
                    Rows.text(row, "functionTh"), Rows.text(row, "functionEn"),
                    Rows.text(row, "rationaleTh"), Rows.text(row, "rationaleEn")));
        }
        return new ProfileProjection(features, functions, targetGroups, overlaps);
    }

    public Set<String> functions(String actor) {
        return functions.getOrDefault(actor, Set.of());
    }

    public Set<String> targetGroups(String actor) {
        return targetGroups.getOrDefault(actor, Set.of());
    }

    public Feature feature(String id) {
        return features.get(id);
    }

    /** Actors with at least one function or target group, in the order first read. */
    public Set<String> profiledActors() {
        Set<String> all = new LinkedHashSet<>(functions.keySet());
        all.addAll(targetGroups.keySet());
        return all;
    }

    public List<StatedOverlap> statedOverlaps() {
        return statedOverlaps;
    }

    /** The bipartite graph: actors on one side, functions and target groups on the other. */
    public Graph<String, DefaultEdge> bipartite() {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (Map<String, Set<String>> side : List.of(functions, targetGroups)) {
            side.forEach((actor, set) -> {
                g.addVertex(actor);
                for (String f : set) {
                    g.addVertex(f);
                    g.addEdge(actor, f);
                }
            });
        }
        return g;
    }

    private static Map<String, Set<String>> copy(Map<String, Set<String>> m) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
        return Collections.unmodifiableMap(out);
    }
}
