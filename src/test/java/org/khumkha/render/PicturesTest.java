package org.khumkha.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khumkha.analytics.AnalysisService;
import org.khumkha.graph.GraphSource;
import org.khumkha.query.QueryLibrary;
import org.khumkha.testing.CodiFixture;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** CODI's ecosystem and result chain read from the real store and drawn to PNG (GraphStream) and SVG. */
class PicturesTest {
    private static final String CODI = "https://w3id.org/khumkha/id/codi";
    private static final String CODI_TH = "สถาบันพัฒนาองค์กรชุมชน";
    private static GraphSource source;
    private static Pictures pictures;

    @BeforeAll
    static void read() {
        source = CodiFixture.store().source();
        QueryLibrary queries = QueryLibrary.load();
        AnalysisService analysis = new AnalysisService(queries);
        pictures = new Pictures(queries, (s, org) -> analysis.analyze(s, org, line -> { }));
    }

    @Test
    void theEcosystemViewHasCodiAsTheIntegratorAndTheStatedOverlapsWithTheirRationale() {
        EcosystemView view = pictures.ecosystem(source, "codi");
        assertThat(view.actor(CODI)).hasValueSatisfying(a -> assertThat(a.focal()).isTrue());
        assertThat(view.actors().get(0).id()).isEqualTo(CODI);
        assertThat(view.integrator().hasHighestBetweenness()).isTrue();
        assertThat(view.integrator().betweennessRank()).isEqualTo(1);
        List<EcosystemView.Relation> overlaps = view.relations().stream().filter(EcosystemView.Relation::overlap).toList();
        assertThat(overlaps).hasSize(3).allSatisfy(o -> {
            assertThat(o.from()).isEqualTo(CODI);
            assertThat(o.modelled()).isFalse();
            assertThat(o.overlapDetail().rationale()).startsWith("ประชาชนโดยเฉพาะในกลุ่มที่เปราะบาง");
            assertThat(o.overlapDetail().functionEn()).contains("occupations");
            assertThat(o.overlapDetail().jaccard()).isBetween(0.0, 1.0);
        });
        assertThat(view.stages()).hasSize(3).extracting(EcosystemView.Dimension::ordinal).containsExactly(1, 2, 3);
        assertThat(view.factors()).hasSize(10);
        // every modelled relation with stages names only the three stages
        List<String> stageIds = view.stages().stream().map(EcosystemView.Dimension::id).toList();
        view.relations().forEach(r -> assertThat(stageIds).containsAll(r.stages()));
        assertThat(view.relations().stream().filter(r -> !r.stages().isEmpty())).isNotEmpty();
    }

    @Test
    void theResultChainRunsLeftToRightFromInputsToImpactsWith13MeasuredElements() {
        ResultChainView view = pictures.resultChain(source, "codi");
        assertThat(view.levels()).extracting(ResultChainView.Level::kind).containsExactly("input", "process", "output", "outcome", "impact");
        assertThat(view.elements().stream().filter(e -> e.indicator() != null).map(ResultChainView.Element::indicator).sorted().toList())
                .containsExactly("I1", "I2", "I3", "I4", "O1", "O2", "O3", "O4", "O5", "O6", "O7", "O8", "O9");
        for (ResultChainView.Link l : view.links()) {
            int from = view.element(l.from()).orElseThrow().level();
            int to = view.element(l.to()).orElseThrow().level();
            assertThat(to).as(l.from() + " → " + l.to()).isEqualTo(from + 1);
        }
        assertThat(view.indicators()).hasSize(13).allSatisfy(i -> {
            assertThat(i.definition()).isNotBlank();
            assertThat(i.targetText()).isNotBlank();
        });
        assertThatThrownBy(() -> pictures.resultChain(source, "nobody")).hasMessageContaining("nobody");
    }

    @Test
    void theEcosystemPngIsDrawnByGraphStreamWithTheGoldRingAndThaiLabels() throws Exception {
        Picture picture = pictures.picture(source, "codi", Pictures.Kind.ECOSYSTEM, Language.TH);
        byte[] png = new PngPictureWriter().write(picture);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo((int) Math.round(picture.width()));
        assertThat(image.getHeight()).isEqualTo((int) Math.round(picture.height()));
        assertThat(count(image, 0, 0, image.getWidth(), image.getHeight(), rgb -> near(rgb, 0xc9a100, 40))).as("gold ring").isGreaterThan(200);
        assertThat(count(image, 0, 0, image.getWidth(), image.getHeight(), rgb -> near(rgb, 0xd62728, 40))).as("overlap red").isGreaterThan(200);

        // the focal actor's label is drawn under it: dark text pixels there
        double[] at = picture.screenPositions(List.of(CODI)).get(CODI);
        double radius = (Double) picture.graph().getNode(CODI).getAttribute(Picture.SIZE) / 2;
        int textPixels = count(image, (int) at[0] - 120, (int) (at[1] + radius + 6), 240, 30, rgb -> luminance(rgb) < 90);
        assertThat(textPixels).as("label pixels under the focal actor").isGreaterThan(150);

        // the picture itself holds every actor's label, truncated only with an ellipsis
        assertThat(Picture.label(picture.graph().getNode(CODI))).startsWith(CODI_TH);
        Path out = Path.of("target", "pictures");
        java.nio.file.Files.createDirectories(out);
        java.nio.file.Files.write(out.resolve("ecosystem-codi.png"), png);
    }

    @Test
    void theSvgsAreWellFormedAndCarryTheThaiLabelsAndTheFont() throws Exception {
        byte[] eco = pictures.render(source, "codi", Pictures.Kind.ECOSYSTEM, Pictures.Format.SVG, Language.TH);
        Document doc = parse(eco);
        assertThat(texts(doc)).anySatisfy(t -> assertThat(t).startsWith(CODI_TH)).anySatisfy(t -> assertThat(t).contains("กระทรวงมหาดไทย"));
        assertThat(new String(eco, StandardCharsets.UTF_8)).contains("@font-face{font-family:'Laksaman'").contains("data:font/ttf;base64,");
        int overlaps = 0;
        NodeList paths = doc.getElementsByTagName("path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element p = (Element) paths.item(i);
            if ("#d62728".equals(p.getAttribute("stroke")) && !p.getAttribute("stroke-dasharray").isEmpty()) {
                overlaps++;
            }
        }
        assertThat(overlaps).as("3 overlaps and the legend's sample").isEqualTo(4);

        byte[] chain = pictures.render(source, "codi", Pictures.Kind.RESULT_CHAIN, Pictures.Format.SVG, Language.EN);
        Document chainDoc = parse(chain);
        assertThat(texts(chainDoc)).contains("Inputs", "Processes (plans)", "Outputs", "Outcomes", "Impacts")
                .anySatisfy(t -> assertThat(t).startsWith("O3 · "));
        ResultChainView view = pictures.resultChain(source, "codi");
        long modelled = view.links().stream().filter(ResultChainView.Link::modelled).count();
        int dashed = 0;
        NodeList chainPaths = chainDoc.getElementsByTagName("path");
        for (int i = 0; i < chainPaths.getLength(); i++) {
            Element p = (Element) chainPaths.item(i);
            if ("#e07b00".equals(p.getAttribute("stroke")) && !p.getAttribute("stroke-dasharray").isEmpty()) {
                dashed++;
            }
        }
        assertThat(dashed).isEqualTo(modelled + 1); // + the legend's sample

        byte[] png = pictures.render(source, "codi", Pictures.Kind.RESULT_CHAIN, Pictures.Format.PNG, Language.TH);
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isGreaterThan(1500);
    }

    @Test
    void labelsAreEscapedAndADegenerateEcosystemStillDraws() throws Exception {
        EcosystemView view = new EcosystemView("urn:x:a", "x", "<b>\"A&B\"</b>", "A & B",
                List.of(new EcosystemView.Actor("urn:x:a", "<b>\"A&B\"</b>", "A & B", null, true, 0, 0, 0, 0, null, 0, List.of())),
                List.of(), List.of(), List.of(), List.of(), new EcosystemView.Integrator(true, 1, List.of()));
        Picture picture = new EcosystemPicture(view, Language.TH).picture();
        String svg = new SvgPictureWriter(false).svg(picture);
        assertThat(svg).contains("&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;").doesNotContain("<b>");
        assertThat(texts(parse(svg.getBytes(StandardCharsets.UTF_8)))).anySatisfy(t -> assertThat(t).startsWith("<b>\"A&B\"</b>"));
        assertThat(ImageIO.read(new ByteArrayInputStream(new PngPictureWriter().write(picture)))).isNotNull();
    }

    @Test
    void formatsAndKindsAreCheckedWhereTheyEnter() {
        assertThat(Pictures.Format.of(Path.of("a/b.SVG"))).isEqualTo(Pictures.Format.SVG);
        assertThatThrownBy(() -> Pictures.Format.of(Path.of("x.pdf"))).hasMessageContaining(".png or .svg");
        assertThatThrownBy(() -> Pictures.Kind.parse("network")).hasMessageContaining("ecosystem or result-chain");
        assertThatThrownBy(() -> new PngPictureWriter(0)).isInstanceOf(IllegalArgumentException.class);
    }

    static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    static List<String> texts(Document doc) {
        List<String> out = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    private static int count(BufferedImage image, int x0, int y0, int w, int h, java.util.function.IntPredicate test) {
        int n = 0;
        for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x0 + w); x++) {
            for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y0 + h); y++) {
                if (test.test(image.getRGB(x, y) & 0xffffff)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean near(int rgb, int target, int tolerance) {
        return Math.abs(((rgb >> 16) & 0xff) - ((target >> 16) & 0xff)) <= tolerance
                && Math.abs(((rgb >> 8) & 0xff) - ((target >> 8) & 0xff)) <= tolerance
                && Math.abs((rgb & 0xff) - (target & 0xff)) <= tolerance;
    }

    private static int luminance(int rgb) {
        return (int) (0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff));
    }
}
