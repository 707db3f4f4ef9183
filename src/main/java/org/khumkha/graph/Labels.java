package org.khumkha.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;

/** A resource's label for people: Thai first, then English, then any, then the IRI's short form. */
public final class Labels {
    private Labels() {}

    public static String of(Graph graph, Node node) {
        return of(graph, node, "th");
    }

    public static String of(Graph graph, Node node, String preferredLanguage) {
        String any = null;
        String english = null;
        var it = graph.find(node, RDFS.label.asNode(), Node.ANY);
        try {
            while (it.hasNext()) {
                Node label = it.next().getObject();
                if (!label.isLiteral()) {
                    continue;
                }
                String lang = label.getLiteralLanguage();
                if (preferredLanguage.equalsIgnoreCase(lang)) {
                    return label.getLiteralLexicalForm();
                }
                if ("en".equalsIgnoreCase(lang)) {
                    english = label.getLiteralLexicalForm();
                }
                any = label.getLiteralLexicalForm();
            }
        } finally {
            it.close();
        }
        if (english != null) {
            return english;
        }
        if (any != null) {
            return any;
        }
        return node.isURI() ? Vocab.shortForm(node.getURI()) : node.toString();
    }
}
