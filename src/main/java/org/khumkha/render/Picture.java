package org.khumkha.render;

import java.util.Objects;

import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.MultiGraph;

/**
 * A laid-out picture: a GraphStream graph whose elements carry their place and their drawing attributes, read alike by
 * {@link PngPictureWriter} (GraphStream's renderer) and {@link SvgPictureWriter}. Coordinates are pixels with y up
 * (GraphStream's convention), from (0, 0) to ({@link #width()}, {@link #height()}).
 *
 * <p>Node attributes: {@code xyz}, {@code ui.label}, {@link #FILL}, {@link #SIZE} (diameter, or width for a box),
 * {@link #HEIGHT} (a box's height), {@link #SHAPE} ({@code circle}, {@code box} or {@code none}), {@link #STROKE},
 * {@link #STROKE_WIDTH}, {@link #FONT_SIZE}, {@link #BOLD}, {@link #TEXT_ALIGN} ({@code under}, {@code right},
 * {@code center}), {@link #TEXT_COLOR}. Edge attributes: {@link #COLOR}, {@link #WIDTH}, {@link #DASHED},
 * {@link #ARROW}.
 */
public final class Picture {
    public static final String FILL = "kk.fill";
    public static final String SIZE = "kk.size";
    public static final String HEIGHT = "kk.height";
    public static final String SHAPE = "kk.shape";
    public static final String STROKE = "kk.stroke";
    public static final String STROKE_WIDTH = "kk.strokeWidth";
    public static final String FONT_SIZE = "kk.fontSize";
    public static final String BOLD = "kk.bold";
    public static final String TEXT_ALIGN = "kk.textAlign";
    public static final String TEXT_COLOR = "kk.textColor";
    public static final String COLOR = "kk.color";
    public static final String WIDTH = "kk.width";
    public static final String DASHED = "kk.dashed";
    public static final String ARROW = "kk.arrow";
    /** An element's tooltip / description (SVG {@code <title>}). */
    public static final String TITLE = "kk.title";

    public static final String SHAPE_CIRCLE = "circle";
    public static final String SHAPE_BOX = "box";
    public static final String SHAPE_NONE = "none";

    private final Graph graph;
    private final String title;
    private final double width;
    private final double height;

    public Picture(Graph graph, String title, double width, double height) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.title = Objects.requireNonNull(title, "title");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a picture needs a positive size, got " + width + " x " + height);
        }
        this.width = width;
        this.height = height;
    }

    /** A new, empty graph for a picture (parallel edges allowed). */
    public static Graph newGraph(String id) {
        Graph g = new MultiGraph(id, false, true);
        g.setAttribute("ui.antialias");
        g.setAttribute("ui.quality");
        return g;
    }

    public Graph graph() {
        return graph;
    }

    public String title() {
        return title;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /**
     * Where each node of the given ids is, in screen coordinates (y down, from the picture's top-left corner), so a
     * page can show the same layout as the picture.
     */
    public java.util.Map<String, double[]> screenPositions(java.util.Collection<String> ids) {
        java.util.Map<String, double[]> out = new java.util.LinkedHashMap<>();
        for (String id : ids) {
            Node n = graph.getNode(id);
            if (n != null) {
                double[] p = position(n);
                out.put(id, new double[] {p[0], height - p[1]});
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ attribute access for the writers

    /** A text-only node: a label at (x, y), right-aligned there, {@code size} points. */
    static Node addText(Graph g, String id, String text, double x, double y, double size, boolean bold) {
        Node t = g.addNode(id);
        place(t, x, y);
        t.setAttribute("ui.label", text);
        t.setAttribute(SHAPE, SHAPE_NONE);
        t.setAttribute(SIZE, 1.0);
        t.setAttribute(FONT_SIZE, size);
        t.setAttribute(TEXT_ALIGN, "right");
        if (bold) {
            t.setAttribute(BOLD, true);
        }
        return t;
    }

    /**
     * A legend's sample line: an edge from (x, y) to (x + 50, y) between two invisible points, with the ids
     * {@code id}, {@code id-a} and {@code id-b}.
     */
    static Edge legendLine(Graph g, String id, double x, double y, String color, double width, boolean dashed, boolean directed) {
        Node a = g.addNode(id + "-a");
        Node b = g.addNode(id + "-b");
        place(a, x, y);
        place(b, x + 50, y);
        for (Node n : java.util.List.of(a, b)) {
            n.setAttribute(SHAPE, SHAPE_NONE);
            n.setAttribute(SIZE, 1.0);
        }
        Edge e = g.addEdge(id, a, b, directed);
        e.setAttribute(COLOR, color);
        e.setAttribute(WIDTH, width);
        e.setAttribute(DASHED, dashed);
        return e;
    }

    static double[] position(Node n) {
        Object xyz = n.getAttribute("xyz");
        if (xyz instanceof Object[] a && a.length >= 2) {
            return new double[] {((Number) a[0]).doubleValue(), ((Number) a[1]).doubleValue()};
        }
        if (xyz instanceof double[] d && d.length >= 2) {
            return new double[] {d[0], d[1]};
        }
        throw new IllegalStateException("node " + n.getId() + " has no position");
    }

    static void place(Node n, double x, double y) {
        n.setAttribute("xyz", x, y, 0.0);
    }

    static String text(org.graphstream.graph.Element e, String key, String fallback) {
        Object v = e.getAttribute(key);
        return v == null ? fallback : v.toString();
    }

    static double number(org.graphstream.graph.Element e, String key, double fallback) {
        Object v = e.getAttribute(key);
        return v instanceof Number n ? n.doubleValue() : fallback;
    }

    static boolean flag(org.graphstream.graph.Element e, String key) {
        return Boolean.TRUE.equals(e.getAttribute(key));
    }

    static String label(Node n) {
        Object v = n.getAttribute("ui.label");
        return v == null ? "" : v.toString();
    }

    static boolean isParallelOf(Edge a, Edge b) {
        return (a.getSourceNode() == b.getSourceNode() && a.getTargetNode() == b.getTargetNode())
                || (a.getSourceNode() == b.getTargetNode() && a.getTargetNode() == b.getSourceNode());
    }
}
