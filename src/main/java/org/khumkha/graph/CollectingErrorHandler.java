package org.khumkha.graph;

import java.util.List;
import java.util.Objects;

import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;

/**
 * A parser error handler that keeps every message with its file, line and column in {@code problems}. Warnings count
 * too, since they mean a wrong value would be stored; a fatal error also stops the parse.
 */
public record CollectingErrorHandler(String file, List<LoadProblem> problems) implements ErrorHandler {

    public CollectingErrorHandler {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problems, "problems");
    }

    @Override
    public void warning(String message, long line, long col) {
        problems.add(new LoadProblem(file, line, col, message));
    }

    @Override
    public void error(String message, long line, long col) {
        problems.add(new LoadProblem(file, line, col, message));
    }

    @Override
    public void fatal(String message, long line, long col) {
        problems.add(new LoadProblem(file, line, col, message));
        throw new RiotException(message);
    }
}
