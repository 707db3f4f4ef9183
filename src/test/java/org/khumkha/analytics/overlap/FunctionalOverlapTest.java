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
}
