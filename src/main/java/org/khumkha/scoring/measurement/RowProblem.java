package org.khumkha.scoring.measurement;

/**
 * One reason a row of a measurement file cannot be used: its line (the header is line 1; for a workbook, the
 * sheet's row number), the column it concerns (a header name, or empty for the row as a whole) and the reason.
 */
public record RowProblem(int line, String column, String reason) {

    @Override
    public String toString() {
        return "line " + line + (column == null || column.isEmpty() ? "" : ", " + column) + ": " + reason;
    }
}
