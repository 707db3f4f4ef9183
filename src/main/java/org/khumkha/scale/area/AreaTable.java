package org.khumkha.scale.area;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.khumkha.graph.GraphSource;

/**
 * Indicators by area, for {@code area} and {@code score --by-province}: one row per (indicator, area) with the sums
 * and the value, as an aligned table, CSV or JSON-ready records.
 */
public final class AreaTable {
    /** One row: an indicator in an area. {@code value} is null where the denominator sums to 0. */
    public record Row(String indicator, int fiscalYear, String level, String areaCode, String area, String areaLabelTh,
                      BigDecimal numerator, BigDecimal denominator, BigDecimal value, int results) {}

    private AreaTable() {}

    /**
     * The rows of the given indicators (those without any area-level result in the year are left out).
     */
    public static List<Row> rows(AreaResultsService service, GraphSource source, String orgId, List<String> codes, int fiscalYear,
                                 AreaLevel level) {
        return rows(service, source, orgId, codes, fiscalYear, level, java.util.Map.of());
    }

    /**
     * The same, with results not stored (a measurement file given to {@code score}) by indicator code, each replacing
     * the stored results of its area.
     */
    public static List<Row> rows(AreaResultsService service, GraphSource source, String orgId, List<String> codes, int fiscalYear,
                                 AreaLevel level, java.util.Map<String, List<AreaObservation>> replacing) {
        Objects.requireNonNull(level, "level");
        List<Row> rows = new ArrayList<>();
        for (String code : codes) {
            AreaResultsService.IndicatorRollUp r;
            try {
                r = service.rollUp(source, orgId, code, fiscalYear, replacing.getOrDefault(code, List.of()));
            } catch (IllegalArgumentException noResults) {
                continue;
            }
            for (AreaResultsService.Row row : r.atLevel(level)) {
                AreaTotals t = row.totals();
                rows.add(new Row(code, fiscalYear, level.labelEn(), t.area().code(), t.area().iri(), t.area().labelTh(),
                        t.numerator(), t.denominator(), row.value(), t.observations()));
            }
        }
        return rows;
    }

    public static void writeTable(List<Row> rows, PrintWriter out) {
        out.printf(Locale.ROOT, "%-10s %-8s %-36s %14s %14s %12s %8s%n", "indicator", "code", "area", "numerator", "denominator", "value", "results");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%-10s %-8s %-36s %14s %14s %12s %8d%n", r.indicator(), r.areaCode(),
                    r.areaLabelTh() == null ? r.area() : r.areaLabelTh(), plain(r.numerator()), plain(r.denominator()), plain(r.value()), r.results());
        }
    }

    public static void writeCsv(List<Row> rows, PrintWriter out) {
        out.println("indicator,fiscal_year,level,area_code,area,numerator,denominator,value,results");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%s,%d,%s,%s,%s,%s,%s,%s,%d%n", r.indicator(), r.fiscalYear(), r.level(), r.areaCode(), r.area(),
                    plain(r.numerator()), plain(r.denominator()), plain(r.value()), r.results());
        }
    }

    private static String plain(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
}
