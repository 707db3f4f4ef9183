package org.khumkha.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;

/** The namespaces of the Khumkha ontology and its data, as docs/MODELLING.md lays them out. */
public final class Vocab {
    public static final String KK = "https://w3id.org/khumkha#";
    public static final String ID = "https://w3id.org/khumkha/id/";
    public static final String GRAPH = "https://w3id.org/khumkha/graph/";
    public static final String FRAMEWORK = "https://w3id.org/khumkha/id/opdc-framework/";
    public static final String REF = "https://w3id.org/khumkha/id/ref/";

    /** Buddhist era = common era + 543. */
    public static final int BE_OFFSET = 543;
    /** Years outside this range are not plausible B.E. fiscal years (a C.E. year such as 2025 falls below it). */
    public static final int MIN_BE_YEAR = 2400;
    public static final int MAX_BE_YEAR = 2700;

    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("kk", KK)
            .setNsPrefix("id", ID)
            .setNsPrefix("g", GRAPH)
            .setNsPrefix("fw", FRAMEWORK)
            .setNsPrefix("ref", REF)
            .setNsPrefix("codi", ID + "codi/")
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("org", "http://www.w3.org/ns/org#")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("dct", "http://purl.org/dc/terms/")
            .setNsPrefix("sh", "http://www.w3.org/ns/shacl#")
            .lock();

    private Vocab() {}

    public static Node kk(String localName) {
        return NodeFactory.createURI(KK + localName);
    }

    public static Node graph(String path) {
        return NodeFactory.createURI(GRAPH + path);
    }

    /** The IRI of an organization from its short id ({@code codi} → {@code id:codi}). */
    public static String organizationIri(String shortId) {
        return ID + shortId;
    }

    /** The shortest prefixed name of an IRI (the longest namespace wins: codi:plan-a, not id:codi/plan-a). */
    public static String shortForm(String iri) {
        String best = null;
        String bestPrefix = null;
        for (var e : PREFIXES.getNsPrefixMap().entrySet()) {
            String ns = e.getValue();
            if (iri.startsWith(ns) && (best == null || ns.length() > best.length())) {
                best = ns;
                bestPrefix = e.getKey();
            }
        }
        return best == null ? iri : bestPrefix + ":" + iri.substring(best.length());
    }

    /** Whether a year is a plausible B.E. fiscal year. */
    public static boolean isBuddhistEraYear(int year) {
        return year >= MIN_BE_YEAR && year <= MAX_BE_YEAR;
    }
}
