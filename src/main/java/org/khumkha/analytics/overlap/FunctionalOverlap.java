package org.khumkha.analytics.overlap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.khumkha.analytics.projection.NamedNode;
import org.khumkha.analytics.projection.ProfileProjection;
import org.khumkha.analytics.projection.ProfileProjection.StatedOverlap;

/**
 * Pairwise functional overlap of agencies (P. Jaccard, "Étude comparative de la distribution florale dans une portion
 * des Alpes et du Jura", <i>Bull. Soc. Vaudoise Sci. Nat.</i> 37, 1901): for every pair of the given agencies, and
 * every pair joined by a stated kk:Overlap, the Jaccard similarity of their functions, of their target groups and of
 * both together. A pair is reported when it shares something or the MOU states the overlap.
 *
 * <p>The organization's <b>overlap index</b> is the mean of {@code jaccardFunctions} between the organization and each
 * other agency that performs at least one function: 0 when its functions are its own, 1 when every agency does
 * exactly what it does. Complexity: O(a · f + p) for a agencies, f features each and p pairs that share a feature
 * (a² in the worst case, where every agency shares something with every other). Computed on the first call, cached.
 */
public final class FunctionalOverlap {
    private final ProfileProjection profiles;
    private final String organization;
    private final List<String> agencies;
    private final Function<String, NamedNode> names;
    private List<AgencyOverlap> overlaps;
    private Double overlapIndex;

    /**
     * @param profiles     functions and target groups per actor, and the stated overlaps
     * @param organization the evaluated organization's IRI
     * @param agencies     the actors compared pairwise (public agencies); the organization is added if missing
     * @param names        labels of an actor IRI
     */
    public FunctionalOverlap(ProfileProjection profiles, String organization, Collection<String> agencies,
                             Function<String, NamedNode> names) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.organization = Objects.requireNonNull(organization, "organization");
        Set<String> ordered = new LinkedHashSet<>();
        ordered.add(organization);
        ordered.addAll(agencies);
        this.agencies = List.copyOf(ordered);
        this.names = Objects.requireNonNull(names, "names");
    }

    /** |a ∩ b| / |a ∪ b|, and 0 when both are empty. */
    public static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new LinkedHashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 0;
        }
        return (double) intersection(a, b).size() / union.size();
    }

    /** The reported pairs: the organization's first (stated ones first), then by decreasing Jaccard. Unmodifiable. */
    public List<AgencyOverlap> overlaps() {
        if (overlaps == null) {
            overlaps = Collections.unmodifiableList(compute());
        }
        return overlaps;
    }

    /** The organization's overlap index (0-1). */
    public double overlapIndex() {
        if (overlapIndex == null) {
            double sum = 0;
            int n = 0;
            for (String other : agencies) {
                if (!other.equals(organization) && !profiles.functions(other).isEmpty()) {
                    sum += jaccard(profiles.functions(organization), profiles.functions(other));
                    n++;
                }
            }
            overlapIndex = n == 0 ? 0.0 : sum / n;
        }
        return overlapIndex;
    }

    private List<AgencyOverlap> compute() {
        // Only pairs that share a function or a target group (or whose overlap the MOU states) can be reported, so
        // they are found through an index from each feature to its agencies instead of trying all a² pairs: a
        // national store has some 7,900 public agencies, 31 million pairs, almost all sharing nothing.
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < agencies.size(); i++) {
            position.put(agencies.get(i), i);
        }
        Map<String, List<Integer>> byFeature = new LinkedHashMap<>();
        for (int i = 0; i < agencies.size(); i++) {
            String agency = agencies.get(i);
            Set<String> features = new LinkedHashSet<>(profiles.functions(agency));
            features.addAll(profiles.targetGroups(agency));
            for (String f : features) {
                byFeature.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> candidates = new HashSet<>();
        for (List<Integer> sharing : byFeature.values()) {
            for (int x = 0; x < sharing.size(); x++) {
                for (int y = x + 1; y < sharing.size(); y++) {
                    candidates.add(pairKey(sharing.get(x), sharing.get(y)));
                }
            }
        }
        List<StatedOverlap> outside = new ArrayList<>();
        for (StatedOverlap s : profiles.statedOverlaps()) {
            Integer from = position.get(s.from());
            Integer to = position.get(s.to());
            if (from != null && to != null && !from.equals(to)) {
                candidates.add(pairKey(from, to));
            } else {
                outside.add(s);
            }
        }
        // in the order the full double loop over the agencies would visit them, so that ties sort as before
        List<String[]> pairs = new ArrayList<>();
        candidates.stream().sorted().forEach(k -> pairs.add(new String[] {agencies.get((int) (k >>> 32)), agencies.get((int) (k & 0xFFFFFFFFL))}));
        for (StatedOverlap s : outside) {
            if (pairs.stream().noneMatch(p -> s.joins(p[0], p[1]))) {
                pairs.add(s.to().equals(organization) ? new String[] {s.to(), s.from()} : new String[] {s.from(), s.to()});
            }
        }
        List<AgencyOverlap> result = new ArrayList<>();
        for (String[] p : pairs) {
            AgencyOverlap o = measure(p[0], p[1]);
            if (o.stated() || o.jaccard() > 0) {
                result.add(o);
            }
        }
        result.sort(Comparator.comparing((AgencyOverlap o) -> !o.agency().equals(organization))
                .thenComparing(o -> !o.stated())
                .thenComparing(Comparator.comparingDouble(AgencyOverlap::jaccard).reversed()));
        return result;
    }

    private AgencyOverlap measure(String a, String b) {
        Set<String> fa = profiles.functions(a), fb = profiles.functions(b);
        Set<String> ta = profiles.targetGroups(a), tb = profiles.targetGroups(b);
        Set<String> all1 = new LinkedHashSet<>(fa);
        all1.addAll(ta);
        Set<String> all2 = new LinkedHashSet<>(fb);
        all2.addAll(tb);
        StatedOverlap stated = profiles.statedOverlaps().stream().filter(s -> s.joins(a, b)).findFirst().orElse(null);
        return new AgencyOverlap(a, names.apply(a).label(), b, names.apply(b).label(),
                jaccard(fa, fb), jaccard(ta, tb), jaccard(all1, all2), stated != null,
                stated == null ? null : stated.functionTh(),
                stated == null ? null : stated.rationaleTh(),
                stated == null ? null : stated.rationaleEn(),
                stated == null ? null : stated.relation(),
                labels(intersection(fa, fb)), labels(intersection(ta, tb)));
    }

    private List<String> labels(Set<String> features) {
        List<String> out = new ArrayList<>();
        for (String f : features) {
            var feature = profiles.feature(f);
            out.add(feature == null ? f : new NamedNode(f, feature.label(), feature.labelEn()).label());
        }
        return out;
    }

    /** The pair (i, j) with i < j as one sortable number: i in the high half. */
    private static long pairKey(int a, int b) {
        int i = Math.min(a, b);
        int j = Math.max(a, b);
        return ((long) i << 32) | j;
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> both = new LinkedHashSet<>(a);
        both.retainAll(b);
        return both;
    }
}
