package org.khumkha.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.system.Txn;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.graph.Vocab;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", description = {
        "Write the whole store, or one organization's graphs, as Turtle, TriG, JSON-LD or N-Quads.",
        "Turtle merges the graphs; TriG, JSON-LD and N-Quads keep them, and with them the provenance."})
public class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", required = true, paramLabel = "ttl|trig|jsonld|nq")
    String format;

    @Option(names = "--org", paramLabel = "ID", description = "only graphs about this organization (kk:about), e.g. codi")
    String organization;

    @Option(names = "--out", paramLabel = "FILE", description = "output file (default: standard output)")
    Path out;

    @Override
    public Integer call() throws Exception {
        RDFFormat rdfFormat = switch (format.toLowerCase(Locale.ROOT)) {
            case "ttl", "turtle" -> RDFFormat.TURTLE_BLOCKS;
            case "trig" -> RDFFormat.TRIG_BLOCKS;
            case "jsonld", "json-ld" -> RDFFormat.JSONLD_PRETTY;
            case "nq", "nquads" -> RDFFormat.NQUADS;
            default -> throw new IllegalArgumentException("unknown format '" + format + "' (use ttl, trig, jsonld or nq)");
        };
        try (KnowledgeStore store = storeOptions.openStore();
             OutputStream os = out == null ? System.out : Files.newOutputStream(out)) {
            Dataset ds = store.dataset();
            Txn.executeRead(ds, () -> write(select(ds.asDatasetGraph()), rdfFormat, os));
            os.flush();
        }
        return ExitCodes.OK;
    }

    /**
     * Streams the quads (Turtle merges the graphs), so a national store is never copied into memory; JSON-LD has no
     * streaming writer and is built in memory. The store's own prefix table is read-only here, so prefixes are given
     * to the writer, not put into the store.
     */
    private static void write(DatasetGraph selected, RDFFormat format, OutputStream os) {
        if (format.getLang() == Lang.JSONLD) {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            selected.find().forEachRemaining(copy::add);
            copy.prefixes().putAll(Vocab.PREFIXES);
            RDFDataMgr.write(os, copy, format);
            return;
        }
        StreamRDF stream = StreamRDFWriter.getWriterStream(os, format);
        stream.start();
        Vocab.PREFIXES.getNsPrefixMap().forEach(stream::prefix);
        if (format.getLang() == Lang.TURTLE) {
            selected.getUnionGraph().find().forEachRemaining(stream::triple);
        } else {
            selected.find().forEachRemaining(q -> {
                if (!q.isDefaultGraph()) {
                    stream.quad(q);
                }
            });
        }
        stream.finish();
    }

    private DatasetGraph select(DatasetGraph all) {
        if (organization == null) {
            return all;
        }
        Node org = NodeFactory.createURI(Vocab.organizationIri(organization));
        Node about = Vocab.kk("about");
        DatasetGraph chosen = DatasetGraphFactory.createGeneral();
        all.listGraphNodes().forEachRemaining(g -> {
            if (all.getGraph(g).contains(g, about, org)) {
                chosen.addGraph(g, all.getGraph(g));
            }
        });
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no graphs about organization '" + organization + "' (kk:about " + Vocab.organizationIri(organization) + ")");
        }
        return chosen;
    }
}
