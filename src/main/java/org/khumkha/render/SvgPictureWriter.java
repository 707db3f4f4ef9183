package org.khumkha.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;

/**
 * Writes a {@link Picture} as SVG from the same GraphStream graph {@link PngPictureWriter} draws (GraphStream's own
 * {@code FileSinkSVG} writes no labels). Parallel edges bend apart; arrows stop at the target's outline; every text is
 * XML-escaped. With {@code embedFont}, the bundled Thai face is embedded ({@code @font-face}, base64) so the file shows
 * Thai anywhere; without, it names the family and relies on the page around it (the report embeds the font once).
 */
public final class SvgPictureWriter {
    private static final String DASH = "7 5";
    private static final double PARALLEL_SPACING = 28;

    private final boolean embedFont;

    public SvgPictureWriter(boolean embedFont) {
        this.embedFont = embedFont;
    }

    public byte[] write(Picture picture) {
        return svg(picture).getBytes(StandardCharsets.UTF_8);
    }

    public String svg(Picture picture) {
        Graph g = picture.graph();
        double w = picture.width();
        double h = picture.height();
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" "
                + "font-family=\"%s, 'TH Sarabun New', Sarabun, sans-serif\" role=\"img\">%n", w, h, w, h, ThaiFonts.BODY_FAMILY));
        out.append("<title>").append(Html.escape(picture.title())).append("</title>\n");
        out.append("<style>");
        if (embedFont) {
            out.append(fontFace(ThaiFonts.BODY_REGULAR, "normal")).append(fontFace(ThaiFonts.BODY_BOLD, "bold"));
        }
        out.append("text{fill:#1a1a1a}.halo{paint-order:stroke;stroke:#ffffff;stroke-width:4px;stroke-linejoin:round}</style>\n");
        Set<String> colors = new LinkedHashSet<>();
        g.edges().filter(e -> Picture.flag(e, Picture.ARROW)).forEach(e -> colors.add(Picture.text(e, Picture.COLOR, "#888888")));
        out.append("<defs>");
        for (String c : colors) {
            out.append(String.format(Locale.ROOT, "<marker id=\"arrow-%s\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
                    + "markerHeight=\"7\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"%s\"/></marker>",
                    c.substring(1), Html.escape(c)));
        }
        out.append("</defs>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n<g class=\"edges\">\n");
        Map<String, List<Edge>> bundles = new LinkedHashMap<>();
        g.edges().forEach(e -> bundles.computeIfAbsent(pairKey(e), k -> new ArrayList<>()).add(e));
        for (List<Edge> bundle : bundles.values()) {
            for (int i = 0; i < bundle.size(); i++) {
                edge(out, bundle.get(i), (i - (bundle.size() - 1) / 2.0) * PARALLEL_SPACING, h);
            }
        }
        out.append("</g>\n<g class=\"nodes\">\n");
        g.nodes().forEach(n -> node(out, n, h));
        out.append("</g>\n</svg>\n");
        return out.toString();
    }

    private static String fontFace(String file, String weight) {
        return "@font-face{font-family:'" + ThaiFonts.BODY_FAMILY + "';font-weight:" + weight + ";src:url(data:font/ttf;base64,"
                + Base64.getEncoder().encodeToString(ThaiFonts.bytes(file)) + ") format('truetype')}";
    }

    private static String pairKey(Edge e) {
        String a = e.getSourceNode().getId();
        String b = e.getTargetNode().getId();
        return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    private static void edge(StringBuilder out, Edge e, double offset, double h) {
        double[] s = Picture.position(e.getSourceNode());
        double[] t = Picture.position(e.getTargetNode());
        double x1 = s[0], y1 = h - s[1], x2 = t[0], y2 = h - t[1];
        // a consistent side for the bend whatever the edge's direction
        if (e.getSourceNode().getId().compareTo(e.getTargetNode().getId()) > 0) {
            offset = -offset;
        }
        double dx = x2 - x1, dy = y2 - y1;
        double len = Math.max(Math.hypot(dx, dy), 1e-9);
        double cx = (x1 + x2) / 2 - dy / len * offset * 2, cy = (y1 + y2) / 2 + dx / len * offset * 2;
        double[] start = clip(e.getSourceNode(), x1, y1, offset == 0 ? x2 : cx, offset == 0 ? y2 : cy);
        double[] end = clip(e.getTargetNode(), x2, y2, offset == 0 ? x1 : cx, offset == 0 ? y1 : cy);
        String color = Picture.text(e, Picture.COLOR, "#888888");
        StringBuilder attrs = new StringBuilder(String.format(Locale.ROOT, " fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\"",
                Html.escape(color), Picture.number(e, Picture.WIDTH, 1.5)));
        if (Picture.flag(e, Picture.DASHED)) {
            attrs.append(" stroke-dasharray=\"").append(DASH).append('"');
        }
        if (Picture.flag(e, Picture.ARROW)) {
            attrs.append(" marker-end=\"url(#arrow-").append(color.substring(1)).append(")\"");
        }
        String path = offset == 0
                ? String.format(Locale.ROOT, "M%.1f,%.1f L%.1f,%.1f", start[0], start[1], end[0], end[1])
                : String.format(Locale.ROOT, "M%.1f,%.1f Q%.1f,%.1f %.1f,%.1f", start[0], start[1], cx, cy, end[0], end[1]);
        out.append("<path class=\"").append(Picture.flag(e, Picture.DASHED) ? "edge dashed" : "edge").append("\" d=\"").append(path)
                .append('"').append(attrs).append('>');
        String title = Picture.text(e, Picture.TITLE, null);
        if (title != null) {
            out.append("<title>").append(Html.escape(title)).append("</title>");
        }
        out.append("</path>\n");
    }

    /** Where the segment from the node's centre (x, y) towards (tx, ty) leaves the node's outline. */
    private static double[] clip(Node n, double x, double y, double tx, double ty) {
        String shape = Picture.text(n, Picture.SHAPE, Picture.SHAPE_CIRCLE);
        double dx = tx - x, dy = ty - y;
        double len = Math.max(Math.hypot(dx, dy), 1e-9);
        double size = Picture.number(n, Picture.SIZE, 10);
        double strokeWidth = Picture.number(n, Picture.STROKE_WIDTH, 0);
        if (Picture.SHAPE_BOX.equals(shape)) {
            double hw = size / 2 + strokeWidth / 2, hh = Picture.number(n, Picture.HEIGHT, size) / 2 + strokeWidth / 2;
            double k = Math.min(dx == 0 ? Double.MAX_VALUE : hw / Math.abs(dx), dy == 0 ? Double.MAX_VALUE : hh / Math.abs(dy));
            return new double[] {x + dx * Math.min(k, 1), y + dy * Math.min(k, 1)};
        }
        double r = Picture.SHAPE_NONE.equals(shape) ? 0 : size / 2 + strokeWidth / 2 + 1;
        return new double[] {x + dx / len * Math.min(r, len), y + dy / len * Math.min(r, len)};
    }

    private static void node(StringBuilder out, Node n, double h) {
        double[] p = Picture.position(n);
        double x = p[0], y = h - p[1];
        String shape = Picture.text(n, Picture.SHAPE, Picture.SHAPE_CIRCLE);
        double size = Picture.number(n, Picture.SIZE, 10);
        double boxHeight = Picture.number(n, Picture.HEIGHT, size);
        out.append("<g class=\"node\" data-id=\"").append(Html.escape(n.getId())).append("\">");
        String title = Picture.text(n, Picture.TITLE, null);
        if (title != null) {
            out.append("<title>").append(Html.escape(title)).append("</title>");
        }
        String stroke = Picture.text(n, Picture.STROKE, null);
        String strokeAttrs = stroke == null ? "" : String.format(Locale.ROOT, " stroke=\"%s\" stroke-width=\"%.1f\"", Html.escape(stroke),
                Picture.number(n, Picture.STROKE_WIDTH, 1));
        String fill = Html.escape(Picture.text(n, Picture.FILL, "#cccccc"));
        if (Picture.SHAPE_BOX.equals(shape)) {
            out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"4\" fill=\"%s\"%s/>",
                    x - size / 2, y - boxHeight / 2, size, boxHeight, fill, strokeAttrs));
        } else if (Picture.SHAPE_CIRCLE.equals(shape)) {
            out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"%s/>", x, y, size / 2, fill, strokeAttrs));
        }
        String label = Picture.label(n);
        if (!label.isEmpty()) {
            double fontSize = Picture.number(n, Picture.FONT_SIZE, 16);
            String weight = Picture.flag(n, Picture.BOLD) ? " font-weight=\"bold\"" : "";
            String text = Html.escape(label);
            switch (Picture.text(n, Picture.TEXT_ALIGN, "under")) {
                case "right" -> out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\"%s>%s</text>",
                        x + (Picture.SHAPE_NONE.equals(shape) ? 0 : size / 2) + 4, y + fontSize * 0.35, fontSize, weight, text));
                case "center" -> out.append(String.format(Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" text-anchor=\"middle\"%s>%s</text>",
                        x, y + fontSize * 0.35, fontSize, weight, text));
                default -> out.append(String.format(Locale.ROOT,
                        "<text class=\"halo\" x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" text-anchor=\"middle\"%s>%s</text>",
                        x, y + (Picture.SHAPE_BOX.equals(shape) ? boxHeight : size) / 2 + fontSize + 2, fontSize, weight, text));
            }
        }
        out.append("</g>\n");
    }
}
