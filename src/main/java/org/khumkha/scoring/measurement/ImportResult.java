package org.khumkha.scoring.measurement;

import java.util.List;

/**
 * What validating a measurement file found: the measurements when every row is good, else every problem (and
 * then no measurement at all: a file is used whole or not at all).
 *
 * @param file         the file's name as given
 * @param rows         the number of data rows read (blank rows not counted)
 * @param measurements the validated measurements; empty when there is any problem
 * @param problems     every bad row, with its line, column and reason
 * @param illustrative whether the file is marked illustrative (its values are kk:Illustrative)
 * @param areaResults  the validated area-level rows (those with an {@code area}); empty when there is any problem
 * @param warnings     what is used but deserves a look (a stated national value that differs from the roll-up of the
 *                     file's area rows); never a reason to refuse the file
 */
public record ImportResult(String file, int rows, MeasurementSet measurements, List<RowProblem> problems, boolean illustrative,
                           List<AreaMeasurement> areaResults, List<RowProblem> warnings) {
    public ImportResult {
        problems = List.copyOf(problems);
        areaResults = areaResults == null ? List.of() : List.copyOf(areaResults);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A result without warnings. */
    public ImportResult(String file, int rows, MeasurementSet measurements, List<RowProblem> problems, boolean illustrative,
                        List<AreaMeasurement> areaResults) {
        this(file, rows, measurements, problems, illustrative, areaResults, List.of());
    }

    /** A result without area-level rows. */
    public ImportResult(String file, int rows, MeasurementSet measurements, List<RowProblem> problems, boolean illustrative) {
        this(file, rows, measurements, problems, illustrative, List.of(), List.of());
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** The problems as lines a person reads: {@code file: line 4, fiscal_year: …}. */
    public String describeProblems() {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(": ").append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
                .append("; nothing was used or written");
        problems.forEach(p -> sb.append("\n  ").append(p));
        return sb.toString();
    }

    /** The warnings as lines a person reads ({@code file: warning: line 4, value: …}), or an empty string. */
    public String describeWarnings() {
        StringBuilder sb = new StringBuilder();
        warnings.forEach(w -> sb.append(sb.length() == 0 ? "" : "\n").append(file).append(": warning: ").append(w));
        return sb.toString();
    }
}
