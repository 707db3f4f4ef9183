package org.khumkha.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a scorecard is written: {@code table} (aligned text for a terminal), {@code json} (the API's JSON, numbers
 * unrounded) or {@code md} (a Markdown scorecard a person can read, print or paste). Text formats show scores with
 * {@value #DECIMALS} decimals, OPDC's convention.
 */
public enum ScorecardFormat {
    TABLE, JSON, MD;

    /** Decimals shown for scores. */
    public static final int DECIMALS = 4;
    /** The mark of a scorecard built on {@code generate}'s synthetic data, as plain as the illustrative one. */
    public static final String SYNTHETIC_NOTE = "ข้อมูลสังเคราะห์ — synthetic data, not a real result (made up by 'generate' to test national scale)";

    private static final JsonMapper JSON_MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    public static ScorecardFormat parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown format '" + s + "' (use table, json or md)");
        }
    }

    public String write(Scorecard card) {
        return switch (this) {
            case JSON -> JSON_MAPPER.writeValueAsString(card) + "\n";
            case TABLE -> table(card);
            case MD -> markdown(card);
        };
    }

    /** The JSON of any value, as the API writes it. */
    public static String json(Object value) {
        return JSON_MAPPER.writeValueAsString(value);
    }

    // ------------------------------------------------------------------ table

    private static String table(Scorecard c) {
        StringBuilder sb = new StringBuilder();
        sb.append(title(c)).append('\n');
        notes(c).forEach(n -> sb.append("! ").append(n).append('\n'));
        sb.append('\n');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"code", "weight", "value", "source", "score", "weighted", "indicator"});
        for (Scorecard.DimensionScore d : c.dimensions()) {
            rows.add(new String[] {d.code(), plain(d.weight()), "", "", "", score(d.weighted()), d.label()});
            for (Scorecard.IndicatorScore i : c.indicators()) {
                if (d.code().equals(i.dimension())) {
                    rows.add(new String[] {"  " + i.code(), plain(i.weight()), i.value() == null ? "—" : value(i.value()),
                            i.source() == null ? "missing" : i.source(), score(i.score()) + (i.belowLevelOne() ? "*" : ""),
                            score(i.weighted()), shorten(i.label(), 70)});
                }
            }
        }
        rows.add(new String[] {"total", "100", "", "", "", score(c.total()), c.provisional() ? "(provisional)" : ""});
        sb.append(align(rows));
        if (c.indicators().stream().anyMatch(Scorecard.IndicatorScore::belowLevelOne)) {
            sb.append("* below level 1\n");
        }
        if (!c.matrix().isEmpty()) {
            sb.append("\nevaluation matrix (2.1.1), ").append(c.fiscalYear()).append('\n');
            List<String[]> m = new ArrayList<>();
            m.add(new String[] {"code", "target rule", "base", "target", "result", "met"});
            for (Scorecard.MatrixRow r : c.matrix()) {
                m.add(new String[] {r.code(), r.targetRule(), r.base() == null ? "" : plain(r.base()),
                        r.target() == null ? "—" : round(r.target(), 2), r.result() == null ? "—" : plain(r.result()), r.met() ? "yes" : "no"});
            }
            sb.append(align(m));
        }
        if (c.rubric() != null) {
            sb.append("\nrubric for 3.1: level ").append(c.rubric().level())
                    .append(c.rubric().modelled() ? " (modelled rubric, not OPDC's official criteria)" : "").append('\n');
            for (Scorecard.RubricLevelOutcome l : c.rubric().levels()) {
                sb.append("  level ").append(l.level()).append(l.passed() ? " ✓ " : " ✗ ").append(l.descriptionEn() != null ? l.descriptionEn() : l.description()).append('\n');
                for (Scorecard.ConditionOutcome k : l.conditions()) {
                    sb.append("    ").append(k.passed() ? "pass " : "FAIL ").append(k.id()).append(": ")
                            .append(k.descriptionEn() != null ? k.descriptionEn() : k.description()).append('\n');
                    k.evidence().forEach(e -> sb.append("        · ").append(e).append('\n'));
                }
            }
        }
        if (!c.missing().isEmpty()) {
            sb.append("\nmissing (scored 0):\n");
            c.missing().forEach(m -> sb.append("  ").append(m.code()).append(": ").append(m.reason()).append('\n'));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ Markdown

    private static String markdown(Scorecard c) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ผลคะแนนการประเมินความคุ้มค่า — ").append(name(c)).append(" ปีงบประมาณ ").append(c.fiscalYear()).append('\n');
        sb.append("*Value-for-money scorecard, ").append(c.organizationLabelEn() != null ? c.organizationLabelEn() : c.organization())
                .append(", fiscal year ").append(c.fiscalYear()).append(" B.E. (").append(c.fiscalYear() - 543).append(" C.E.)*\n\n");
        sb.append("**คะแนนรวม / total: ").append(score(c.total())).append(" / 5**");
        if (c.provisional()) {
            sb.append(" — ผลเบื้องต้น (provisional): some values are missing");
        }
        sb.append("\n\n");
        for (String n : notes(c)) {
            sb.append("> ").append(n).append("\n\n");
        }
        sb.append("## มิติการประเมิน / Dimensions\n\n| มิติ | dimension | น้ำหนัก | คะแนนถ่วงน้ำหนัก |\n|---|---|---:|---:|\n");
        for (Scorecard.DimensionScore d : c.dimensions()) {
            sb.append("| ").append(d.code()).append(" ").append(cell(d.label())).append(" | ").append(cell(d.labelEn()))
                    .append(" | ").append(plain(d.weight())).append(" | ").append(score(d.weighted())).append(" |\n");
        }
        sb.append("| | **total** | 100 | **").append(score(c.total())).append("** |\n\n");
        sb.append("## ตัวชี้วัด / Indicators\n\n| รหัส | ตัวชี้วัด | น้ำหนัก | ค่า | ที่มา | คะแนน | ถ่วงน้ำหนัก |\n|---|---|---:|---:|---|---:|---:|\n");
        for (Scorecard.IndicatorScore i : c.indicators()) {
            sb.append("| ").append(i.code()).append(" | ").append(cell(shorten(i.label(), 90))).append(" | ").append(plain(i.weight()))
                    .append(" | ").append(i.value() == null ? "—" : value(i.value())).append(" | ").append(i.source() == null ? "missing" : i.source())
                    .append(" | ").append(score(i.score())).append(i.belowLevelOne() ? " (below level 1)" : "")
                    .append(" | ").append(score(i.weighted())).append(" |\n");
        }
        sb.append("\n### ที่มาของคะแนน / How each score was computed\n\n");
        for (Scorecard.IndicatorScore i : c.indicators()) {
            sb.append("**").append(i.code()).append("** ").append(cell(i.labelEn() != null ? i.labelEn() : i.label())).append("\n\n");
            i.trace().forEach(t -> sb.append("- ").append(cell(t)).append('\n'));
            sb.append('\n');
        }
        if (!c.matrix().isEmpty()) {
            sb.append("## แบบประเมินผล (ตัวชี้วัด 2.1.1) / Evaluation matrix\n\n| รหัส | ตัวชี้วัด | เป้าหมาย | ปีฐาน | ค่าปีฐาน | ค่าเป้าหมาย | ผล | บรรลุ |\n|---|---|---|---:|---:|---:|---:|---|\n");
            for (Scorecard.MatrixRow r : c.matrix()) {
                sb.append("| ").append(r.code()).append(" | ").append(cell(shorten(r.label(), 70))).append(" | ").append(cell(r.targetRule()))
                        .append(" | ").append(r.baseYear() == null ? "" : r.baseYear()).append(" | ").append(r.base() == null ? "" : plain(r.base()))
                        .append(" | ").append(r.target() == null ? "—" : round(r.target(), 2)).append(" | ")
                        .append(r.result() == null ? "—" : plain(r.result())).append(" | ").append(r.met() ? "✓ met" : "✗ not met").append(" |\n");
            }
            sb.append('\n');
        }
        if (c.rubric() != null) {
            sb.append("## เกณฑ์ตัวชี้วัด 3.1 / Rubric of 3.1: level ").append(c.rubric().level()).append("\n\n");
            if (c.rubric().modelled()) {
                sb.append("> เกณฑ์นี้เป็นแบบจำลองของคุ้มค่า ไม่ใช่เกณฑ์ทางการของสำนักงาน ก.พ.ร. — this rubric is modelled by Khumkha, "
                        + "not OPDC's official criteria.\n\n");
            }
            for (Scorecard.RubricLevelOutcome l : c.rubric().levels()) {
                sb.append("### ").append(l.passed() ? "✓ " : "✗ ").append(cell(l.description())).append("\n\n");
                if (l.descriptionEn() != null) {
                    sb.append('*').append(cell(l.descriptionEn())).append("*\n\n");
                }
                for (Scorecard.ConditionOutcome k : l.conditions()) {
                    sb.append("- ").append(k.passed() ? "**ผ่าน / pass**" : "**ไม่ผ่าน / fail**").append(" `").append(k.id()).append("` ")
                            .append(cell(k.description())).append('\n');
                    k.evidence().forEach(e -> sb.append("  - ").append(cell(e)).append('\n'));
                }
                sb.append('\n');
            }
        }
        if (!c.missing().isEmpty()) {
            sb.append("## ข้อมูลที่ยังขาด / Missing (scored 0)\n\n");
            c.missing().forEach(m -> sb.append("- **").append(m.code()).append("** ").append(cell(m.reason())).append('\n'));
            sb.append('\n');
        }
        return sb.toString();
    }

    private static List<String> notes(Scorecard c) {
        List<String> notes = new ArrayList<>();
        if (c.illustrative()) {
            notes.add("ใช้ข้อมูลตัวอย่างเพื่อการสาธิต ไม่ใช่ผลจริง — built on ILLUSTRATIVE example values, not real results");
        }
        if (c.synthetic()) {
            notes.add(SYNTHETIC_NOTE);
        }
        if (c.provisional()) {
            notes.add("ผลเบื้องต้น: ยังขาดข้อมูล " + c.missing().size() + " รายการ — provisional: " + c.missing().size() + " value(s) missing, scored 0");
        }
        return notes;
    }

    private static String title(Scorecard c) {
        return "scorecard " + c.organization() + " " + c.fiscalYear() + " — " + name(c) + ": total " + score(c.total()) + " / 5";
    }

    private static String name(Scorecard c) {
        return c.organizationLabel() != null ? c.organizationLabel() : c.organization();
    }

    private static String score(BigDecimal v) {
        return v == null ? "" : v.setScale(DECIMALS, RoundingMode.HALF_UP).toPlainString();
    }

    private static String round(BigDecimal v, int decimals) {
        return v.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A value for display: at most 4 decimals. */
    private static String value(BigDecimal v) {
        return v.scale() > DECIMALS ? round(v, DECIMALS) : plain(v);
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }

    private static String shorten(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max)) + "…";
    }

    /** Columns aligned by display width (Thai combining marks take no column). */
    private static String align(List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int i = 0; i < cols - 1; i++) {
                width[i] = Math.max(width[i], displayWidth(r[i]));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cols; i++) {
                String cell = r[i] == null ? "" : r[i];
                line.append(cell);
                if (i < cols - 1) {
                    line.append(" ".repeat(width[i] - displayWidth(cell) + 2));
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.FORMAT) {
                w++;
            }
            i += Character.charCount(cp);
        }
        return w;
    }
}
