package org.khumkha.render;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.khumkha.analytics.AnalysisService;
import org.khumkha.cli.ExitCodes;
import org.khumkha.cli.StoreOptions;
import org.khumkha.query.QueryLibrary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "render", sortOptions = false, description = {
        "Draw an organization's ecosystem map or result chain for a report: laid out with GraphStream, PNG drawn by",
        "GraphStream's renderer, SVG with the Thai face embedded. Thai labels use the bundled font (no OS font needed).",
        "Reads only; works on --store or --endpoint."})
public class RenderCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Parameters(index = "0", paramLabel = "ecosystem|result-chain", description = "what to draw")
    String what;

    @Option(names = "--org", required = true, paramLabel = "ID", description = "the organization's short id, e.g. codi")
    String orgId;

    @Option(names = "--out", required = true, paramLabel = "FILE.png|FILE.svg", description = "where to write; the extension picks the format")
    Path out;

    @Option(names = "--lang", defaultValue = "th", paramLabel = "th|en", description = "label language (default: ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "N", description = "PNG pixels per unit, e.g. 2 for print (default: ${DEFAULT-VALUE})")
    double scale;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Pictures.Kind kind = Pictures.Kind.parse(what);
        Pictures.Format format = Pictures.Format.of(out);
        Language language = Language.parse(lang);
        AnalysisService.checkOrgId(orgId);
        PngPictureWriter png = new PngPictureWriter(scale);
        PrintWriter err = spec.commandLine().getErr();
        QueryLibrary queries = QueryLibrary.load();
        AnalysisService analysis = new AnalysisService(queries);
        Pictures pictures = new Pictures(queries, (source, org) -> analysis.analyze(source, org, line -> err.println("  " + line)));
        byte[] bytes;
        try (StoreOptions.ReadSession session = storeOptions.openForReading()) {
            Picture picture = pictures.picture(session.source(), orgId, kind, language);
            bytes = format == Pictures.Format.PNG ? png.write(picture) : new SvgPictureWriter(true).write(picture);
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(out, bytes);
        err.printf("wrote %s (%s, %,d bytes)%n", out, format.mediaType(), bytes.length);
        err.flush();
        return ExitCodes.OK;
    }
}
