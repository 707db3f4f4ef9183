package org.khumkha.scoring.measurement;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * The rows of a spreadsheet file as text cells, each with the line a person sees: a CSV's physical line where the
 * record starts (RFC 4180; quoted fields may hold commas, doubled quotes and line breaks; UTF-8 with or without
 * a byte-order mark; LF, CRLF or CR line ends, as Excel saves them), or a workbook's row number on its first sheet.
 * Reading never throws on bad content: what cannot be read becomes a {@link RowProblem}.
 */
final class TabularRows {
    /** One row: its line number and its cells as text. */
    record RawRow(int line, List<String> cells) {
        boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** What was read, and what could not be. */
    record Result(List<RawRow> rows, List<RowProblem> problems) {}

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private TabularRows() {}

    /** Whether the content is a workbook (XLSX is a zip; an old .xls is OLE2), whatever the file is called. */
    static boolean isWorkbook(String fileName, byte[] content) {
        String n = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xls") || startsWith(content, ZIP_MAGIC) || startsWith(content, OLE2_MAGIC);
    }

    static Result read(String fileName, byte[] content) {
        return isWorkbook(fileName, content) ? workbook(content) : csv(content);
    }

    // ------------------------------------------------------------------ CSV

    static Result csv(byte[] content) {
        List<RowProblem> problems = new ArrayList<>();
        String text = decodeUtf8(content, problems);
        if (text == null) {
            return new Result(List.of(), problems);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<RawRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int quoteOpenedOn = 0;
        boolean inQuotes = false;
        boolean cellWasQuoted = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i += 2;
                        continue;
                    }
                    inQuotes = false;
                } else {
                    if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                        line++;
                    }
                    cell.append(c);
                }
                i++;
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (cell.isEmpty() && !cellWasQuoted) {
                        inQuotes = true;
                        cellWasQuoted = true;
                        quoteOpenedOn = line;
                    } else {
                        cell.append(c);
                    }
                    i++;
                }
                case ',' -> {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    cellWasQuoted = false;
                    i++;
                }
                case '\r', '\n' -> {
                    cells.add(cell.toString());
                    rows.add(new RawRow(recordLine, List.copyOf(cells)));
                    cells.clear();
                    cell.setLength(0);
                    cellWasQuoted = false;
                    i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
                    line++;
                    recordLine = line;
                }
                default -> {
                    cell.append(c);
                    i++;
                }
            }
        }
        if (inQuotes) {
            problems.add(new RowProblem(quoteOpenedOn, "", "a quoted cell opened on this line is never closed (a missing \")"));
            return new Result(rows, problems);
        }
        if (!cells.isEmpty() || !cell.isEmpty() || cellWasQuoted) {
            cells.add(cell.toString());
            rows.add(new RawRow(recordLine, List.copyOf(cells)));
        }
        return new Result(rows, problems);
    }

    /** Strict UTF-8: a Thai file saved by Excel as plain "CSV" (Windows-874) is refused with its line and a fix. */
    private static String decodeUtf8(byte[] content, List<RowProblem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int k = 0; k < offset && k < content.length; k++) {
                if (content[k] == '\n') {
                    line++;
                }
            }
            problems.add(new RowProblem(line, "", "the file is not UTF-8 text (byte " + (offset + 1)
                    + "); in Excel use Save As → \"CSV UTF-8 (Comma delimited)\", or save as .xlsx"));
            return null;
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    // ------------------------------------------------------------------ XLSX

    static Result workbook(byte[] content) {
        List<RowProblem> problems = new ArrayList<>();
        if (startsWith(content, OLE2_MAGIC)) {
            problems.add(new RowProblem(0, "", "this is an old Excel 97-2003 workbook (.xls); save it as .xlsx or as CSV UTF-8"));
            return new Result(List.of(), problems);
        }
        List<RawRow> rows = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                problems.add(new RowProblem(0, "", "the workbook has no sheet"));
                return new Result(rows, problems);
            }
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(text(row.getCell(c)));
                    }
                }
                rows.add(new RawRow(r + 1, cells));
            }
        } catch (Exception e) {
            problems.add(new RowProblem(0, "", "not a readable XLSX workbook: " + e.getMessage()));
        }
        return new Result(rows, problems);
    }

    /** A cell as the text a person typed: numbers as Excel shows them at full precision, a percent-formatted cell as "85.5%". */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    yield cell.getLocalDateTimeCellValue().format(DateTimeFormatter.ISO_LOCAL_DATE);
                }
                String number = NumberToTextConverter.toText(cell.getNumericCellValue());
                String format = cell.getCellStyle() == null ? "" : String.valueOf(cell.getCellStyle().getDataFormatString());
                if (format.contains("%")) {
                    yield new BigDecimal(number).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
                }
                yield number;
            }
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case ERROR -> "#ERROR";
            default -> "";
        };
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content == null || content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

}
