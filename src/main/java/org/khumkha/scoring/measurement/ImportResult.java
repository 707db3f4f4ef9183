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
 */
public record ImportResult(String file, int rows, MeasurementSet measurements, List<RowProblem> problems, boolean illustrative,
                           List<AreaMeasurement> areaResults) {
    public ImportResult {
        problems = List.copyOf(problems);
        areaResults = areaResults == null ? List.of() : List.copyOf(areaResults);
    }

    /** A result without area-level rows. */
    public ImportResult(String file, int rows, MeasurementSet measurements, List<RowProblem> problems, boolean illustrative) {
        this(file, rows, measurements, problems, illustrative, List.of());
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
}
