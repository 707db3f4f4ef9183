package org.khumkha.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import org.khumkha.scoring.Scorecard;

/**
 * The scorecard's dimensions as a radar chart in SVG, for the printed report (the page draws the same with ECharts):
 * one axis per dimension, 0-5, the dimension's average score = weighted subtotal × 100 / weight.
 */
public final class RadarSvg {
    public static final double WIDTH = 640;
    public static final double HEIGHT = 430;
    private static final double RADIUS = 140;
    private static final double LABEL_WIDTH = 165;

    private RadarSvg() {}

    public static String svg(Scorecard card, Language language) {
        List<Scorecard.DimensionScore> dims = card.dimensions();
        int n = dims.size();
        double c = HEIGHT / 2;
        double cx = WIDTH / 2;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"radar\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" role=\"img\">",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
        s.append(String.format(Locale.ROOT, "<g transform=\"translate(%.1f,0)\">", cx - c));
        if (n < 3) {
            return s.append("</svg>").toString();
        }
        for (int ring = 1; ring <= 5; ring++) {
            s.append("<polygon fill=\"none\" stroke=\"#d0d0d0\" points=\"").append(points(n, c, RADIUS * ring / 5, null)).append("\"/>");
        }
        for (int k = 0; k < n; k++) {
            double[] p = point(k, n, c, RADIUS);
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#c0c0c0\"/>", c, c, p[0], p[1]));
        }
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            Scorecard.DimensionScore d = dims.get(k);
            values[k] = d.weight().signum() == 0 ? 0 : d.weighted().multiply(BigDecimal.valueOf(100))
                    .divide(d.weight(), 6, RoundingMode.HALF_UP).doubleValue();
        }
        s.append("<polygon fill=\"#4e79a7\" fill-opacity=\"0.35\" stroke=\"#4e79a7\" stroke-width=\"2\" points=\"")
                .append(points(n, c, RADIUS, values)).append("\"/>");
        java.awt.Font font = ThaiFonts.body(java.awt.Font.PLAIN, 15f);
        for (int k = 0; k < n; k++) {
            Scorecard.DimensionScore d = dims.get(k);
            double[] p = point(k, n, c, RADIUS + 16);
            String anchor = Math.abs(p[0] - c) < 5 ? "middle" : p[0] > c ? "start" : "end";
            String name = d.code() + ". " + language.pick(d.label(), d.labelEn()).replaceAll("\\s*\\([^)]*\\)$", "");
            List<String> lines = TextFit.wrap(name, font, LABEL_WIDTH, 2);
            double y = p[1] < c - 5 ? p[1] - 18 * lines.size() : p[1] > c + 5 ? p[1] + 14 : p[1] - 9 * (lines.size() - 1);
            for (int l = 0; l < lines.size(); l++) {
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"15\">%s</text>",
                        p[0], y + 18 * l + 5, anchor, Html.escape(lines.get(l))));
            }
            double[] v = point(k, n, c, RADIUS * Math.max(0, Math.min(5, values[k])) / 5);
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\" fill=\"#2f4b6e\">%.2f</text>",
                    v[0], v[1] - 6, values[k]));
        }
        return s.append("</g></svg>").toString();
    }

    private static String points(int n, double c, double r, double[] values) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < n; k++) {
            double rr = values == null ? r : r * Math.max(0, Math.min(5, values[k])) / 5;
            double[] p = point(k, n, c, rr);
            s.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[0], p[1]));
        }
        return s.toString().trim();
    }

    private static double[] point(int k, int n, double c, double r) {
        double angle = -Math.PI / 2 + 2 * Math.PI * k / n;
        return new double[] {c + r * Math.cos(angle), c + r * Math.sin(angle)};
    }
}
