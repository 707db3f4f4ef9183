package org.khumkha.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The measurements of one bench run: rows of (section, metric, value, unit, goal, met, note), written as Markdown (a
 * table per section, after the machine's description and the command line) and as CSV (one row per measurement).
 */
public final class BenchReport {
    /** One measurement. {@code met} is null where there is no goal. */
    public record Row(String section, String metric, double value, String unit, String goal, Boolean met, String note) {}

    private final Map<String, String> machine = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private String commandLine = "";

    public void machine(String key, String value) {
        machine.put(key, value);
    }

    public void commandLine(String line) {
        this.commandLine = line;
    }

    public void add(String section, String metric, double value, String unit, String goal, Boolean met, String note) {
        rows.add(new Row(section, metric, value, unit, goal == null ? "" : goal, met, note == null ? "" : note));
    }

    public void add(String section, String metric, double value, String unit) {
        add(section, metric, value, unit, null, null, null);
    }

    public void failure(String step, String message) {
        failures.add(step + ": " + message);
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    /** The first row of a metric, or null. */
    public Row find(String section, String metric) {
        return rows.stream().filter(r -> r.section().equals(section) && r.metric().equals(metric)).findFirst().orElse(null);
    }

    public String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("# Khumkha benchmark report\n\n");
        b.append("Command: `").append(commandLine).append("`\n\n");
        b.append("| machine | |\n|---|---|\n");
        machine.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v.replace("|", "/").replace("\n", " ")).append(" |\n"));
        String section = null;
        for (Row r : rows) {
            if (!r.section().equals(section)) {
                section = r.section();
                b.append("\n## ").append(section).append("\n\n| metric | value | unit | goal | met | note |\n|---|---:|---|---|---|---|\n");
            }
            b.append("| ").append(r.metric()).append(" | ").append(format(r.value())).append(" | ").append(r.unit()).append(" | ")
                    .append(r.goal()).append(" | ").append(r.met() == null ? "" : r.met() ? "yes" : "**no**").append(" | ")
                    .append(r.note().replace("|", "/")).append(" |\n");
        }
        if (!failures.isEmpty()) {
            b.append("\n## Steps that failed\n\n");
            failures.forEach(f -> b.append("- ").append(f).append('\n'));
        }
        return b.toString();
    }

    public String csv() {
        StringBuilder b = new StringBuilder("section,metric,value,unit,goal,met,note\n");
        for (Row r : rows) {
            b.append(csv(r.section())).append(',').append(csv(r.metric())).append(',').append(format(r.value()).replace(",", ""))
                    .append(',').append(csv(r.unit())).append(',').append(csv(r.goal())).append(',')
                    .append(r.met() == null ? "" : r.met()).append(',').append(csv(r.note())).append('\n');
        }
        return b.toString();
    }

    public void write(Path markdown, Path csv) {
        try {
            Files.createDirectories(markdown.toAbsolutePath().getParent());
            Files.writeString(markdown, markdown(), StandardCharsets.UTF_8);
            Files.writeString(csv, csv(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report: " + e.getMessage(), e);
        }
    }

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v)
                : Math.abs(v) >= 1 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
