package org.khumkha.render;

import java.awt.Font;
import java.util.List;
import java.util.Objects;

import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.khumkha.render.ResultChainView.Element;
import org.khumkha.render.ResultChainView.Level;
import org.khumkha.render.ResultChainView.Link;

/**
 * The result chain as a {@link Picture}: five columns left to right (inputs, processes, outputs, outcomes, impacts),
 * each ordered by {@link LayeredLayout}; an element is a box tinted by its level, an outcome or impact prefixed with the
 * code of the indicator that measures it; stated links solid and dark, modelled links dashed and orange.
 */
public final class ResultChainPicture {
    public static final double COLUMN_WIDTH = 330;
    public static final double BOX_WIDTH = 270;
    public static final double BOX_HEIGHT = 44;
    public static final double ROW_HEIGHT = 60;
    public static final String STATED_LINK = "#333333";
    public static final String MODELLED_LINK = "#e07b00";
    /** Box fill per level 1-5. */
    public static final List<String> LEVEL_FILLS = List.of("#e8eef7", "#e6f2e6", "#fdf3dc", "#fde5e4", "#efe6f5");
    public static final List<String> LEVEL_STROKES = List.of("#4e79a7", "#59a14f", "#c9a100", "#e15759", "#b07aa1");
    private static final double MARGIN = 40;
    private static final double HEADER = 60;
    private static final double LEGEND = 50;
    private static final float LABEL_SIZE = 16f;

    private final ResultChainView view;
    private final Language language;

    public ResultChainPicture(ResultChainView view, Language language) {
        this.view = Objects.requireNonNull(view, "view");
        this.language = Objects.requireNonNull(language, "language");
    }

    public Picture picture() {
        Font font = ThaiFonts.body(Font.PLAIN, LABEL_SIZE);
        Graph g = Picture.newGraph("result-chain-" + view.orgId());
        double maxRows = 1;
        for (Level level : view.levels()) {
            maxRows = Math.max(maxRows, view.elements().stream().filter(e -> e.level() == level.level()).count());
        }
        double chainHeight = maxRows * ROW_HEIGHT;
        double bottom = MARGIN + LEGEND;
        double middle = bottom + chainHeight / 2;
        double width = 2 * MARGIN + (view.levels().size() - 1) * COLUMN_WIDTH + BOX_WIDTH;
        double headerY = bottom + chainHeight + 30;

        for (Level level : view.levels()) {
            double x = columnX(level.level());
            Picture.addText(g, "header-" + level.level(), language.pick(level.label(), level.labelEn()),
                    x - BOX_WIDTH / 2, headerY, 19, true);
        }
        for (Element e : view.elements()) {
            Node n = g.addNode(e.id());
            Picture.place(n, columnX(e.level()), middle - e.row() * ROW_HEIGHT);
            String name = language.pick(e.label(), e.labelEn());
            String label = e.indicator() == null ? name : e.indicator() + " · " + name;
            n.setAttribute("ui.label", TextFit.truncate(label, font, BOX_WIDTH - 14));
            n.setAttribute(Picture.TITLE, label);
            n.setAttribute(Picture.SHAPE, Picture.SHAPE_BOX);
            n.setAttribute(Picture.SIZE, BOX_WIDTH);
            n.setAttribute(Picture.HEIGHT, BOX_HEIGHT);
            n.setAttribute(Picture.FILL, LEVEL_FILLS.get(e.level() - 1));
            n.setAttribute(Picture.STROKE, LEVEL_STROKES.get(e.level() - 1));
            n.setAttribute(Picture.STROKE_WIDTH, e.indicator() == null ? 1.5 : 3.0);
            n.setAttribute(Picture.FONT_SIZE, (double) LABEL_SIZE);
            n.setAttribute(Picture.TEXT_ALIGN, "center");
        }
        int i = 0;
        for (Link l : view.links()) {
            Edge edge = g.addEdge("l" + i++, l.from(), l.to(), true);
            edge.setAttribute(Picture.COLOR, l.modelled() ? MODELLED_LINK : STATED_LINK);
            edge.setAttribute(Picture.WIDTH, 1.6);
            edge.setAttribute(Picture.DASHED, l.modelled());
            edge.setAttribute(Picture.ARROW, true);
        }
        addLegend(g);
        String title = language == Language.TH
                ? "ห่วงโซ่ผลการดำเนินงาน: ปัจจัยนำเข้า » กระบวนการ » ผลผลิต » ผลลัพธ์ » ผลกระทบ"
                : "Result chain: inputs » processes » outputs » outcomes » impacts";
        double titleY = headerY + 45;
        Picture.addText(g, "title", title, MARGIN / 2, titleY, 24, true);
        return new Picture(g, title, width, titleY + 35);
    }

    private static double columnX(int level) {
        return MARGIN + BOX_WIDTH / 2 + (level - 1) * COLUMN_WIDTH;
    }

    private void addLegend(Graph g) {
        String[][] lines = language == Language.TH
                ? new String[][] {{STATED_LINK, "false", "ความเชื่อมโยงที่ระบุในบันทึกข้อตกลง"},
                                  {MODELLED_LINK, "true", "ความเชื่อมโยงที่สร้างแบบจำลอง (ข้อสมมติ)"},
                                  {"box", "", "กรอบหนา: วัดด้วยตัวชี้วัดในแบบประเมินผล (รหัส O/I)"}}
                : new String[][] {{STATED_LINK, "false", "link stated in the MOU"},
                                  {MODELLED_LINK, "true", "modelled link (an assumption)"},
                                  {"box", "", "thick border: measured by an evaluation-matrix indicator (O/I code)"}};
        for (int k = 0; k < lines.length; k++) {
            double x = MARGIN + k * 430;
            double y = MARGIN;
            if ("box".equals(lines[k][0])) {
                Node box = g.addNode("legend-" + k + "-box");
                Picture.place(box, x + 25, y);
                box.setAttribute(Picture.SHAPE, Picture.SHAPE_BOX);
                box.setAttribute(Picture.SIZE, 46.0);
                box.setAttribute(Picture.HEIGHT, 22.0);
                box.setAttribute(Picture.FILL, LEVEL_FILLS.get(3));
                box.setAttribute(Picture.STROKE, LEVEL_STROKES.get(3));
                box.setAttribute(Picture.STROKE_WIDTH, 3.0);
            } else {
                Picture.legendLine(g, "legend-" + k, x, y, lines[k][0], 2.0, Boolean.parseBoolean(lines[k][1]), true)
                        .setAttribute(Picture.ARROW, true);
            }
            Picture.addText(g, "legend-" + k + "-label", lines[k][2], x + 60, y, 16, false);
        }
    }
}
