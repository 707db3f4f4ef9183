package org.khumkha.analytics.overlap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.khumkha.analytics.projection.NamedNode;
import org.khumkha.analytics.projection.ProfileProjection;

class FunctionalOverlapTest {

    @Test
    void jaccardOfSets() {
        assertThat(FunctionalOverlap.jaccard(Set.of(), Set.of())).isZero();
        assertThat(FunctionalOverlap.jaccard(Set.of("a"), Set.of())).isZero();
        assertThat(FunctionalOverlap.jaccard(Set.of("a", "b"), Set.of("a", "b"))).isEqualTo(1.0);
        // {a b c} vs {b c d}: 2 shared of 4 distinct.
        assertThat(FunctionalOverlap.jaccard(Set.of("a", "b", "c"), Set.of("b", "c", "d"))).isEqualTo(0.5);
    }

    @Test
    void statedOverlapWithAnAgencyOutsideTheComparedSetIsStillReported() {
        // org {f1} and x {f2}: nothing shared, but the MOU states the overlap: reported with Jaccard 0.
        // org and y {f1}: functions 1/1. Overlap index over the compared agencies (y only): 1.
        ProfileProjection p = new ProfileProjection(Map.of(),
                Map.of("org", Set.of("f1"), "x", Set.of("f2"), "y", Set.of("f1")), Map.of(),
                List.of(new ProfileProjection.StatedOverlap("rel", "x", "org", "f", "f", "why", "why")));
        FunctionalOverlap o = new FunctionalOverlap(p, "org", List.of("y"), id -> new NamedNode(id, id, id));
        assertThat(o.overlaps()).extracting(AgencyOverlap::other).containsExactly("x", "y");
        assertThat(o.overlaps().get(0).stated()).isTrue();
        assertThat(o.overlaps().get(0).agency()).isEqualTo("org");
        assertThat(o.overlaps().get(0).jaccard()).isZero();
        assertThat(o.overlapIndex()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void reportsExactlyThePairsThatShareSomethingInTheOrderOfTheFullPairLoop() {
        // 60 agencies, each with 0-2 of 8 functions and 0-1 of 4 target groups, seeded; plus two stated overlaps,
        // one between two agencies that share nothing. Expected: every pair (i < j, in list order) whose Jaccard of
        // functions and target groups together is above 0, or that is stated, sorted as the class sorts.
        java.util.Random r = new java.util.Random(11);
        Map<String, Set<String>> functions = new java.util.LinkedHashMap<>();
        Map<String, Set<String>> targets = new java.util.LinkedHashMap<>();
        List<String> agencies = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String a = "a" + i;
            agencies.add(a);
            Set<String> f = new java.util.LinkedHashSet<>();
            for (int k = r.nextInt(3); k > 0; k--) {
                f.add("f" + r.nextInt(8));
            }
            functions.put(a, f);
            targets.put(a, r.nextBoolean() ? Set.of("t" + r.nextInt(4)) : Set.of());
        }
        functions.put("a7", Set.of());
        targets.put("a7", Set.of());
        functions.put("a8", Set.of());
        targets.put("a8", Set.of());
        List<ProfileProjection.StatedOverlap> stated = List.of(
                new ProfileProjection.StatedOverlap("r1", "a7", "a8", "f", "f", "why", "why"),
                new ProfileProjection.StatedOverlap("r2", "a0", "a1", "f", "f", "why", "why"));
        ProfileProjection p = new ProfileProjection(Map.of(), functions, targets, stated);
        FunctionalOverlap o = new FunctionalOverlap(p, "a0", agencies.subList(1, 60), id -> new NamedNode(id, id, id));

        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            for (int j = i + 1; j < 60; j++) {
                Set<String> x = new java.util.HashSet<>(functions.get(agencies.get(i)));
                x.addAll(targets.get(agencies.get(i)));
                Set<String> y = new java.util.HashSet<>(functions.get(agencies.get(j)));
                y.addAll(targets.get(agencies.get(j)));
                boolean isStated = (i == 7 && j == 8) || (i == 0 && j == 1);
                if (isStated || FunctionalOverlap.jaccard(x, y) > 0) {
                    expected.add(agencies.get(i) + "-" + agencies.get(j));
                }
            }
        }
        List<String> reported = o.overlaps().stream().map(a -> a.agency() + "-" + a.other()).toList();
        assertThat(reported).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(reported).contains("a7-a8");
        // the class's order: the organization's pairs first, stated ones first, then by decreasing Jaccard
        assertThat(o.overlaps().get(0).agency()).isEqualTo("a0");
        assertThat(o.overlaps().get(0).stated()).isTrue();
    }
}
