package org.khumkha.render;

import java.awt.Font;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.ui.layout.springbox.implementations.SpringBox;
import org.khumkha.render.EcosystemView.Actor;
import org.khumkha.render.EcosystemView.Relation;

/**
 * The ecosystem map as a {@link Picture}: actors laid out by GraphStream's force-directed {@link SpringBox} (seeded, so
 * the same graph gives the same picture), coloured by sector, sized by normalised betweenness; the organization drawn
 * with a gold ring and its integrator role in its label; relations grey (solid when stated in the MOU, dashed when
 * modelled), thicker with weight; overlaps of mandate red and dashed. Title and legend are part of the picture.
 */
public final class EcosystemPicture {
    public static final long SEED_DEFAULT = 42L;
    /** Layout steps at most; the spring box usually settles well before. */
    public static final int MAX_LAYOUT_STEPS = 2000;
    public static final int MIN_LAYOUT_STEPS = 500;
    public static final double STABILIZATION_LIMIT = 0.95;
    public static final double MAP_WIDTH = 1300;
    public static final double MAP_HEIGHT = 820;
    public static final double MIN_NODE = 22;
    public static final double MAX_EXTRA_NODE = 58;
    public static final String FOCAL_RING = "#c9a100";
    public static final String STATED_EDGE = "#4a4a4a";
    public static final String MODELLED_EDGE = "#9a9a9a";
    public static final String OVERLAP_EDGE = "#d62728";
    private static final double MARGIN = 70;
    private static final double TITLE_SPACE = 70;
    private static final double LABEL_WIDTH = 210;
    private static final float LABEL_SIZE = 17f;

    private final EcosystemView view;
    private final Language language;
    private final long seed;

    public EcosystemPicture(EcosystemView view, Language language, long seed) {
        this.view = Objects.requireNonNull(view, "view");
        this.language = Objects.requireNonNull(language, "language");
        this.seed = seed;
    }

    public EcosystemPicture(EcosystemView view, Language language) {
        this(view, language, SEED_DEFAULT);
    }

    public Picture picture() {
        Font labelFont = ThaiFonts.body(Font.PLAIN, LABEL_SIZE);
        Graph g = Picture.newGraph("ecosystem-" + view.orgId());
        for (Actor a : view.actors()) {
            Node n = g.addNode(a.id());
            String label = language.pick(a.label(), a.labelEn());
            if (a.focal()) {
                label = label + " — " + (language == Language.TH ? "ผู้บูรณาการระบบ" : "system integrator");
            }
            n.setAttribute("ui.label", TextFit.truncate(label, labelFont, LABEL_WIDTH + (a.focal() ? 260 : 0)));
            n.setAttribute(Picture.TITLE, language.pick(a.label(), a.labelEn()));
            n.setAttribute(Picture.FILL, view.sector(a.sector()).map(EcosystemView.Sector::color).orElse(EcosystemViewReader.NO_SECTOR_COLOR));
            n.setAttribute(Picture.SIZE, MIN_NODE + MAX_EXTRA_NODE * Math.sqrt(Math.max(0, a.betweennessNormalized())));
            n.setAttribute(Picture.SHAPE, Picture.SHAPE_CIRCLE);
            n.setAttribute(Picture.FONT_SIZE, (double) LABEL_SIZE);
            n.setAttribute(Picture.TEXT_ALIGN, "under");
            if (a.focal()) {
                n.setAttribute(Picture.STROKE, FOCAL_RING);
                n.setAttribute(Picture.STROKE_WIDTH, 6.0);
                n.setAttribute(Picture.BOLD, true);
            } else {
                n.setAttribute(Picture.STROKE, "#ffffff");
                n.setAttribute(Picture.STROKE_WIDTH, 1.5);
            }
        }
        int i = 0;
        for (Relation r : view.relations()) {
            if (g.getNode(r.from()) == null || g.getNode(r.to()) == null || r.from().equals(r.to())) {
                continue;
            }
            Edge e = g.addEdge("r" + i++, r.from(), r.to(), !r.overlap());
            e.setAttribute(Picture.TITLE, language.pick(r.typeLabel(), r.typeLabelEn()));
            if (r.overlap()) {
                e.setAttribute(Picture.COLOR, OVERLAP_EDGE);
                e.setAttribute(Picture.WIDTH, 3.5);
                e.setAttribute(Picture.DASHED, true);
            } else {
                e.setAttribute(Picture.COLOR, r.modelled() ? MODELLED_EDGE : STATED_EDGE);
                e.setAttribute(Picture.WIDTH, 1.0 + 0.8 * Math.min(r.weight(), 4));
                e.setAttribute(Picture.DASHED, r.modelled());
                e.setAttribute(Picture.ARROW, true);
            }
        }
        double mapBottom = legendHeight() + MARGIN;
        layOut(g, mapBottom);
        addLegend(g);
        String title = language == Language.TH
                ? "ระบบนิเวศของ " + view.label() + " (สีตามภาคส่วน ขนาดตามค่าความเป็นศูนย์กลางระหว่างทาง)"
                : "Ecosystem of " + view.labelEn() + " (colour: sector; size: betweenness)";
        double titleY = mapBottom + MAP_HEIGHT + TITLE_SPACE;
        Picture.addText(g, "title", title, MARGIN / 2, titleY, 24, true);
        return new Picture(g, title, MAP_WIDTH + 2 * MARGIN, titleY + 35);
    }

    /** SpringBox on the actors, then the positions scaled into the map's box (above the legend). */
    private void layOut(Graph g, double bottom) {
        SpringBox layout = new SpringBox(false, new Random(seed));
        layout.setForce(1.0);
        layout.setQuality(1.0);
        org.graphstream.stream.GraphReplay replay = new org.graphstream.stream.GraphReplay("layout-" + g.getId());
        replay.addSink(layout);
        replay.replay(g);
        for (int step = 0; step < MAX_LAYOUT_STEPS; step++) {
            layout.compute();
            if (step >= MIN_LAYOUT_STEPS && layout.getStabilization() >= STABILIZATION_LIMIT) {
                break;
            }
        }
        Map<String, double[]> pos = new HashMap<>();
        g.nodes().forEach(n -> {
            var particle = layout.getSpatialIndex().getParticle(n.getId());
            if (particle != null) {
                pos.put(n.getId(), new double[] {particle.getPosition().x, particle.getPosition().y});
            }
        });
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : pos.values()) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        double spanX = Math.max(maxX - minX, 1e-9);
        double spanY = Math.max(maxY - minY, 1e-9);
        for (Node n : g) {
            double[] p = pos.getOrDefault(n.getId(), new double[] {(minX + maxX) / 2, (minY + maxY) / 2});
            Picture.place(n, MARGIN + LABEL_WIDTH / 2 + (p[0] - minX) / spanX * (MAP_WIDTH - LABEL_WIDTH), bottom + (p[1] - minY) / spanY * MAP_HEIGHT);
        }
    }

    private double legendHeight() {
        int sectors = (int) view.sectors().stream().filter(s -> view.actors().stream().anyMatch(a -> s.id().equals(a.sector()))).count();
        return 32.0 * Math.max((sectors + 1) / 2, 4) + 20;
    }

    /** The legend below the map: sectors in two columns, then the kinds of line. */
    private void addLegend(Graph g) {
        double top = legendHeight() - 10;
        List<String[]> sectors = new ArrayList<>();
        for (EcosystemView.Sector s : view.sectors()) {
            if (view.actors().stream().anyMatch(a -> s.id().equals(a.sector()))) {
                sectors.add(new String[] {s.color(), language.pick(s.label(), s.labelEn())});
            }
        }
        for (int k = 0; k < sectors.size(); k++) {
            double x = MARGIN + (k % 2) * 300;
            double y = top - (k / 2) * 32.0;
            Node dot = g.addNode("legend-sector-" + k);
            Picture.place(dot, x, y);
            dot.setAttribute(Picture.FILL, sectors.get(k)[0]);
            dot.setAttribute(Picture.SIZE, 18.0);
            dot.setAttribute(Picture.SHAPE, Picture.SHAPE_CIRCLE);
            dot.setAttribute(Picture.STROKE, "#ffffff");
            dot.setAttribute(Picture.STROKE_WIDTH, 1.0);
            Picture.addText(g, "legend-sector-label-" + k, sectors.get(k)[1], x + 16, y, 16, false);
        }
        String[][] lines = language == Language.TH
                ? new String[][] {{STATED_EDGE, "false", "ความสัมพันธ์ที่ระบุในบันทึกข้อตกลง"},
                                  {MODELLED_EDGE, "true", "ความสัมพันธ์ที่สร้างแบบจำลอง"},
                                  {OVERLAP_EDGE, "true", "ภารกิจซ้ำซ้อน (overlap)"},
                                  {FOCAL_RING, "ring", "วงทอง: องค์การที่ประเมิน (ผู้บูรณาการ)"}}
                : new String[][] {{STATED_EDGE, "false", "relation stated in the MOU"},
                                  {MODELLED_EDGE, "true", "modelled relation"},
                                  {OVERLAP_EDGE, "true", "overlap of mandates"},
                                  {FOCAL_RING, "ring", "gold ring: the evaluated organization (integrator)"}};
        for (int k = 0; k < lines.length; k++) {
            double x = MARGIN + 640;
            double y = top - k * 32.0;
            if ("ring".equals(lines[k][1])) {
                Node ring = g.addNode("legend-line-" + k + "-a");
                Picture.place(ring, x + 25, y);
                ring.setAttribute(Picture.FILL, "#ffffff");
                ring.setAttribute(Picture.SIZE, 18.0);
                ring.setAttribute(Picture.SHAPE, Picture.SHAPE_CIRCLE);
                ring.setAttribute(Picture.STROKE, FOCAL_RING);
                ring.setAttribute(Picture.STROKE_WIDTH, 4.0);
            } else {
                Picture.legendLine(g, "legend-line-" + k, x, y, lines[k][0], OVERLAP_EDGE.equals(lines[k][0]) ? 3.5 : 2.6,
                        Boolean.parseBoolean(lines[k][1]), false);
            }
            Picture.addText(g, "legend-line-label-" + k, lines[k][2], x + 62, y, 16, false);
        }
    }


}
