package org.khumkha.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.stream.file.FileSinkImages;
import org.graphstream.stream.file.images.CustomResolution;
import org.graphstream.ui.swing.util.SwingFileSinkImages;

/**
 * Draws a {@link Picture} to PNG with GraphStream's own renderer (gs-ui-swing, off screen, no window): each element's
 * drawing attributes become its GraphStream style ({@code ui.style}); two invisible corner nodes pin the camera so one
 * picture unit is one pixel (GraphStream 2.0's rounded box ignores its height, so boxes are square-cornered). Text uses the bundled Thai face ({@link ThaiFonts}), registered before drawing.
 */
public final class PngPictureWriter {
    /** Pixels per picture unit: 1 for the screen, 2 for print. */
    public static final double SCALE_DEFAULT = 1.0;
    private static final String CORNER = "kk-corner-";
    /** GraphStream's image sink logs "0 images written" at INFO for every picture; kept quiet (held so it stays set). */
    private static final java.util.logging.Logger SINK_LOG = quiet(FileSinkImages.class.getName());

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(name);
        log.setLevel(java.util.logging.Level.WARNING);
        return log;
    }

    private final double scale;

    public PngPictureWriter(double scale) {
        if (!(scale > 0 && scale <= 4)) {
            throw new IllegalArgumentException("scale must be in (0, 4], got " + scale);
        }
        this.scale = scale;
    }

    public PngPictureWriter() {
        this(SCALE_DEFAULT);
    }

    /** The picture as PNG bytes. */
    public byte[] write(Picture picture) {
        BufferedImage image = render(picture);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The picture as an image. Styles and corner nodes are added to the picture's graph for the time of drawing. */
    public BufferedImage render(Picture picture) {
        ThaiFonts.registered();
        Graph g = picture.graph();
        synchronized (g) {
            g.setAttribute("ui.stylesheet", "graph { fill-color: white; padding: 0px; }");
            for (Node n : g) {
                n.setAttribute("ui.style", nodeStyle(n));
            }
            for (Edge e : g.edges().toList()) {
                e.setAttribute("ui.style", edgeStyle(e));
            }
            Node low = g.addNode(CORNER + "low");
            Node high = g.addNode(CORNER + "high");
            try {
                Picture.place(low, 0, 0);
                Picture.place(high, picture.width(), picture.height());
                for (Node corner : new Node[] {low, high}) {
                    corner.setAttribute("ui.style", "fill-mode: none; stroke-mode: none; size: 0px; text-mode: hidden;");
                }
                Capture sink = new Capture((int) Math.round(picture.width() * scale), (int) Math.round(picture.height() * scale));
                sink.setLayoutPolicy(FileSinkImages.LayoutPolicy.NO_LAYOUT);
                sink.setQuality(FileSinkImages.Quality.HIGH);
                sink.setAutofit(true);
                sink.writeAll(g, "picture.png");
                if (sink.image == null) {
                    throw new IllegalStateException("GraphStream drew no image for " + picture.title());
                }
                return sink.image;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                g.removeNode(low);
                g.removeNode(high);
            }
        }
    }

    private String nodeStyle(Node n) {
        String shape = Picture.text(n, Picture.SHAPE, Picture.SHAPE_CIRCLE);
        double size = Picture.number(n, Picture.SIZE, 10) * scale;
        double fontSize = Picture.number(n, Picture.FONT_SIZE, 16) * scale;
        StringBuilder s = new StringBuilder();
        switch (shape) {
            case Picture.SHAPE_BOX -> s.append(String.format(Locale.ROOT, "shape: box; size: %.0fpx, %.0fpx; ", size,
                    Picture.number(n, Picture.HEIGHT, size / scale) * scale));
            case Picture.SHAPE_NONE -> s.append("shape: circle; size: 1px; fill-mode: none; stroke-mode: none; ");
            default -> s.append(String.format(Locale.ROOT, "shape: circle; size: %.1fpx; ", size));
        }
        if (!Picture.SHAPE_NONE.equals(shape)) {
            s.append("fill-mode: plain; fill-color: ").append(Picture.text(n, Picture.FILL, "#cccccc")).append("; ");
            String stroke = Picture.text(n, Picture.STROKE, null);
            if (stroke != null) {
                s.append(String.format(Locale.ROOT, "stroke-mode: plain; stroke-color: %s; stroke-width: %.1fpx; ", stroke,
                        Picture.number(n, Picture.STROKE_WIDTH, 1) * scale));
            }
        }
        String align = switch (Picture.text(n, Picture.TEXT_ALIGN, "under")) {
            case "right" -> "at-right";
            case "center" -> "center";
            default -> "under";
        };
        s.append(String.format(Locale.ROOT, "text-font: %s; text-size: %.1f; text-color: %s; text-alignment: %s; text-style: %s; ",
                ThaiFonts.BODY_FAMILY, fontSize, Picture.text(n, Picture.TEXT_COLOR, "#1a1a1a"), align,
                Picture.flag(n, Picture.BOLD) ? "bold" : "normal"));
        if ("under".equals(align) && !Picture.label(n).isEmpty()) {
            s.append(String.format(Locale.ROOT, "text-background-mode: rounded-box; text-background-color: #ffffffd0; text-padding: %.0fpx; text-offset: 0px, %.0fpx; ",
                    2 * scale, 3 * scale));
        }
        return s.toString();
    }

    private String edgeStyle(Edge e) {
        String color = Picture.text(e, Picture.COLOR, "#888888");
        double width = Picture.number(e, Picture.WIDTH, 1.5) * scale;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "shape: %s; ",
                e.getSourceNode().getDegree() > 0 && parallel(e) ? "cubic-curve" : "line"));
        if (Picture.flag(e, Picture.DASHED)) {
            s.append(String.format(Locale.ROOT, "fill-mode: none; size: 0px; stroke-mode: dashes; stroke-color: %s; stroke-width: %.1fpx; ", color, width));
        } else {
            s.append(String.format(Locale.ROOT, "fill-mode: plain; fill-color: %s; size: %.1fpx; ", color, width));
        }
        if (Picture.flag(e, Picture.ARROW)) {
            s.append(String.format(Locale.ROOT, "arrow-shape: arrow; arrow-size: %.0fpx, %.0fpx; ", (9 + width) , (5 + width / 2)));
            if (Picture.flag(e, Picture.DASHED)) {
                s.append("fill-color: ").append(color).append("; ");
            }
        } else {
            s.append("arrow-shape: none; ");
        }
        return s.toString();
    }

    private static boolean parallel(Edge e) {
        return e.getSourceNode().edges().anyMatch(o -> o != e && Picture.isParallelOf(o, e));
    }

    /** GraphStream's Swing image sink, keeping the image instead of writing a file. */
    private static final class Capture extends SwingFileSinkImages {
        private BufferedImage image;

        Capture(int width, int height) {
            super(OutputType.PNG, new CustomResolution(width, height));
        }

        @Override
        protected void writeImage(BufferedImage rendered, String name) {
            BufferedImage copy = new BufferedImage(rendered.getWidth(), rendered.getHeight(), BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = copy.createGraphics();
            g.drawImage(rendered, 0, 0, null);
            g.dispose();
            image = copy;
        }
    }
}
