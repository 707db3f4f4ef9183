package org.khumkha.graph;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The literals Khumkha writes into its graphs (analysis, scorecards, generated data), made one way. Decimals are
 * not here: each writer rounds them to its own rule.
 */
public final class Literals {
    private Literals() {}

    /** A Thai string, {@code "…"@th}. */
    public static Node th(String text) {
        return NodeFactory.createLiteralLang(text, "th");
    }

    /** An English string, {@code "…"@en}. */
    public static Node en(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    public static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    public static Node bool(boolean value) {
        return NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean);
    }

    /** An xsd:dateTime from an ISO-8601 instant such as {@code 2026-11-24T02:05:21Z}. */
    public static Node dateTime(String instant) {
        return NodeFactory.createLiteralDT(instant, XSDDatatype.XSDdateTime);
    }
}
