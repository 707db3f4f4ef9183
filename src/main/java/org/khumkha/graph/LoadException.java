package org.khumkha.graph;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Loading failed. Carries every problem found, each with file, line and column. Nothing was written unless
 * {@link #storeUnchanged()} says otherwise (a bulk write into a non-empty store that failed half-way).
 */
public class LoadException extends RuntimeException {
    private final List<LoadProblem> problems;
    private final boolean storeUnchanged;

    public LoadException(List<LoadProblem> problems) {
        this(problems, true);
    }

    public LoadException(List<LoadProblem> problems, boolean storeUnchanged) {
        super(problems.stream().map(LoadProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
        this.storeUnchanged = storeUnchanged;
    }

    /** False only when a write began and could not be undone: the problems say what to reload. */
    public boolean storeUnchanged() {
        return storeUnchanged;
    }

    public List<LoadProblem> problems() {
        return problems;
    }
}
