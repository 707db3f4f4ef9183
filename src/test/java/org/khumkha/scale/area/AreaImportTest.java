package org.khumkha.scale.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khumkha.graph.GraphLoader;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.scale.NationalGenerator;
import org.khumkha.scoring.MeasurementImports;
import org.khumkha.scoring.ScoringService;
import org.khumkha.testing.CodiFixture;
import org.khumkha.testing.Rows;

/**
 * The measurement format's optional area, numerator and denominator columns, on a tiny generated country: area rows
 * are stored as kk:AreaResult and roll up by sums; bad area rows refuse the whole file; re-importing replaces.
 */
class AreaImportTest {
    static KnowledgeStore store;
    static String tambonA;
    static String tambonB;
    static String district;

    @BeforeAll
    static void load() throws Exception {
        Path dir = Files.createTempDirectory("khumkha-area-import");
        new NationalGenerator(0.002, 3, line -> { }).write(dir);
        store = CodiFixture.emptyStore();
        List<Path> sources = new ArrayList<>(GraphLoader.DEFAULT_SOURCES.stream().map(Path::of).toList());
        sources.add(dir);
        new GraphLoader(Path.of(""), line -> { }).load(store, sources);
        AreaTree tree = new AreaResultsService(Rows.library()).tree(store.source());
        Area d = tree.atLevel(AreaLevel.DISTRICT).stream().filter(x -> tree.children(x.iri()).size() >= 2).findFirst().orElseThrow();
        district = d.iri();
        tambonA = tree.children(d.iri()).get(0).code();
        tambonB = tree.children(d.iri()).get(1).code();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static MeasurementImports.Outcome importCsv(String csv) {
        return new MeasurementImports(new ScoringService(Rows.library())).importFile(store, "areas.csv",
                csv.getBytes(StandardCharsets.UTF_8), false, true);
    }

    @Test
    void areaRowsAreStoredAndRollUpBySums() {
        // 2569 has no generated result: tambon A 3/4 and tambon B 1/4 → their district (3+1)/(4+4) × 100 = 50 %
        String csv = "organization,indicator,fiscal_year,area,numerator,denominator,evidence\n"
                + "synthetic,O1,2569," + tambonA + ",3,4,survey\n"
                + "synthetic,O1,2569," + tambonB + ",1,4,\n";
        MeasurementImports.Outcome first = importCsv(csv);
        assertThat(first.validation().problems()).isEmpty();
        assertThat(first.written().areaResults()).isEqualTo(2);
        var rollUp = new AreaResultsService(Rows.library()).rollUp(store.source(), NationalGenerator.ORG_ID, "O1", 2569);
        assertThat(rollUp.rollUp().totals(district).value(rollUp.multiplier())).isEqualByComparingTo("50");

        importCsv(csv); // the same file again replaces, it does not add
        var again = new AreaResultsService(Rows.library()).rollUp(store.source(), NationalGenerator.ORG_ID, "O1", 2569);
        assertThat(again.rollUp().totals(district).observations()).isEqualTo(2);
    }

    @Test
    void badAreaRowsRefuseTheWholeFile() {
        String csv = "organization,indicator,fiscal_year,value,area,numerator,denominator\n"
                + "synthetic,O4,2569,,999999,1,2\n"     // unknown area
                + "synthetic,O4,2569,50," + tambonA + ",1,2\n"  // a value on an area row
                + "synthetic,O4,2569,," + tambonA + ",1,\n"     // a percentage without its denominator
                + "synthetic,O4,2569,,," + "1,2\n";            // a numerator without an area
        MeasurementImports.Outcome o = importCsv(csv);
        assertThat(o.committed()).isFalse();
        assertThat(o.validation().problems()).extracting(p -> p.toString())
                .anySatisfy(p -> assertThat(p).contains("leave the value empty"))
                .anySatisfy(p -> assertThat(p).contains("is a percentage"))
                .anySatisfy(p -> assertThat(p).contains("needs an area"));
        MeasurementImports.Outcome unknown = importCsv("organization,indicator,fiscal_year,area,numerator,denominator\n"
                + "synthetic,O4,2569,999999,1,2\n");
        assertThat(unknown.committed()).isFalse();
        assertThat(unknown.validation().problems()).extracting(p -> p.toString()).anySatisfy(p -> assertThat(p).contains("unknown area '999999'"));
    }
}
