package org.khumkha.query;

import java.math.BigDecimal;
import java.util.Locale;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.khumkha.graph.ThaiDigits;
import org.khumkha.graph.Vocab;

/**
 * A parameter declared in a named query's header: {@code # param: year year = 2568 — fiscal year (B.E.)}.
 * A value is turned into one RDF term of the declared type, or refused with a reason; the term is then
 * substituted for the variable {@code ?name} in the parsed query, so a value can never change the query's shape.
 */
public record QueryParameter(String name, Type type, String defaultValue, String description) {

    /** The kinds of value a parameter takes. */
    public enum Type {
        IRI, STRING, INTEGER, DECIMAL, YEAR, LANG_TH;

        static Type parse(String word) {
            return switch (word.toLowerCase(Locale.ROOT)) {
                case "iri", "uri" -> IRI;
                case "string", "text", "code" -> STRING;
                case "integer", "int" -> INTEGER;
                case "decimal", "number" -> DECIMAL;
                case "year" -> YEAR;
                case "th", "thai" -> LANG_TH;
                default -> throw new IllegalArgumentException("unknown parameter type '" + word
                        + "' (use iri, string, integer, decimal, year or th)");
            };
        }
    }

    /** Converts a user's value to an RDF term; {@link IllegalArgumentException} says why it cannot be. */
    public Node toNode(String raw, PrefixMapping prefixes) {
        String value = ThaiDigits.toArabic(raw == null ? "" : raw.strip());
        return switch (type) {
            case STRING -> NodeFactory.createLiteralString(value);
            case LANG_TH -> NodeFactory.createLiteralLang(value, "th");
            case INTEGER -> NodeFactory.createLiteralDT(Long.toString(parseInteger(value)), XSDDatatype.XSDinteger);
            case DECIMAL -> NodeFactory.createLiteralDT(parseDecimal(value).toPlainString(), XSDDatatype.XSDdecimal);
            case YEAR -> {
                long year = parseInteger(value);
                if (!Vocab.isBuddhistEraYear((int) year)) {
                    String hint = Vocab.isBuddhistEraYear((int) year + Vocab.BE_OFFSET)
                            ? " — that looks like a C.E. year; use " + (year + Vocab.BE_OFFSET) : "";
                    throw new IllegalArgumentException(name + ": " + year + " is not a B.E. fiscal year" + hint);
                }
                yield NodeFactory.createLiteralDT(Long.toString(year), XSDDatatype.XSDinteger);
            }
            case IRI -> NodeFactory.createURI(parseIri(value, prefixes));
        };
    }

    private long parseInteger(String value) {
        try {
            return Long.parseLong(value.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + value + "' is not a whole number");
        }
    }

    private BigDecimal parseDecimal(String value) {
        try {
            return new BigDecimal(value.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + value + "' is not a number");
        }
    }

    private String parseIri(String value, PrefixMapping prefixes) {
        String iri = value;
        if (iri.startsWith("<") && iri.endsWith(">")) {
            iri = iri.substring(1, iri.length() - 1);
        } else if (!iri.contains("://")) {
            String expanded = prefixes.expandPrefix(iri);
            if (expanded.equals(iri)) {
                expanded = Vocab.PREFIXES.expandPrefix(iri);
            }
            if (expanded.equals(iri)) {
                throw new IllegalArgumentException(name + ": '" + value + "' is neither an IRI nor a known prefixed name");
            }
            iri = expanded;
        }
        try {
            org.apache.jena.irix.IRIx.create(iri);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + ": '" + value + "' is not a valid IRI: " + e.getMessage());
        }
        if (iri.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}')) {
            throw new IllegalArgumentException(name + ": '" + value + "' contains characters an IRI cannot hold");
        }
        return iri;
    }
}
