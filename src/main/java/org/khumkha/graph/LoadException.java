package org.khumkha.graph;

import java.util.List;
import java.util.stream.Collectors;

/** Loading failed; nothing was written. Carries every problem found, each with file, line and column. */
public class LoadException extends RuntimeException {
    private final List<LoadProblem> problems;

    public LoadException(List<LoadProblem> problems) {
        super(problems.stream().map(LoadProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<LoadProblem> problems() {
        return problems;
    }
}
