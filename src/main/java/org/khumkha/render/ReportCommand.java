package org.khumkha.render;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.khumkha.analytics.AnalysisService;
import org.khumkha.cli.ExitCodes;
import org.khumkha.cli.StoreOptions;
import org.khumkha.query.QueryLibrary;
import org.khumkha.scoring.ScoringService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", sortOptions = false, description = {
        "Write the printable evaluation report for the committee: one self-contained HTML file (Thai face and pictures",
        "embedded) with the mandate, the scorecard and its traces, the 3.1 rubric evidence, the ecosystem and result-chain",
        "pictures and the modelled assumptions. Open it in a browser and print (A4). Reads only."})
public class ReportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--org", required = true, paramLabel = "ID", description = "the organization's short id, e.g. codi")
    String orgId;

    @Option(names = "--year", required = true, paramLabel = "BE", description = "the fiscal year, Buddhist era (e.g. 2568; Thai digits accepted)")
    String year;

    @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "where to write the report")
    Path out;

    @Option(names = "--lang", defaultValue = "th", paramLabel = "th|en", description = "language (default: ${DEFAULT-VALUE})")
    String lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        AnalysisService.checkOrgId(orgId);
        int fiscalYear = ScoringService.parseYear(year, "--year");
        Language language = Language.parse(lang);
        String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".html") && !name.endsWith(".htm")) {
            throw new IllegalArgumentException("--out " + out + ": the report is HTML; end the file name with .html");
        }
        PrintWriter err = spec.commandLine().getErr();
        QueryLibrary queries = QueryLibrary.load();
        AnalysisService analysis = new AnalysisService(queries);
        Pictures pictures = new Pictures(queries, (source, org) -> analysis.analyze(source, org, line -> err.println("  " + line)));
        String html;
        try (StoreOptions.ReadSession session = storeOptions.openForReading()) {
            html = new EvaluationReport(queries, pictures).html(session.source(), orgId, fiscalYear, language);
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(out, html, StandardCharsets.UTF_8);
        err.printf("wrote %s (%,d bytes); open it in a browser and print to A4%n", out, html.getBytes(StandardCharsets.UTF_8).length);
        err.flush();
        return ExitCodes.OK;
    }
}
