package org.khumkha.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.khumkha.testing.CodiFixture;

/** CODI's graph conforms to the shapes; each way of breaking it is caught with its own message. */
class ShaclValidationTest {
    private static final Path FRAMEWORK = Path.of("data/opdc/framework.trig");

    @Test
    void codiConforms() {
        ShaclValidation.Result result = new ShaclValidation(CodiFixture.store()).validate();
        assertThat(result.findings()).isEmpty();
        assertThat(result.conforms()).isTrue();
    }

    @Test
    void aChangedWeightBreaksBothSums() throws IOException {
        // 1.1 weighs 12 instead of 10: the leaves sum to 102 and dimension 1 (20) is no longer 12 + 10.
        String framework = Files.readString(FRAMEWORK);
        int at = framework.indexOf("fw:ind-1.1 a");
        String broken = framework.substring(0, at) + framework.substring(at).replaceFirst("kk:weight 10.0", "kk:weight 12.0");
        var findings = validateWith(broken);
        assertThat(findings).anySatisfy(f -> assertThat(f.message()).contains("sum to 102"));
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.focusNode()).isEqualTo("fw:dim-1");
            assertThat(f.message()).contains("not the sum of its children");
        });
    }

    @Test
    void thresholdsOutOfOrderAreCaught() throws IOException {
        // 2.2.1.2's levels 1 and 2 swapped: 80 then 75.
        String framework = Files.readString(FRAMEWORK);
        int at = framework.indexOf("fw:ind-2.2.1.2 a");
        String tail = framework.substring(at).replaceFirst("kk:threshold 75.0", "kk:threshold 80.0")
                .replaceFirst("kk:level 2 ; kk:threshold 80.0", "kk:level 2 ; kk:threshold 75.0");
        var findings = validateWith(framework.substring(0, at) + tail);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.focusNode()).isEqualTo("fw:ind-2.2.1.2");
            assertThat(f.message()).contains("ascend strictly").contains("เรียงจากน้อยไปมาก");
        });
    }

    @Test
    void anImpactLeadingBackToAProcessIsCaught() {
        var findings = validateWithExtra(Path.of("src/test/files/broken/impact-leads-to-process.trig"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.focusNode()).isEqualTo("codi:impact-I1");
            assertThat(f.message()).contains("one level forward").contains("level 5 → level 2");
        });
    }

    @Test
    void aResourceWithoutAThaiLabelIsCaught() {
        var findings = validateWithExtra(Path.of("src/test/files/broken/missing-thai-label.trig"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.focusNode()).isEqualTo("codi:actor-english-only");
            assertThat(f.message()).contains("@th");
        });
    }

    private List<ShaclValidation.Finding> validateWith(String frameworkText) throws IOException {
        Path file = CodiFixture.tempDirectory().resolve("framework.trig");
        Files.writeString(file, frameworkText);
        return validateWithExtra(file);
    }

    /** A fresh CODI store with one more file loaded over it (same graph names replace the originals). */
    private List<ShaclValidation.Finding> validateWithExtra(Path file) {
        try (KnowledgeStore store = CodiFixture.freshStore()) {
            new GraphLoader(Path.of(""), line -> { }).load(store, List.of(file));
            ShaclValidation.Result result = new ShaclValidation(store).validate();
            assertThat(result.conforms()).isFalse();
            return result.findings();
        }
    }
}
