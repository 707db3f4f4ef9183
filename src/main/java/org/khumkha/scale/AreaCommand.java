package org.khumkha.scale;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.khumkha.cli.ExitCodes;
import org.khumkha.cli.StoreOptions;
import org.khumkha.query.QueryLibrary;
import org.khumkha.scale.area.AreaLevel;
import org.khumkha.scale.area.AreaResultsService;
import org.khumkha.scale.area.AreaTable;
import org.khumkha.scoring.EvaluationModelReader;
import org.khumkha.scoring.ScoringService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code area --org ID --year BE [--indicator CODE]… [--level province]}: an organization's area-level results rolled up
 * to provinces (or districts, tambons, the nation): Σ numerator, Σ denominator, the value computed from the sums, and
 * how many results went in.
 */
@Command(name = "area", description = {
        "An organization's indicators by area: area-level results (numerator, denominator) summed up to the level asked",
        "(province by default) and divided only then — percentages are never averaged. Reads only."})
public class AreaCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--org", required = true, paramLabel = "ID", description = "the organization's short id")
    String orgId;

    @Option(names = "--year", required = true, paramLabel = "BE", description = "the fiscal year (B.E.)")
    int year;

    @Option(names = "--indicator", paramLabel = "CODE", description = "an indicator code (repeatable; default: every evaluation-matrix indicator)")
    List<String> codes = new ArrayList<>();

    @Option(names = "--level", defaultValue = "province", paramLabel = "LEVEL", description = "nation, province, district or tambon (default: ${DEFAULT-VALUE})")
    String level;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json", description = "output format (default: ${DEFAULT-VALUE})")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        EvaluationModelReader.checkOrgId(orgId);
        ScoringService.checkYear(year);
        AreaLevel lv = AreaLevel.parse(level);
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!List.of("table", "csv", "json").contains(fmt)) {
            throw new IllegalArgumentException("unknown format '" + format + "' (use table, csv or json)");
        }
        QueryLibrary queries = QueryLibrary.load();
        PrintWriter out = spec.commandLine().getOut();
        try (StoreOptions.ReadSession session = storeOptions.openForReading()) {
            List<String> indicators = codes.isEmpty()
                    ? new EvaluationModelReader(queries).read(session.source(), orgId).matrix().stream().map(m -> m.code()).toList()
                    : codes;
            List<AreaTable.Row> rows = AreaTable.rows(new AreaResultsService(queries), session.source(), orgId, indicators, year, lv);
            if (rows.isEmpty()) {
                throw new IllegalArgumentException("no area-level results for '" + orgId + "' in " + year + " (indicators: "
                        + String.join(", ", indicators) + ")");
            }
            switch (fmt) {
                case "csv" -> AreaTable.writeCsv(rows, out);
                case "json" -> out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
                default -> AreaTable.writeTable(rows, out);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
