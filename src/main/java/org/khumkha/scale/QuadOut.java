package org.khumkha.scale;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.khumkha.graph.Literals;
import org.khumkha.graph.ProgressMeter;
import org.khumkha.graph.Vocab;

/**
 * A TriG file written as a stream (Jena's {@link RDFFormat#TRIG_BLOCKS}): quads go out in the order they are added, so
 * the bytes depend only on that order. Knows the current named graph and counts every quad on a {@link ProgressMeter}.
 */
final class QuadOut implements AutoCloseable {
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    static final Node TYPE = NodeFactory.createURI(RDF + "type");
    static final Node LABEL = NodeFactory.createURI(RDFS + "label");
    static final Node COMMENT = NodeFactory.createURI(RDFS + "comment");

    private final OutputStream out;
    private final StreamRDF stream;
    private final ProgressMeter meter;
    private Node graph;

    QuadOut(Path file, ProgressMeter meter) {
        this.meter = Objects.requireNonNull(meter, "meter");
        try {
            this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        this.stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
        stream.start();
        Vocab.PREFIXES.getNsPrefixMap().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> stream.prefix(e.getKey(), e.getValue()));
        stream.prefix("syn", NationalGenerator.NS);
        stream.prefix("sg", NationalGenerator.GRAPH_NS);
    }

    /** Quads that follow go into this graph. */
    void graph(Node g) {
        this.graph = Objects.requireNonNull(g, "graph");
    }

    void add(Node s, Node p, Node o) {
        stream.quad(Quad.create(graph, s, p, o));
        meter.add(1);
    }

    void type(Node s, Node cls) {
        add(s, TYPE, cls);
    }

    void labels(Node s, String th, String en) {
        add(s, LABEL, Literals.th(th));
        add(s, LABEL, Literals.en(en));
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node kk(String local) {
        return Vocab.kk(local);
    }


    static Node decimal(BigDecimal d) {
        String s = d.toPlainString();
        return NodeFactory.createLiteralDT(s.contains(".") ? s : s + ".0", XSDDatatype.XSDdecimal);
    }




    static Node string(String text) {
        return NodeFactory.createLiteralString(text);
    }

    @Override
    public void close() {
        stream.finish();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
