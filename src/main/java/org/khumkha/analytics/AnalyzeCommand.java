package org.khumkha.analytics;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.khumkha.cli.ExitCodes;
import org.khumkha.cli.StoreOptions;
import org.khumkha.query.QueryLibrary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code analyze [--store DIR | --endpoint URL] [--org ID] [--format table|json] [--no-write]}: ecosystem roles, agency
 * overlap and result-chain coherence of one organization. Progress goes to standard error, the result to standard
 * output. With a local store the result is written back as the graph {@code g:analysis/<orgId>} (replacing the last
 * run's) unless {@code --no-write}; an endpoint is only read.
 */
@Command(name = "analyze", description = {
        "Network analysis of an organization's ecosystem and result chain: betweenness, closeness, PageRank,",
        "communities, Burt's constraint and effective size, Gould-Fernandez brokerage roles by sector, overlap",
        "with other agencies (Jaccard) and coherence (objective, goal-of-existence and national-strategy coverage).",
        "With --store the result is written back as the named graph g:analysis/<ID>, replacing the previous run's."})
public class AnalyzeCommand implements Callable<Integer> {
    /** The organization analysed when none is given. */
    public static final String ORG_DEFAULT = "codi";

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--org", paramLabel = "ID", defaultValue = ORG_DEFAULT,
            description = "the organization's short id (default: ${DEFAULT-VALUE})")
    String org;

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
            description = "output format (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--no-write", description = "do not write the result back into the store")
    boolean noWrite;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = QueryLibrary.DEFAULT_DIRECTORY,
            description = "the named-query folder (default: ${DEFAULT-VALUE})")
    Path queriesDirectory;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!fmt.equals("table") && !fmt.equals("json")) {
            throw new IllegalArgumentException("unknown format '" + format + "' (use table or json)");
        }
        AnalysisService.checkOrgId(org);
        AnalysisService service = new AnalysisService(QueryLibrary.load(queriesDirectory));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (StoreOptions.ReadSession session = storeOptions.openForReading()) {
            AnalysisResult result = service.analyze(session.source(), org, line -> {
                err.println("analyze: " + line);
                err.flush();
            });
            if (!noWrite && session.store() != null) {
                service.writeBack(session.store(), org, result);
                err.println("analyze: written to graph <" + AnalysisService.analysisGraphName(org).getURI() + ">");
            } else if (!noWrite) {
                err.println("analyze: read from an endpoint, nothing written (use --store to keep the result)");
            }
            err.flush();
            if (fmt.equals("json")) {
                out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(result));
            } else {
                new TextReport(out).write(result);
            }
            out.flush();
        }
        return ExitCodes.OK;
    }
}
