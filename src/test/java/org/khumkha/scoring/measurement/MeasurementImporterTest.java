package org.khumkha.scoring.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khumkha.query.QueryLibrary;
import org.khumkha.scoring.ScoringService;
import org.khumkha.testing.CodiFixture;

/** Measurement files as Excel and people write them, against CODI's indicators and units read from the graph. */
class MeasurementImporterTest {
    private static final String HEADER = "organization,indicator,fiscal_year,value,evidence";
    private static MeasurementImporter importer;

    @BeforeAll
    static void schema() {
        importer = new MeasurementImporter(new ScoringService(QueryLibrary.load()).schema(CodiFixture.store().source()));
    }

    @Test
    void readsExcelsCsvUtf8WithByteOrderMarkAndCrlf() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (HEADER + "\r\ncodi,2.2.1.2,2568,92.6,รายงานการเบิกจ่าย\r\ncodi,4.1,2568,4,\r\n").getBytes(StandardCharsets.UTF_8);
        ImportResult r = importer.read("m.csv", concat(bom, body), false);
        assertThat(r.problems()).isEmpty();
        assertThat(r.rows()).isEqualTo(2);
        Measurement m = r.measurements().find("codi", "2.2.1.2", 2568).orElseThrow();
        assertThat(m.value()).isEqualByComparingTo("92.6");
        assertThat(m.evidence()).isEqualTo("รายงานการเบิกจ่าย");
        assertThat(r.measurements().find("codi", "4.1", 2568).orElseThrow().evidence()).isNull();
        assertThat(r.illustrative()).isFalse();
    }

    @Test
    void acceptsThaiDigitsThousandsSeparatorsAndLowerCaseCodesAndLfOnly() {
        String csv = HEADER + "\ncodi,o3,๒๕๖๘,\"๑,๒๓๐\",นับใหม่\ncodi,2.2.2,2568,76%,\n";
        ImportResult r = importer.read("m.csv", csv.getBytes(StandardCharsets.UTF_8), false);
        assertThat(r.problems()).isEmpty();
        assertThat(r.measurements().find("codi", "O3", 2568).orElseThrow().value()).isEqualByComparingTo("1230");
        assertThat(r.measurements().find("codi", "2.2.2", 2568).orElseThrow().value()).isEqualByComparingTo("76");
    }

    @Test
    void quotedCellsMayHoldCommasQuotesAndLineBreaksAndLinesStayTrue() {
        // the record of line 2 spans lines 2-3; the next record starts on line 4 and is bad
        String csv = HEADER + "\ncodi,4.3,2568,4.5,\"แผน BCM, \"\"ฉบับปรับปรุง\"\"\nบรรทัดที่สอง\"\ncodi,4.4,2025,3,\n";
        ImportResult r = importer.read("m.csv", csv.getBytes(StandardCharsets.UTF_8), false);
        assertThat(r.problems()).extracting(RowProblem::line).containsExactly(4);
        ImportResult ok = importer.read("m.csv", (HEADER + "\ncodi,4.3,2568,4.5,\"แผน BCM, \"\"ฉบับปรับปรุง\"\"\nบรรทัดที่สอง\"\n")
                .getBytes(StandardCharsets.UTF_8), false);
        assertThat(ok.measurements().find("codi", "4.3", 2568).orElseThrow().evidence()).isEqualTo("แผน BCM, \"ฉบับปรับปรุง\"\nบรรทัดที่สอง");
    }

    @Test
    void reportsEveryBadRowWithLineColumnAndReasonAndUsesNothing() {
        String csv = String.join("\n",
                HEADER,                                   // 1
                "codi,2.2.1.2,2025,92.6,",                // 2  C.E. year
                "xyz,2.2.1.2,2568,92.6,",                 // 3  unknown organization
                "codi,9.9,2568,1,",                       // 4  unknown indicator
                "codi,2.1,2568,50,",                      // 5  a group
                "codi,2.2.1.2,2568,120,",                 // 6  percent > 100
                "codi,O2,2568,12.5,",                     // 7  count not whole
                "codi,O3,2568,-1,",                       // 8  count negative
                "codi,O7,2568,-0.5,",                     // 9  ratio negative
                "codi,4.1,2568,6,",                       // 10 level > 5
                "codi,2.1.2,2568,0.5,",                   // 11 level < 1
                "codi,4.4,2568,abc,",                     // 12 not a number
                "codi,4.2.1,2568,,",                      // 13 empty value
                "codi,O2,2568,81%,",                      // 14 % on a count
                "codi,4.2.2,2568,3,first",                // 15 good
                "codi,4.2.2,2568,3.5,again",              // 16 duplicate of 15
                "codi,4.3,2568,4,,surplus",               // 17 a cell outside the header
                ",4.3,2567,4,",                           // 18 empty organization
                "codi,4.3,,4,") + "\n";                   // 19 empty year
        ImportResult r = importer.read("bad.csv", csv.getBytes(StandardCharsets.UTF_8), false);
        assertThat(r.ok()).isFalse();
        assertThat(r.measurements().isEmpty()).isTrue();
        assertThat(r.rows()).isEqualTo(18);
        assertThat(r.problems()).extracting(RowProblem::line)
                .containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19);
        assertThat(problem(r, 2)).satisfies(p -> {
            assertThat(p.column()).isEqualTo("fiscal_year");
            assertThat(p.reason()).contains("C.E.").contains("2568");
        });
        assertThat(problem(r, 3).reason()).contains("unknown organization 'xyz'").contains("codi");
        assertThat(problem(r, 4).reason()).contains("unknown indicator '9.9'");
        assertThat(problem(r, 5).reason()).contains("group").contains("2.1.1").contains("2.1.2");
        assertThat(problem(r, 6).reason()).contains("out of range").contains("0-100");
        assertThat(problem(r, 7).reason()).contains("whole number");
        assertThat(problem(r, 8).reason()).contains("out of range");
        assertThat(problem(r, 9).reason()).contains("out of range").contains("≥ 0");
        assertThat(problem(r, 10).reason()).contains("1-5");
        assertThat(problem(r, 11).reason()).contains("1-5");
        assertThat(problem(r, 12).reason()).contains("not a number");
        assertThat(problem(r, 13).reason()).contains("empty");
        assertThat(problem(r, 14).reason()).contains("% sign");
        assertThat(problem(r, 16).reason()).contains("duplicate of line 15");
        assertThat(problem(r, 17).reason()).contains("outside the header");
        assertThat(problem(r, 18).column()).isEqualTo("organization");
        assertThat(problem(r, 19).column()).isEqualTo("fiscal_year");
        assertThat(r.describeProblems()).contains("bad.csv").contains("line 2, fiscal_year:").contains("nothing was used or written");
    }

    @Test
    void headerMustNameTheColumns() {
        ImportResult missing = importer.read("h.csv", "organization,indicator,value\ncodi,4.1,4\n".getBytes(StandardCharsets.UTF_8), false);
        assertThat(missing.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo("fiscal_year");
        });
        ImportResult unknown = importer.read("h.csv", (HEADER + ",remark\n").getBytes(StandardCharsets.UTF_8), false);
        assertThat(unknown.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("unknown column 'remark'"));
        ImportResult semicolons = importer.read("h.csv", "organization;indicator;fiscal_year;value\n".getBytes(StandardCharsets.UTF_8), false);
        assertThat(semicolons.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("';'"));
        ImportResult empty = importer.read("e.csv", new byte[0], false);
        assertThat(empty.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("empty"));
        // evidence may be left out and columns may come in any order
        ImportResult reordered = importer.read("r.csv", "fiscal_year,value,indicator,organization\n2568,4,4.1,CODI\n"
                .getBytes(StandardCharsets.UTF_8), false);
        assertThat(reordered.problems()).isEmpty();
        assertThat(reordered.measurements().find("codi", "4.1", 2568)).isPresent();
    }

    @Test
    void refusesTextThatIsNotUtf8WithTheLineAndTheFix() {
        byte[] thaiWindows874 = (HEADER + "\ncodi,4.1,2568,4,ผลการประเมิน\n").getBytes(Charset.forName("x-windows-874"));
        ImportResult r = importer.read("thai.csv", thaiWindows874, false);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.reason()).contains("not UTF-8").contains("CSV UTF-8");
        });
    }

    @Test
    void refusesAnUnclosedQuoteAtTheLineItOpens() {
        ImportResult r = importer.read("q.csv", (HEADER + "\ncodi,4.1,2568,4,ok\ncodi,4.2.1,2568,3,\"never closed\n")
                .getBytes(StandardCharsets.UTF_8), false);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.reason()).contains("never closed");
        });
    }

    @Test
    void readsTheFirstSheetOfAnXlsxWorkbookWithNumbersAndPercentCells() throws IOException {
        byte[] xlsx = workbook(List.of(
                new Object[] {"organization", "indicator", "fiscal_year", "value", "evidence"},
                new Object[] {"codi", "2.2.1.2", 2568.0, 92.6, "รายงาน"},
                new Object[] {"codi", "2.2.2", "๒๕๖๘", new Percent(0.76), null},
                new Object[] {"codi", "O3", 2568.0, 1230.0, null}));
        ImportResult r = importer.read("m.xlsx", xlsx, false);
        assertThat(r.problems()).isEmpty();
        assertThat(r.measurements().find("codi", "2.2.1.2", 2568).orElseThrow().value()).isEqualByComparingTo("92.6");
        assertThat(r.measurements().find("codi", "2.2.2", 2568).orElseThrow().value()).isEqualByComparingTo("76");
        assertThat(r.measurements().find("codi", "O3", 2568).orElseThrow().value()).isEqualByComparingTo("1230");
    }

    @Test
    void xlsxProblemsCarryTheSheetRowNumber() throws IOException {
        byte[] xlsx = workbook(List.of(
                new Object[] {"organization", "indicator", "fiscal_year", "value", "evidence"},
                new Object[] {"codi", "4.1", 2568.0, 4.0, null},
                new Object[] {"codi", "4.1", 2025.0, 4.0, null}));
        ImportResult r = importer.read("m.xlsx", xlsx, false);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.reason()).contains("2568");
        });
    }

    @Test
    void refusesOldXlsAndUnreadableWorkbooks() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
        assertThat(importer.read("old.xls", ole2, false).problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains(".xlsx"));
        assertThat(importer.read("broken.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8), false).problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("XLSX"));
    }

    @Test
    void aFileNamedIllustrativeIsMarkedIllustrative() {
        byte[] csv = (HEADER + "\ncodi,4.1,2568,4,\n").getBytes(StandardCharsets.UTF_8);
        assertThat(importer.read("measurements-ILLUSTRATIVE.csv", csv, false).measurements().all())
                .allMatch(Measurement::illustrative);
        assertThat(importer.read("real.csv", csv, true).illustrative()).isTrue();
        assertThat(importer.read("real.csv", csv, false).measurements().all()).noneMatch(Measurement::illustrative);
    }

    @Test
    void whatIfValuesAreCheckedLikeFileRows() {
        assertThat(importer.whatIf("codi", 2568, "O4", "81").value()).isEqualByComparingTo("81");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> importer.whatIf("codi", 2568, "O4", "181"))
                .isInstanceOf(MeasurementFileException.class).hasMessageContaining("out of range");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> importer.whatIf("codi", 2568, "2.1", "3"))
                .isInstanceOf(MeasurementFileException.class).hasMessageContaining("group");
    }

    private static RowProblem problem(ImportResult r, int line) {
        return r.problems().stream().filter(p -> p.line() == line).findFirst().orElseThrow();
    }

    private record Percent(double fraction) {}

    private static byte[] workbook(List<Object[]> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("ผลการดำเนินงาน");
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                Object[] cells = rows.get(r);
                for (int c = 0; c < cells.length; c++) {
                    Object v = cells[c];
                    if (v instanceof String s) {
                        row.createCell(c).setCellValue(s);
                    } else if (v instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else if (v instanceof Percent p) {
                        var cell = row.createCell(c);
                        cell.setCellValue(p.fraction());
                        cell.setCellStyle(percent);
                    }
                }
            }
            wb.createSheet("second sheet is ignored").createRow(0).createCell(0).setCellValue("ignored");
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
