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
                org.khumkha.scoring.ScoreCommand.class, org.khumkha.scoring.ImportCommand.class,
                org.khumkha.render.RenderCommand.class, org.khumkha.render.ReportCommand.class,
                org.khumkha.scale.GenerateCommand.class, org.khumkha.scale.AreaCommand.class, org.khumkha.bench.BenchCommand.class},
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
        return commandLine(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }

    /** The same, printing to the given writers (tests capture them). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new KhumkhaCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);  // --loader bulk, as the help prints it
        // Hand the writers to the command that actually runs: picocli can lose them on subcommands between executions.
        cl.setExecutionStrategy(parseResult -> {
            CommandLine root = parseResult.commandSpec().commandLine();
            for (CommandLine command : parseResult.asCommandLineList()) {
                command.setOut(root.getOut());
                command.setErr(root.getErr());
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            PrintWriter problems = cmd.getErr();
            if (ex instanceof LoadException le) {
                problems.println(le.storeUnchanged() ? "load failed; the store is unchanged:" : "load failed part-way; the store has CHANGED:");
                le.problems().forEach(p -> problems.println("  " + p));
                return ExitCodes.BAD_INPUT;
            }
            if (ex instanceof IllegalArgumentException || ex instanceof IllegalStateException) {
                problems.println("error: " + ex.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            if (ex instanceof org.apache.jena.dboe.base.file.FileException
                    || String.valueOf(ex.getMessage()).contains("lock")) {
                problems.println("error: the store is in use by another process (is 'serve' running?). "
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
