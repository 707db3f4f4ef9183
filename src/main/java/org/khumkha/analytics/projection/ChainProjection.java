package org.khumkha.analytics.projection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.QuerySolution;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.khumkha.graph.GraphSource;
import org.khumkha.graph.Vocab;
import org.khumkha.query.QueryLibrary;

/**
 * The organization's result chain and mandate: elements ({@code queries/analysis-chain-elements.rq}) with their kind and
 * chain level, links between them with the provenance of each ({@code analysis-chain-links.rq}), and the links from
 * strategies and plans to national-strategy items ({@code analysis-strategy-links.rq}).
 * {@link #dag()} is the directed graph of all element-to-element links (it should be acyclic: {@code
 * ResultChainCoherence} checks); {@link #strategyGraph()} the strategy-link graph (element → national item).
 */
public final class ChainProjection {
    public static final String ELEMENTS_QUERY = "analysis-chain-elements";
    public static final String LINKS_QUERY = "analysis-chain-links";
    public static final String STRATEGY_LINKS_QUERY = "analysis-strategy-links";

    /** The kinds of element: the five chain levels, then the mandate. */
    public enum Kind {
        INPUT, PROCESS, OUTPUT, OUTCOME, IMPACT, OBJECTIVE, GOAL, STRATEGY, GOAL_OF_EXISTENCE;

        static Kind parse(String s) {
            return switch (s) {
                case "goalOfExistence" -> GOAL_OF_EXISTENCE;
                default -> valueOf(s.toUpperCase(Locale.ROOT));
            };
        }
    }

    /** What a link does: moves along the chain (kk:leadsTo), serves the mandate, joins mandate elements, or measures. */
    public enum LinkKind {
        LEADS_TO, SERVES, CONTRIBUTES_TO, MEASURED_BY, SUPPORTS_NATIONAL_PLAN;

        static LinkKind parse(String s) {
            return switch (s) {
                case "leadsTo" -> LEADS_TO;
                case "serves" -> SERVES;
                case "contributesTo" -> CONTRIBUTES_TO;
                case "measuredBy" -> MEASURED_BY;
                default -> throw new IllegalArgumentException("unknown link kind " + s);
            };
        }
    }

    /** Where a link comes from: the strongest provenance among the graphs that assert it. */
    public enum Source { STATED, MODELLED, OTHER }

    /** A chain or mandate element. {@code level} is 1-5 for chain elements and null for mandate ones. */
    public record Element(String id, Kind kind, Integer level, String label, String labelEn, String measuredBy, Integer ordinal) {
        public NamedNode named() {
            return new NamedNode(id, label, labelEn);
        }

        public boolean measured() {
            return measuredBy != null;
        }
    }

    /** A link between two elements (or to a national item), once, with its strongest provenance. */
    public record Link(String from, String to, String property, LinkKind kind, Source source) {}

    /** A directed edge of {@link #dag()} that remembers its link. */
    public static final class LinkEdge extends DefaultEdge {
        private static final long serialVersionUID = 1L;
        private final transient Link link;

        LinkEdge(Link link) {
            this.link = link;
        }

        public Link link() {
            return link;
        }
    }

    private final Map<String, Element> elements;
    private final List<Link> links;
    private final List<Link> strategyLinks;
    private final Map<String, NamedNode> nationalItems;

    public ChainProjection(Map<String, Element> elements, List<Link> links, List<Link> strategyLinks,
                           Map<String, NamedNode> nationalItems) {
        this.elements = Collections.unmodifiableMap(new LinkedHashMap<>(elements));
        this.links = List.copyOf(links);
        this.strategyLinks = List.copyOf(strategyLinks);
        this.nationalItems = Collections.unmodifiableMap(new LinkedHashMap<>(nationalItems));
    }

    public static ChainProjection read(GraphSource source, QueryLibrary queries, String orgId) {
        Map<String, Element> elements = new LinkedHashMap<>();
        for (QuerySolution row : Rows.select(source, queries, ELEMENTS_QUERY, orgId)) {
            String id = Rows.text(row, "element");
            Double level = Rows.number(row, "level");
            Double ordinal = Rows.number(row, "ordinal");
            elements.putIfAbsent(id, new Element(id, Kind.parse(Rows.text(row, "kind")),
                    level == null ? null : level.intValue(), Rows.text(row, "labelTh"), Rows.text(row, "labelEn"),
                    Rows.text(row, "measuredBy"), ordinal == null ? null : ordinal.intValue()));
        }
        Map<String, Link> links = new LinkedHashMap<>();
        for (QuerySolution row : Rows.select(source, queries, LINKS_QUERY, orgId)) {
            merge(links, new Link(Rows.text(row, "from"), Rows.text(row, "to"), Rows.text(row, "property"),
                    LinkKind.parse(Rows.text(row, "kind")), source(Rows.text(row, "provenance"))));
        }
        Map<String, Link> strategyLinks = new LinkedHashMap<>();
        Map<String, NamedNode> items = new LinkedHashMap<>();
        for (QuerySolution row : Rows.select(source, queries, STRATEGY_LINKS_QUERY, orgId)) {
            String item = Rows.text(row, "item");
            items.putIfAbsent(item, new NamedNode(item, Rows.text(row, "labelTh"), Rows.text(row, "labelEn")));
            merge(strategyLinks, new Link(Rows.text(row, "element"), item, Vocab.KK + "supportsNationalPlan",
                    LinkKind.SUPPORTS_NATIONAL_PLAN, source(Rows.text(row, "provenance"))));
        }
        return new ChainProjection(elements, new ArrayList<>(links.values()), new ArrayList<>(strategyLinks.values()), items);
    }

    private static void merge(Map<String, Link> links, Link link) {
        String key = link.from() + " " + link.property() + " " + link.to();
        Link known = links.get(key);
        if (known == null || link.source().ordinal() < known.source().ordinal()) {
            links.put(key, link);
        }
    }

    private static Source source(String provenance) {
        if ((Vocab.KK + "StatedInMOU").equals(provenance)) {
            return Source.STATED;
        }
        if ((Vocab.KK + "Modelled").equals(provenance)) {
            return Source.MODELLED;
        }
        return Source.OTHER;
    }

    public Map<String, Element> elements() {
        return elements;
    }

    /** Links between elements, and measuredBy links from elements to indicators. */
    public List<Link> links() {
        return links;
    }

    /** kk:supportsNationalPlan links from the organization's elements to national items. */
    public List<Link> strategyLinks() {
        return strategyLinks;
    }

    public NamedNode nationalItem(String id) {
        return nationalItems.getOrDefault(id, new NamedNode(id, null, null));
    }

    /** Elements of one kind, in the order read (by ordinal). */
    public List<Element> ofKind(Kind kind) {
        return elements.values().stream().filter(e -> e.kind() == kind).toList();
    }

    /** Whether an indicator measures the element, by its kk:measuredBy (or kk:measures) links. */
    public boolean isMeasured(String element) {
        Element e = elements.get(element);
        if (e != null && e.measured()) {
            return true;
        }
        return links.stream().anyMatch(l -> l.kind() == LinkKind.MEASURED_BY && l.from().equals(element));
    }

    /** The result-chain DAG: every element, every link between two elements (chain, serves, contributesTo). */
    public Graph<String, LinkEdge> dag() {
        Graph<String, LinkEdge> g = new DirectedPseudograph<>(LinkEdge.class);
        elements.keySet().forEach(g::addVertex);
        for (Link l : links) {
            if (l.kind() != LinkKind.MEASURED_BY && elements.containsKey(l.from()) && elements.containsKey(l.to())) {
                g.addEdge(l.from(), l.to(), new LinkEdge(l));
            }
        }
        return g;
    }

    /** The strategy-link graph: element → national item, plus plan → strategy (kk:implementsStrategy and kk:serves). */
    public Graph<String, LinkEdge> strategyGraph() {
        Graph<String, LinkEdge> g = new DirectedPseudograph<>(LinkEdge.class);
        Set<String> strategies = new LinkedHashSet<>();
        ofKind(Kind.STRATEGY).forEach(s -> strategies.add(s.id()));
        for (Link l : strategyLinks) {
            g.addVertex(l.from());
            g.addVertex(l.to());
            g.addEdge(l.from(), l.to(), new LinkEdge(l));
        }
        for (Link l : links) {
            if (l.kind() == LinkKind.SERVES && strategies.contains(l.to())) {
                g.addVertex(l.from());
                g.addVertex(l.to());
                g.addEdge(l.from(), l.to(), new LinkEdge(l));
            }
        }
        return g;
    }
}
