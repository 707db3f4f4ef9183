package org.khumkha.scoring.measurement;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.khumkha.graph.ThaiDigits;
import org.khumkha.graph.Vocab;

/**
 * Reads a measurement file, CSV or XLSX (first sheet), into a validated {@link MeasurementSet}, or reports every
 * bad row. The header is {@value #HEADER_TEXT} (evidence may be left out; columns may come in any order; names are
 * case-insensitive). Each row must name a known organization (short id), an indicator code that takes a value, a
 * B.E. fiscal year, and a value that obeys the indicator's unit; Thai digits are accepted in the year and the value.
 * A repeated (organization, indicator, fiscal year) is an error. Nothing partial comes out: one bad row and the
 * whole file is refused, with every problem listed.
 *
 * <p>Optional columns {@value #COL_AREA}, {@value #COL_NUMERATOR}, {@value #COL_DENOMINATOR} carry area-level results: a
 * row with an area (its {@code kk:areaCode}, such as {@code 100101}, or its IRI) gives the numerator and, for a ratio,
 * the denominator of the indicator's formula in that area and leaves {@code value} empty (the value of a district,
 * province or the nation is computed by summing numerators and denominators). Such rows may repeat an (organization,
 * indicator, fiscal year), once per area or observation; whether the area exists is checked against the store by
 * {@link org.khumkha.scoring.MeasurementImports}.
 *
 * <p>A file is illustrative — its values are example data, not real results, and are stored with
 * {@code kk:provenance kk:Illustrative} — when its name contains {@value #ILLUSTRATIVE_MARKER} (any case) or the
 * caller says so.
 */
public final class MeasurementImporter {
    public static final String COL_ORGANIZATION = "organization";
    public static final String COL_INDICATOR = "indicator";
    public static final String COL_YEAR = "fiscal_year";
    public static final String COL_VALUE = "value";
    public static final String COL_EVIDENCE = "evidence";
    public static final String COL_AREA = "area";
    public static final String COL_NUMERATOR = "numerator";
    public static final String COL_DENOMINATOR = "denominator";
    public static final List<String> HEADER = List.of(COL_ORGANIZATION, COL_INDICATOR, COL_YEAR, COL_VALUE, COL_EVIDENCE,
            COL_AREA, COL_NUMERATOR, COL_DENOMINATOR);
    static final String HEADER_TEXT = "organization,indicator,fiscal_year,value,evidence";
    private static final List<String> REQUIRED = List.of(COL_ORGANIZATION, COL_INDICATOR, COL_YEAR, COL_VALUE);

    /** A file whose name contains this is illustrative example data. */
    public static final String ILLUSTRATIVE_MARKER = "illustrative";

    private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern PLAIN_INTEGER = Pattern.compile("[+-]?\\d+(\\.0+)?");

    private final MeasurementSchema schema;

    public MeasurementImporter(MeasurementSchema schema) {
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    /** Whether a file name marks illustrative data. */
    public static boolean isIllustrativeName(String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).contains(ILLUSTRATIVE_MARKER);
    }

    public ImportResult read(Path file) {
        return read(file, false);
    }

    public ImportResult read(Path file, boolean illustrative) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            return new ImportResult(name, 0, MeasurementSet.empty(), List.of(new RowProblem(0, "", "no such file")), illustrative);
        }
        try {
            return read(name, Files.readAllBytes(file), illustrative);
        } catch (IOException e) {
            return new ImportResult(name, 0, MeasurementSet.empty(), List.of(new RowProblem(0, "", "cannot read: " + e.getMessage())), illustrative);
        }
    }

    /**
     * Validates {@code content} (CSV or XLSX, told apart by the name and the content's first bytes).
     *
     * @param illustrative mark the values illustrative even when the name does not say so
     */
    public ImportResult read(String fileName, byte[] content, boolean illustrative) {
        String name = fileName == null || fileName.isBlank() ? "(upload)" : fileName;
        boolean markIllustrative = illustrative || isIllustrativeName(name);
        TabularRows.Result table = TabularRows.read(name, content == null ? new byte[0] : content);
        List<RowProblem> problems = new ArrayList<>(table.problems());
        if (!problems.isEmpty()) {
            return new ImportResult(name, 0, MeasurementSet.empty(), problems, markIllustrative);
        }
        List<TabularRows.RawRow> rows = table.rows();
        int headerIndex = 0;
        while (headerIndex < rows.size() && rows.get(headerIndex).isBlank()) {
            headerIndex++;
        }
        if (headerIndex >= rows.size()) {
            problems.add(new RowProblem(1, "", "the file is empty: the first line must be the header " + HEADER_TEXT));
            return new ImportResult(name, 0, MeasurementSet.empty(), problems, markIllustrative);
        }
        TabularRows.RawRow headerRow = rows.get(headerIndex);
        Map<String, Integer> columns = header(headerRow, problems);
        if (!problems.isEmpty()) {
            return new ImportResult(name, 0, MeasurementSet.empty(), problems, markIllustrative);
        }
        Measurement.Origin origin = new Measurement.Origin(Measurement.Kind.FILE, name);
        List<Measurement> measurements = new ArrayList<>();
        List<AreaMeasurement> areaResults = new ArrayList<>();
        Map<Measurement.Key, Integer> firstLine = new HashMap<>();
        int count = 0;
        for (int i = headerIndex + 1; i < rows.size(); i++) {
            TabularRows.RawRow row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            count++;
            int before = problems.size();
            for (int c = 0; c < row.cells().size(); c++) {
                if (!columns.containsValue(c) && !row.cells().get(c).isBlank()) {
                    problems.add(new RowProblem(row.line(), "", "cell " + (c + 1) + " ('" + row.cells().get(c).strip()
                            + "') is outside the header's " + columns.size() + " columns"));
                }
            }
            if (!cell(row, columns, COL_AREA).isEmpty()) {
                areaRow(row, columns, markIllustrative, problems).ifPresent(areaResults::add);
                continue;
            }
            if (!cell(row, columns, COL_NUMERATOR).isEmpty() || !cell(row, columns, COL_DENOMINATOR).isEmpty()) {
                problems.add(new RowProblem(row.line(), COL_AREA, "a numerator or denominator needs an area (its code, such as 100101); "
                        + "a row without an area gives the organization's value"));
                continue;
            }
            Optional<Measurement> m = row(row, columns, origin, markIllustrative, problems);
            if (m.isPresent() && problems.size() == before) {
                Integer first = firstLine.putIfAbsent(m.get().key(), row.line());
                if (first != null) {
                    problems.add(new RowProblem(row.line(), "", "duplicate of line " + first
                            + ": the same organization, indicator and fiscal year (" + m.get().key() + ")"));
                } else {
                    measurements.add(m.get());
                }
            }
        }
        if (!problems.isEmpty()) {
            return new ImportResult(name, count, MeasurementSet.empty(), problems, markIllustrative);
        }
        return new ImportResult(name, count, MeasurementSet.of(measurements), List.of(), markIllustrative, areaResults);
    }

    /** An area-level row: organization, indicator, year, area and numerator required; denominator optional; no value. */
    private Optional<AreaMeasurement> areaRow(TabularRows.RawRow row, Map<String, Integer> columns, boolean illustrative,
                                              List<RowProblem> problems) {
        int line = row.line();
        int before = problems.size();
        String orgText = cell(row, columns, COL_ORGANIZATION).toLowerCase(Locale.ROOT);
        MeasurementSchema.OrganizationRules org = schema.organization(orgText).orElse(null);
        if (org == null) {
            problems.add(new RowProblem(line, COL_ORGANIZATION, orgText.isEmpty() ? "empty: give the organization's short id"
                    : "unknown organization '" + orgText + "' (known: " + String.join(", ", schema.organizationIds()) + ")"));
        }
        Integer year = year(line, cell(row, columns, COL_YEAR), problems);
        String codeText = cell(row, columns, COL_INDICATOR);
        MeasurementSchema.IndicatorRule rule = org == null ? null : org.find(codeText).filter(MeasurementSchema.IndicatorRule::takesValue).orElse(null);
        if (org != null && rule == null) {
            problems.add(new RowProblem(line, COL_INDICATOR, "unknown indicator '" + codeText + "' for " + org.orgId()
                    + " (codes that take a value: " + String.join(", ", org.valueCodes()) + ")"));
        }
        if (!cell(row, columns, COL_VALUE).isEmpty()) {
            problems.add(new RowProblem(line, COL_VALUE, "leave the value empty on an area row: the value of an area is computed "
                    + "from the sums of its numerators and denominators"));
        }
        BigDecimal numerator = count(line, COL_NUMERATOR, cell(row, columns, COL_NUMERATOR), true, problems);
        BigDecimal denominator = count(line, COL_DENOMINATOR, cell(row, columns, COL_DENOMINATOR), false, problems);
        if (denominator != null && denominator.signum() == 0) {
            problems.add(new RowProblem(line, COL_DENOMINATOR, "0: a denominator is more than 0 (leave out an area with nothing to count)"));
            denominator = null;
        }
        if (rule != null && rule.unit().isPercent() && denominator == null && problems.size() == before) {
            problems.add(new RowProblem(line, COL_DENOMINATOR, "empty: " + rule.code() + " is a percentage, so an area row gives its denominator"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        String evidence = cell(row, columns, COL_EVIDENCE);
        return Optional.of(new AreaMeasurement(org.orgId(), rule.code(), year, cell(row, columns, COL_AREA), null, numerator, denominator,
                evidence.isEmpty() ? null : evidence, illustrative, line));
    }

    /** A numerator or denominator: a number of 0 or more (Thai digits and thousands separators accepted). */
    private static BigDecimal count(int line, String column, String text, boolean required, List<RowProblem> problems) {
        if (text.isEmpty()) {
            if (required) {
                problems.add(new RowProblem(line, column, "empty: an area row gives the numerator of the indicator's formula"));
            }
            return null;
        }
        String t = ThaiDigits.toArabic(text).strip();
        if (THOUSANDS.matcher(t).matches()) {
            t = t.replace(",", "");
        }
        if (!PLAIN_NUMBER.matcher(t).matches()) {
            problems.add(new RowProblem(line, column, "'" + text + "' is not a number"));
            return null;
        }
        BigDecimal v = new BigDecimal(t);
        if (v.signum() < 0) {
            problems.add(new RowProblem(line, column, "'" + text + "' is negative: a " + column + " is 0 or more"));
            return null;
        }
        return v;
    }

    /**
     * Validates one value given on the command line ({@code --set CODE=VALUE}) for an organization and year.
     *
     * @throws MeasurementFileException naming the problem
     */
    public Measurement whatIf(String orgId, int fiscalYear, String code, String rawValue) {
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < REQUIRED.size(); i++) {
            columns.put(REQUIRED.get(i), i);
        }
        TabularRows.RawRow row = new TabularRows.RawRow(0,
                List.of(orgId, code == null ? "" : code, Integer.toString(fiscalYear), rawValue == null ? "" : rawValue));
        Optional<Measurement> m = row(row, columns, new Measurement.Origin(Measurement.Kind.WHAT_IF, "--set " + code + "=" + rawValue),
                false, problems);
        if (!problems.isEmpty() || m.isEmpty()) {
            throw new MeasurementFileException(new ImportResult("--set " + code + "=" + rawValue, 1, MeasurementSet.empty(), problems, false));
        }
        return m.get();
    }

    private Map<String, Integer> header(TabularRows.RawRow headerRow, List<RowProblem> problems) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> cells = headerRow.cells();
        if (cells.size() == 1 && cells.get(0).contains(";")) {
            problems.add(new RowProblem(headerRow.line(), "", "columns are separated by ';' — save as CSV with commas (Excel: \"CSV UTF-8 (Comma delimited)\")"));
            return columns;
        }
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!HEADER.contains(name)) {
                problems.add(new RowProblem(headerRow.line(), name, "unknown column '" + cells.get(i).strip() + "'; the header is " + HEADER_TEXT));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(new RowProblem(headerRow.line(), name, "column '" + name + "' appears twice"));
            }
        }
        for (String required : REQUIRED) {
            if (required.equals(COL_VALUE) && columns.containsKey(COL_AREA)) {
                continue; // a file of area rows only: values are computed from numerators and denominators
            }
            if (!columns.containsKey(required)) {
                problems.add(new RowProblem(headerRow.line(), required, "missing column '" + required + "'; the header is " + HEADER_TEXT));
            }
        }
        return columns;
    }

    private Optional<Measurement> row(TabularRows.RawRow row, Map<String, Integer> columns, Measurement.Origin fileOrigin,
                                      boolean illustrative, List<RowProblem> problems) {
        int line = row.line();
        String orgText = cell(row, columns, COL_ORGANIZATION).toLowerCase(Locale.ROOT);
        String codeText = cell(row, columns, COL_INDICATOR);
        String yearText = cell(row, columns, COL_YEAR);
        String valueText = cell(row, columns, COL_VALUE);
        String evidence = cell(row, columns, COL_EVIDENCE).replace("\r\n", "\n");

        MeasurementSchema.OrganizationRules org = null;
        if (orgText.isEmpty()) {
            problems.add(new RowProblem(line, COL_ORGANIZATION, "empty: give the organization's short id (" + String.join(", ", schema.organizationIds()) + ")"));
        } else {
            org = schema.organization(orgText).orElse(null);
            if (org == null) {
                problems.add(new RowProblem(line, COL_ORGANIZATION, "unknown organization '" + orgText + "' (known: "
                        + (schema.organizationIds().isEmpty() ? "none — run 'load' first" : String.join(", ", schema.organizationIds())) + ")"));
            }
        }
        Integer year = year(line, yearText, problems);

        MeasurementSchema.IndicatorRule rule = null;
        if (codeText.isEmpty()) {
            problems.add(new RowProblem(line, COL_INDICATOR, "empty: give an indicator code such as 2.2.1.2 or O3"));
        } else if (org != null) {
            rule = org.find(codeText).orElse(null);
            if (rule == null) {
                problems.add(new RowProblem(line, COL_INDICATOR, "unknown indicator '" + codeText + "' for " + org.orgId()
                        + " (codes that take a value: " + String.join(", ", org.valueCodes()) + ")"));
            } else if (!rule.takesValue()) {
                problems.add(new RowProblem(line, COL_INDICATOR, "'" + rule.code() + "' is a group of indicators; give a value for each of "
                        + String.join(", ", rule.leavesBelow())));
                rule = null;
            }
        }
        BigDecimal value = value(line, valueText, rule, problems);
        if (org == null || rule == null || year == null || value == null) {
            return Optional.empty();
        }
        Measurement.Origin origin = fileOrigin.kind() == Measurement.Kind.FILE
                ? new Measurement.Origin(Measurement.Kind.FILE, fileOrigin.description() + " line " + line) : fileOrigin;
        return Optional.of(new Measurement(org.orgId(), rule.code(), year, value, evidence.isEmpty() ? null : evidence, origin, illustrative));
    }

    private static Integer year(int line, String text, List<RowProblem> problems) {
        if (text.isEmpty()) {
            problems.add(new RowProblem(line, COL_YEAR, "empty: give the B.E. fiscal year, such as 2568"));
            return null;
        }
        String t = ThaiDigits.toArabic(text).strip();
        if (!PLAIN_INTEGER.matcher(t).matches()) {
            problems.add(new RowProblem(line, COL_YEAR, "'" + text + "' is not a year; give the B.E. fiscal year, such as 2568"));
            return null;
        }
        int year;
        try {
            year = new BigDecimal(t).intValueExact();
        } catch (ArithmeticException e) {
            problems.add(new RowProblem(line, COL_YEAR, "'" + text + "' is not a year; give the B.E. fiscal year, such as 2568"));
            return null;
        }
        if (!Vocab.isBuddhistEraYear(year)) {
            String hint = Vocab.isBuddhistEraYear(year + Vocab.BE_OFFSET)
                    ? " — it looks like a C.E. year; the B.E. fiscal year is " + (year + Vocab.BE_OFFSET) + " (C.E. + 543)" : "";
            problems.add(new RowProblem(line, COL_YEAR, year + " is not a B.E. year (expected "
                    + Vocab.MIN_BE_YEAR + "-" + Vocab.MAX_BE_YEAR + ")" + hint));
            return null;
        }
        return year;
    }

    /** Parses a value: Thai digits, thousands separators ("1,005") and, for percent indicators, a trailing %. */
    static BigDecimal value(int line, String text, MeasurementSchema.IndicatorRule rule, List<RowProblem> problems) {
        if (text.isEmpty()) {
            problems.add(new RowProblem(line, COL_VALUE, "empty: give the indicator's value"));
            return null;
        }
        String t = ThaiDigits.toArabic(text).strip();
        boolean percentSign = t.endsWith("%");
        if (percentSign) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (THOUSANDS.matcher(t).matches()) {
            t = t.replace(",", "");
        }
        if (!PLAIN_NUMBER.matcher(t).matches()) {
            problems.add(new RowProblem(line, COL_VALUE, "'" + text + "' is not a number"));
            return null;
        }
        BigDecimal v = new BigDecimal(t);
        if (rule == null) {
            return v;
        }
        if (percentSign && !rule.unit().isPercent()) {
            problems.add(new RowProblem(line, COL_VALUE, "'" + text + "': a % sign fits only percent indicators; "
                    + rule.code() + " is in " + rule.unit().labelEn()));
            return null;
        }
        Optional<String> unitProblem = rule.unit().check(v);
        if (unitProblem.isPresent()) {
            problems.add(new RowProblem(line, COL_VALUE, unitProblem.get() + " — indicator " + rule.code()));
            return null;
        }
        return v;
    }

    private static String cell(TabularRows.RawRow row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= row.cells().size()) {
            return "";
        }
        String v = row.cells().get(index);
        return v == null ? "" : v.strip();
    }
}
