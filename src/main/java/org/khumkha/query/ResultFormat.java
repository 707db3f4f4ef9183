package org.khumkha.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.rdf.model.Model;
import org.khumkha.graph.Vocab;

/** How query results are written: an aligned text table for people, CSV for spreadsheets, JSON for programs. */
public enum ResultFormat {
    TABLE, CSV, JSON;

    public static ResultFormat parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + s + "' (use table, csv or json)");
        }
    }

    /** Writes SELECT results; CSV is SPARQL 1.1 CSV, JSON is SPARQL 1.1 JSON results. */
    public void write(ResultSetRewindable rows, OutputStream out) {
        rows.reset();
        switch (this) {
            case CSV -> ResultSetFormatter.outputAsCSV(out, rows);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rows);
            case TABLE -> writeTable(rows, out);
        }
        rows.reset();
    }

    /** Writes CONSTRUCT/DESCRIBE results: Turtle for table and CSV, JSON-LD for JSON. */
    public void write(Model model, OutputStream out) {
        model.setNsPrefixes(Vocab.PREFIXES);
        RDFWriter.source(model).format(this == JSON ? RDFFormat.JSONLD_PRETTY : RDFFormat.TURTLE_PRETTY).output(out);
    }

    private static void writeTable(ResultSetRewindable rows, OutputStream out) {
        List<String> vars = rows.getResultVars();
        List<String[]> cells = new ArrayList<>();
        while (rows.hasNext()) {
            QuerySolution s = rows.next();
            String[] row = new String[vars.size()];
            for (int i = 0; i < vars.size(); i++) {
                row[i] = display(s.get(vars.get(i)));
            }
            cells.add(row);
        }
        int[] width = new int[vars.size()];
        for (int i = 0; i < vars.size(); i++) {
            width[i] = displayWidth(vars.get(i));
            for (String[] row : cells) {
                width[i] = Math.max(width[i], displayWidth(row[i]));
            }
        }
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        ps.println(line(vars.toArray(String[]::new), width));
        StringBuilder rule = new StringBuilder();
        for (int w : width) {
            rule.append(rule.isEmpty() ? "" : "-+-").append("-".repeat(w));
        }
        ps.println(rule);
        for (String[] row : cells) {
            ps.println(line(row, width));
        }
        ps.println("(" + cells.size() + (cells.size() == 1 ? " row)" : " rows)"));
        ps.flush();
    }

    private static String line(String[] row, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                sb.append(" | ");
            }
            sb.append(row[i]);
            if (i < row.length - 1) {
                sb.append(" ".repeat(Math.max(0, width[i] - displayWidth(row[i]))));
            }
        }
        return sb.toString().stripTrailing();
    }

    static String display(RDFNode node) {
        if (node == null) {
            return "";
        }
        Node n = node.asNode();
        if (n.isURI()) {
            return Vocab.shortForm(n.getURI());
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm().replaceAll("\\s+", " ");
        }
        return n.toString();
    }

    /** Thai vowel and tone marks above and below the line take no column of their own. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            int type = Character.getType(s.charAt(i));
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                w++;
            }
        }
        return w;
    }
}
