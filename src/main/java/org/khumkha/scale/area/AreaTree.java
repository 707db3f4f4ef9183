package org.khumkha.scale.area;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.khumkha.graph.GraphSource;
import org.khumkha.query.QueryLibrary;

/**
 * The area tree (a forest when several nations are loaded): every area knows its parent, one level up. Built from
 * {@code queries/area-tree.rq} or from a list; checked where it is built: every parent exists and stands exactly one
 * level above its child, so there is no cycle. Immutable.
 */
public final class AreaTree {
    /** The named query the tree is read through. */
    public static final String QUERY = "area-tree";

    private final Map<String, Area> areas;
    private final Map<String, List<Area>> children;

    public AreaTree(Collection<Area> areas) {
        Objects.requireNonNull(areas, "areas");
        Map<String, Area> byIri = new LinkedHashMap<>();
        List<Area> sorted = new ArrayList<>(areas);
        sorted.sort(Comparator.comparing(Area::level).thenComparing(Area::code).thenComparing(Area::iri));
        for (Area a : sorted) {
            Area before = byIri.putIfAbsent(a.iri(), a);
            if (before != null && !before.equals(a)) {
                throw new IllegalArgumentException("area " + a.iri() + " is described twice: " + before + " and " + a);
            }
        }
        Map<String, List<Area>> kids = new LinkedHashMap<>();
        for (Area a : byIri.values()) {
            if (a.parent() == null) {
                if (a.level() != AreaLevel.NATION) {
                    throw new IllegalArgumentException("the " + a.level().labelEn() + " " + a.label() + " (" + a.iri()
                            + ") has no parent area (kk:parentArea)");
                }
                continue;
            }
            Area parent = byIri.get(a.parent());
            if (parent == null) {
                throw new IllegalArgumentException("the parent " + a.parent() + " of " + a.label() + " (" + a.iri() + ") is not an area");
            }
            if (parent.level().ordinal() != a.level().ordinal() - 1) {
                throw new IllegalArgumentException("the " + a.level().labelEn() + " " + a.label() + " has a " + parent.level().labelEn()
                        + " as parent (" + parent.iri() + "): a parent stands exactly one level up");
            }
            kids.computeIfAbsent(parent.iri(), k -> new ArrayList<>()).add(a);
        }
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.areas = Collections.unmodifiableMap(byIri);
        this.children = Collections.unmodifiableMap(kids);
    }

    /** Reads every area of the store (through {@link #QUERY}). */
    public static AreaTree read(GraphSource source, QueryLibrary queries) {
        ResultSetRewindable rows = source.select(queries.get(QUERY).bind(Map.of()));
        List<Area> list = new ArrayList<>();
        while (rows.hasNext()) {
            QuerySolution s = rows.next();
            list.add(new Area(iri(s, "area"), text(s, "code"), AreaLevel.ofClass(iri(s, "level")), text(s, "labelTh"),
                    text(s, "labelEn"), iri(s, "parent")));
        }
        return new AreaTree(list);
    }

    public Optional<Area> find(String iri) {
        return Optional.ofNullable(areas.get(iri));
    }

    /** The area, or an error naming it. */
    public Area get(String iri) {
        return find(iri).orElseThrow(() -> new IllegalArgumentException("no area " + iri + " in the area tree"));
    }

    public int size() {
        return areas.size();
    }

    /** Every area, top level first, then by code. */
    public Collection<Area> all() {
        return areas.values();
    }

    /** The areas of one level, by code. */
    public List<Area> atLevel(AreaLevel level) {
        return areas.values().stream().filter(a -> a.level() == level).toList();
    }

    /** The areas one level below, by code. */
    public List<Area> children(String iri) {
        return children.getOrDefault(iri, List.of());
    }

    /** The area itself, then its parent, up to its root. */
    public List<Area> selfAndAncestors(String iri) {
        List<Area> chain = new ArrayList<>(4);
        for (Area a = get(iri); a != null; a = a.parent() == null ? null : areas.get(a.parent())) {
            chain.add(a);
        }
        return chain;
    }

    /** The area at {@code level} that contains {@code iri} (itself when it is of that level), if any. */
    public Optional<Area> ancestorAt(String iri, AreaLevel level) {
        return selfAndAncestors(iri).stream().filter(a -> a.level() == level).findFirst();
    }

    private static String iri(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n == null || !n.isURIResource() ? null : n.asResource().getURI();
    }

    private static String text(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
