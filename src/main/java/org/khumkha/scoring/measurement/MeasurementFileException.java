package org.khumkha.scoring.measurement;

/** A measurement file (or --set value) with bad rows: the message lists every problem; nothing was written. */
public class MeasurementFileException extends IllegalArgumentException {
    private final transient ImportResult result;

    public MeasurementFileException(ImportResult result) {
        super(result.describeProblems());
        this.result = result;
    }

    public ImportResult result() {
        return result;
    }
}
