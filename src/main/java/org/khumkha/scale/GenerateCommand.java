package org.khumkha.scale;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.khumkha.cli.ExitCodes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code generate --scale F --seed S --out DIR}: writes a synthetic national dataset (see {@link NationalGenerator}) as
 * TriG files that {@code load} reads. Progress and throughput go to standard error; the summary to standard output.
 */
@Command(name = "generate", description = {
        "Write a SYNTHETIC national dataset (not real data) for testing at scale: at --scale 1.0 77 provinces, 878 districts,",
        "7,255 tambons, 7,852 local administrations, ~110,000 community organizations, councils and welfare funds, tambon plans",
        "and area-level results of the 13 evaluation-matrix indicators for 2565-2568 (about 4.5 million quads).",
        "The same scale and seed give the same bytes. Load it with: load DIR"})
public class GenerateCommand implements Callable<Integer> {
    /** The scale when none is given: the whole country. */
    public static final double SCALE_DEFAULT = 1.0;

    @Option(names = "--scale", paramLabel = "F", defaultValue = "" + SCALE_DEFAULT,
            description = "size relative to the country (1.0 = national; 0.01 ≈ 45,000 quads) (default: ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + NationalGenerator.SEED_DEFAULT,
            description = "seed of every random choice (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "directory to write the TriG files into")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        NationalGenerator generator = new NationalGenerator(scale, seed, line -> {
            err.println(line);
            err.flush();
        });
        NationalGenerator.Report report = generator.write(out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "wrote %,d quads of SYNTHETIC data in %d files to %s in %.1f s (%,.0f quads/s)%n",
                report.quads(), report.files().size(), out, report.seconds(), report.quads() / Math.max(report.seconds(), 1e-9));
        stdout.printf(Locale.ROOT, "load it with: java -jar target/khumkha.jar load %s%n", out);
        stdout.flush();
        return ExitCodes.OK;
    }
}
