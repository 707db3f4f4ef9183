package org.khumkha.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's determinism and counts at a small scale, read back with Jena's parser. */
class NationalGeneratorTest {
    static final double SCALE = 0.01;

    @TempDir
    Path temp;

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
        new NationalGenerator(SCALE, 7, line -> { }).write(temp.resolve("a"));
        new NationalGenerator(SCALE, 7, line -> { }).write(temp.resolve("b"));
        new NationalGenerator(SCALE, 8, line -> { }).write(temp.resolve("c"));
        for (String f : NationalGenerator.FILES) {
            assertThat(Files.readAllBytes(temp.resolve("a").resolve(f))).as(f).isEqualTo(Files.readAllBytes(temp.resolve("b").resolve(f)));
        }
        assertThat(Files.readAllBytes(temp.resolve("a/05-results.trig"))).isNotEqualTo(Files.readAllBytes(temp.resolve("c/05-results.trig")));
    }

    @Test
    void countsAtASmallScale() {
        // F = 0.01: 77 × 0.01 = 0.77 → at least 2 provinces; 878 × 0.01 = 8.78 → 9 districts; 7,255 × 0.01 = 72.55 → 73 tambons;
        // 7,852 × 0.01 = 78.52 → 79 local administrations (73 tambon ones + 2 provincial + 4 municipalities);
        // 5,900 × 0.01 = 59 welfare funds; 96,845 × 0.01 = 968.45 → 968 community organizations.
        SyntheticCounts c = SyntheticCounts.at(SCALE);
        assertThat(List.of(c.provinces(), c.districts(), c.tambons(), c.localAdministrations(), c.welfareFunds(), c.communityOrganizations()))
                .containsExactly(2, 9, 73, 79, 59, 968);
        SyntheticCounts full = SyntheticCounts.at(1.0);
        assertThat(List.of(full.provinces(), full.districts(), full.tambons(), full.localAdministrations()))
                .containsExactly(77, 878, 7_255, 7_852);
        assertThat(full.communityOrganizations() + full.councils() + full.welfareFunds()).isEqualTo(110_000);
        assertThat(full.ecosystemActors()).isBetween(15_000, 15_500);
        assertThatThrownBy(() -> SyntheticCounts.at(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--scale");

        new NationalGenerator(SCALE, 7, line -> { }).write(temp);
        Dataset ds = DatasetFactory.create();
        for (String f : NationalGenerator.FILES) {
            RDFDataMgr.read(ds, temp.resolve(f).toString());
        }
        Txn.executeRead(ds, () -> {
            assertThat(count(ds, "kk:Province")).isEqualTo(2);
            assertThat(count(ds, "kk:District")).isEqualTo(9);
            assertThat(count(ds, "kk:Tambon")).isEqualTo(73);
            assertThat(count(ds, "kk:LocalAdministration")).isEqualTo(79);
            assertThat(count(ds, "kk:CommunityCouncil")).isEqualTo(73);
            assertThat(count(ds, "kk:CommunityWelfareFund")).isEqualTo(59);
            assertThat(count(ds, "kk:CommunityOrganization")).isEqualTo(968);
            assertThat(count(ds, "kk:OutcomeIndicator") + count(ds, "kk:ImpactIndicator")).isEqualTo(13);
        });
    }

    private static long count(Dataset ds, String cls) {
        String q = "PREFIX kk: <https://w3id.org/khumkha#> SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a " + cls + " } }";
        try (var qe = org.apache.jena.query.QueryExecution.dataset(ds).query(q).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    @Test
    void allocationSpreadsExactlyWithTheMinimum() {
        int[] a = SyntheticLayout.allocate(878, 77, 1, new SplittableRandom(1));
        assertThat(Arrays.stream(a).sum()).isEqualTo(878);
        assertThat(Arrays.stream(a).min().orElseThrow()).isGreaterThanOrEqualTo(1);
        assertThat(SyntheticLayout.allocate(878, 77, 1, new SplittableRandom(1))).isEqualTo(a);
        boolean[] chosen = SyntheticLayout.choose(5, 9, new SplittableRandom(2));
        List<Integer> picked = new ArrayList<>();
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                picked.add(i);
            }
        }
        assertThat(picked).hasSize(5);
        assertThatThrownBy(() -> SyntheticLayout.allocate(3, 4, 1, new SplittableRandom(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
