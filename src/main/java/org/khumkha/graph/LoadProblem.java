package org.khumkha.graph;

/** One reason a file could not be loaded, with where it is: {@code file:line:column: message}. */
public record LoadProblem(String file, long line, long column, String message) {

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(message).toString();
    }
}
