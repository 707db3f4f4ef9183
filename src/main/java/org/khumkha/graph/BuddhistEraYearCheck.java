package org.khumkha.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * Refuses a year that is not Buddhist-era in the year properties of the ontology ({@code kk:fiscalYear} and its
 * siblings): a C.E. year such as 2025 gets the hint "the B.E. year is 2568". The parser streams quads without their
 * line, so a file's offending values are collected while it is parsed and {@link #problems() located} afterwards in
 * one pass over the file. One check per file; not thread-safe.
 */
final class BuddhistEraYearCheck {
    static final Set<String> YEAR_PROPERTIES = Set.of("fiscalYear", "baseYear", "targetYear", "firstFiscalYear",
            "lastFiscalYear", "buddhistEraYear");
    /** More than this many wrong years in one file are summarised, not each located. */
    static final int MAX_LOCATED = 50;

    private record Finding(String property, String value, String message) {}

    private final SourceFile file;
    private final List<Finding> findings = new ArrayList<>();

    BuddhistEraYearCheck(SourceFile file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /** Looks at one statement's predicate and object. */
    void check(Node predicate, Node object) {
        if (!predicate.isURI() || !predicate.getURI().startsWith(Vocab.KK) || !YEAR_PROPERTIES.contains(predicate.getLocalName())) {
            return;
        }
        String property = predicate.getLocalName();
        int year;
        try {
            year = Integer.parseInt(object.isLiteral() ? object.getLiteralLexicalForm().strip() : "x");
        } catch (NumberFormatException e) {
            findings.add(new Finding(property, object.isLiteral() ? object.getLiteralLexicalForm() : object.toString(),
                    "kk:" + property + " must be a B.E. year (such as 2568), got " + object));
            return;
        }
        if (!Vocab.isBuddhistEraYear(year)) {
            String hint = (year + Vocab.BE_OFFSET >= Vocab.MIN_BE_YEAR && year + Vocab.BE_OFFSET <= Vocab.MAX_BE_YEAR)
                    ? " — it looks like a C.E. year; the B.E. year is " + (year + Vocab.BE_OFFSET) : "";
            findings.add(new Finding(property, Integer.toString(year), "kk:" + property + " " + year
                    + " is not a B.E. year (expected " + Vocab.MIN_BE_YEAR + "-" + Vocab.MAX_BE_YEAR + ")" + hint));
        }
    }

    boolean isEmpty() {
        return findings.isEmpty();
    }

    /** The wrong years found so far, each with the line and column where its property and value stand together. */
    List<LoadProblem> problems() {
        List<Finding> located = findings.subList(0, Math.min(findings.size(), MAX_LOCATED));
        long[][] where = locate(located);
        List<LoadProblem> problems = new ArrayList<>();
        for (int i = 0; i < located.size(); i++) {
            problems.add(new LoadProblem(file.name(), where[i][0], where[i][1], located.get(i).message()));
        }
        if (findings.size() > MAX_LOCATED) {
            problems.add(new LoadProblem(file.name(), 0, 0, "and " + (findings.size() - MAX_LOCATED)
                    + " more values that are not B.E. years"));
        }
        return problems;
    }

    /**
     * Line and column of each finding in reading order: the first line holding both the property and the value after
     * the previous finding's line, else the first line holding the value; 0 when neither is found.
     */
    private long[][] locate(List<Finding> located) {
        long[][] where = new long[located.size()][2];
        if (located.isEmpty()) {
            return where;
        }
        int next = 0;
        long[] fallback = null;
        try (BufferedReader in = Files.newBufferedReader(file.path(), StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            while ((line = in.readLine()) != null && next < located.size()) {
                number++;
                Finding f = located.get(next);
                int col = line.indexOf(f.value());
                if (col < 0) {
                    continue;
                }
                if (line.contains(f.property())) {
                    where[next++] = new long[] {number, col + 1};
                    fallback = null;
                } else if (fallback == null) {
                    fallback = new long[] {number, col + 1};
                }
            }
            if (next < located.size() && fallback != null) {
                where[next] = fallback;
            }
        } catch (IOException e) {
            // the file was readable a moment ago; report without lines rather than hide the problem
        }
        return where;
    }
}
