package org.khumkha.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khumkha.cli.ExitCodes;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.query.QueryLibrary;
import org.khumkha.scoring.Scorecard;
import org.khumkha.scoring.ScoringService;
import org.khumkha.testing.CodiFixture;

import picocli.CommandLine;

/** {@code render} and {@code report} run as the command line runs them, on a real store directory. */
class RenderAndReportCommandTest {
    private static Path storeDir;
    private static BigDecimal total2568;
    private static Path out;

    @BeforeAll
    static void prepare() throws Exception {
        KnowledgeStore store = CodiFixture.freshStore();
        ScoringService scoring = new ScoringService(QueryLibrary.load());
        scoring.importIllustrativeIfEmpty(store, Path.of(""), line -> { });
        Scorecard card = scoring.score(store.source(), "codi", 2568);
        total2568 = card.total();
        storeDir = store.location();
        store.close();
        out = Files.createTempDirectory("khumkha-render-");
    }

    private record Run(int code, String out, String err) {}

    private static Run run(Object command, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(o, true));
        cl.setErr(new PrintWriter(e, true));
        cl.setExecutionExceptionHandler((ex, c, p) -> {
            if (ex instanceof IllegalArgumentException) {
                c.getErr().println("error: " + ex.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            throw ex;
        });
        int code = cl.execute(args);
        return new Run(code, o.toString(), e.toString());
    }

    @Test
    void renderWritesAPngAndAnSvgChosenByTheExtension() throws Exception {
        Path png = out.resolve("eco.png");
        Run r = run(new RenderCommand(), "ecosystem", "--org", "codi", "--store", storeDir.toString(), "--out", png.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).contains("wrote").contains("image/png");
        assertThat(ImageIO.read(png.toFile()).getWidth()).isGreaterThan(1000);

        Path svg = out.resolve("sub/chain.svg");
        r = run(new RenderCommand(), "result-chain", "--org", "codi", "--store", storeDir.toString(), "--out", svg.toString(), "--lang", "en");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(PicturesTest.texts(PicturesTest.parse(Files.readAllBytes(svg)))).contains("Outcomes");

        Path big = out.resolve("chain@2x.png");
        r = run(new RenderCommand(), "result-chain", "--org", "codi", "--store", storeDir.toString(), "--out", big.toString(), "--scale", "2");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(ImageIO.read(big.toFile()).getWidth()).isGreaterThan(3000);
    }

    @Test
    void renderRefusesBadInputWithTheReasonAndWritesNothing() {
        Path pdf = out.resolve("x.pdf");
        Run r = run(new RenderCommand(), "ecosystem", "--org", "codi", "--store", storeDir.toString(), "--out", pdf.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains(".png or .svg");
        assertThat(pdf).doesNotExist();
        r = run(new RenderCommand(), "network", "--org", "codi", "--store", storeDir.toString(), "--out", out.resolve("n.png").toString());
        assertThat(r.err()).contains("ecosystem or result-chain");
        r = run(new RenderCommand(), "ecosystem", "--org", "Not An Id", "--store", storeDir.toString(), "--out", out.resolve("n.png").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void theReportIsOnePrintableThaiDocumentWithEverySection() throws Exception {
        Path html = out.resolve("report-codi-2568.html");
        Run r = run(new ReportCommand(), "--org", "codi", "--year", "๒๕๖๘", "--store", storeDir.toString(), "--out", html.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        String text = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(text).startsWith("<!DOCTYPE html>").contains("<html lang=\"th\">");
        assertThat(text).contains("รายงานผลการประเมินความคุ้มค่า").contains("สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)").contains("ปีงบประมาณ 2568");
        for (String section : new String[] {"id=\"mandate\"", "id=\"scorecard\"", "id=\"rubric-evidence\"", "id=\"ecosystem\"",
                "id=\"result-chain\"", "id=\"assumptions\""}) {
            assertThat(text).contains(section);
        }
        assertThat(count(text, "<tr class=\"indicator\"")).isEqualTo(13);
        assertThat(count(text, "<tr class=\"trace\"")).isEqualTo(13); // every trace shown, none hidden
        assertThat(text).doesNotContain("hidden");
        Matcher total = Pattern.compile("data-total=\"([0-9.]+)\"").matcher(text);
        assertThat(total.find()).isTrue();
        assertThat(new BigDecimal(total.group(1))).isEqualByComparingTo(total2568);
        assertThat(text).contains("data-condition=\"L2.stage-roles\"").contains("L4.outcomes-met");
        assertThat(count(text, "<svg")).isEqualTo(3); // radar, ecosystem, result chain
        assertThat(text).contains("@font-face{font-family:'Laksaman'").contains("@page { size: A4");
        // the modelled assumptions: one item per modelled graph, each with its rationale
        assertThat(count(text, "<li data-graph=\"https://w3id.org/khumkha/graph/codi/modelled/")).isGreaterThanOrEqualTo(10);
        assertThat(text).contains("ข้อสมมติที่สร้างแบบจำลอง").contains("g:codi/modelled/ecosystem-relations");
        // the mandate as the MOU states it
        assertThat(count(text, "<dt>")).isGreaterThanOrEqualTo(5);
        assertThat(text).contains("วิสัยทัศน์").contains("พันธกิจ");
        Files.createDirectories(Path.of("target", "reports"));
        Files.copy(html, Path.of("target", "reports", "report-codi-2568.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theReportRefusesACommonEraYearAndANonHtmlFile() {
        Run r = run(new ReportCommand(), "--org", "codi", "--year", "2025", "--store", storeDir.toString(), "--out", out.resolve("r.html").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("2568");
        r = run(new ReportCommand(), "--org", "codi", "--year", "2568", "--store", storeDir.toString(), "--out", out.resolve("r.pdf").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains(".html");
        assertThat(out.resolve("r.pdf")).doesNotExist();
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
