package org.khumkha.scoring;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.khumkha.cli.ExitCodes;
import org.khumkha.cli.StoreOptions;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.graph.Vocab;
import org.khumkha.query.QueryLibrary;
import org.khumkha.scoring.measurement.MeasurementFileException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", sortOptions = false, description = {
        "Import a measurement file (CSV UTF-8 or XLSX, first sheet) into the store: header",
        "organization,indicator,fiscal_year,value,evidence; B.E. years; Thai digits accepted.",
        "The whole file is validated first; any bad row is reported with its line and nothing is written.",
        "Then every value is written in one transaction to g:measurements/<org>; a value already stored for the same",
        "organization, indicator and year is replaced and kept as history (kk:SupersededMeasurement).",
        "A file whose name contains 'illustrative' (or --illustrative) holds example values, marked kk:Illustrative."})
public class ImportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "FILE", arity = "1", description = "the CSV or XLSX file")
    Path file;

    @Option(names = "--illustrative", description = "mark the values illustrative example data, not real results")
    boolean illustrative;

    @Option(names = "--dry-run", description = "validate and report, write nothing")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        byte[] content = Files.readAllBytes(file);
        PrintWriter out = spec.commandLine().getOut();
        try (KnowledgeStore store = storeOptions.openStore()) {
            MeasurementImports imports = new MeasurementImports(new ScoringService(QueryLibrary.load()));
            MeasurementImports.Outcome o = imports.importFile(store, file.toString(), content, illustrative, !dryRun);
            if (!o.validation().ok()) {
                throw new MeasurementFileException(o.validation());
            }
            if (!o.validation().warnings().isEmpty()) {
                spec.commandLine().getErr().println(o.validation().describeWarnings());
                spec.commandLine().getErr().flush();
            }
            String kind = o.validation().illustrative() ? " (ILLUSTRATIVE example values, not real results)" : "";
            if (!o.committed()) {
                out.printf("%s: %d rows valid%s; nothing written (--dry-run)%n", file, o.validation().rows(), kind);
            } else {
                var w = o.written();
                out.printf("%s: %d rows valid%s; written in one transaction to %s: %d new, %d replaced (kept as history), %d unchanged%n",
                        file, o.validation().rows(), kind, String.join(", ", w.graphs().stream().map(Vocab.PREFIXES::shortForm).toList()),
                        w.added(), w.replaced(), w.unchanged());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
