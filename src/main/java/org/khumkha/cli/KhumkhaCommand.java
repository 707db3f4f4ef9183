package org.khumkha.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.khumkha.graph.LoadException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: {@code java -jar target/khumkha.jar <command>}. */
@Command(name = "khumkha", mixinStandardHelpOptions = true, version = "Khumkha 0.1.0",
        description = "คุ้มค่า — knowledge graph for the value-for-money evaluation of Thai public organizations.",
        subcommands = {LoadCommand.class, ValidateCommand.class, QueryCommand.class, ExportCommand.class,
                org.khumkha.server.ServeCommand.class, org.khumkha.analytics.AnalyzeCommand.class,
                org.khumkha.scoring.ScoreCommand.class, org.khumkha.scoring.ImportCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:findings (e.g. SHACL violations)", "2:bad usage or input; nothing was changed"})
public class KhumkhaCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line wired with Khumkha's error handling: bad input exits 2 with the message, no stack trace. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new KhumkhaCommand());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            if (ex instanceof LoadException le) {
                err.println("load failed; the store is unchanged:");
                le.problems().forEach(p -> err.println("  " + p));
                return ExitCodes.BAD_INPUT;
            }
            if (ex instanceof IllegalArgumentException || ex instanceof IllegalStateException) {
                err.println("error: " + ex.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            if (ex instanceof org.apache.jena.dboe.base.file.FileException
                    || String.valueOf(ex.getMessage()).contains("lock")) {
                err.println("error: the store is in use by another process (is 'serve' running?). "
                        + "Stop it, or read through its endpoint with --endpoint http://localhost:3030/khumkha/sparql. ("
                        + ex.getMessage() + ")");
                return ExitCodes.BAD_INPUT;
            }
            throw ex;
        });
        cl.setExitCodeExceptionMapper(ex -> ExitCodes.BAD_INPUT);
        return cl;
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }
}
