package org.khumkha.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.khumkha.scoring.Scorecard;
import org.khumkha.scoring.Scorecard.ConditionOutcome;
import org.khumkha.scoring.Scorecard.CriterionView;
import org.khumkha.scoring.Scorecard.DimensionScore;
import org.khumkha.scoring.Scorecard.IndicatorScore;
import org.khumkha.scoring.Scorecard.MatrixRow;
import org.khumkha.scoring.Scorecard.RubricLevelOutcome;

/**
 * A scorecard as HTML, shared by the scorecard page and the report: the total with its provisional and illustrative
 * marks, the dimensions, the 13 leaf indicators with score bars, weight, value, source and level-5 target, each with its
 * trace (and for 3.1 every rubric condition with its evidence), the evaluation matrix, the missing values and the
 * rubric. On the page ({@code interactive}) a trace row is hidden until its indicator row is clicked; in the report every
 * trace is shown. Every text is escaped ({@link Html}).
 */
public final class ScorecardSection {
    /** Decimals shown for scores (the scorecard keeps full precision). */
    public static final int DECIMALS = 4;

    private final Scorecard card;
    private final Language language;
    private final boolean interactive;

    public ScorecardSection(Scorecard card, Language language, boolean interactive) {
        this.card = Objects.requireNonNull(card, "card");
        this.language = Objects.requireNonNull(language, "language");
        this.interactive = interactive;
    }

    private String t(String key) {
        return Messages.get(language, key);
    }

    /** The total and its marks. */
    public Html summary(Html h) {
        h.open("div", "class", "summary");
        h.open("div", "class", "total-box").element("div", t("total"), "class", "total-label")
                .element("div", format(card.total()), "class", "total", "id", "total", "data-total", card.total().toPlainString())
                .element("div", t("outOf5"), "class", "total-unit").close("div");
        h.open("div", "class", "marks");
        if (card.provisional()) {
            h.element("p", t("provisional"), "class", "mark provisional", "id", "provisional");
        }
        if (card.illustrative()) {
            h.element("p", t("illustrative"), "class", "mark illustrative", "id", "illustrative");
        }
        if (card.synthetic()) {
            h.element("p", t("synthetic"), "class", "mark synthetic", "id", "synthetic");
        }
        h.close("div").close("div");
        return h;
    }

    public Html dimensions(Html h) {
        h.open("table", "class", "dimensions").open("thead").open("tr")
                .element("th", t("code")).element("th", t("dimensions")).element("th", t("weight"), "class", "num")
                .element("th", t("score"), "class", "num").element("th", t("weighted"), "class", "num").close("tr").close("thead").open("tbody");
        for (DimensionScore d : card.dimensions()) {
            BigDecimal average = d.weight().signum() == 0 ? BigDecimal.ZERO
                    : d.weighted().multiply(BigDecimal.valueOf(100)).divide(d.weight(), 10, RoundingMode.HALF_UP);
            h.open("tr", "class", "dimension", "data-code", d.code())
                    .element("td", d.code())
                    .element("td", language.pick(d.label(), d.labelEn()))
                    .element("td", plain(d.weight()), "class", "num");
            h.open("td", "class", "num");
            bar(h, average);
            h.close("td");
            h.element("td", format(d.weighted()), "class", "num").close("tr");
        }
        h.close("tbody").close("table");
        return h;
    }

    public Html indicators(Html h) {
        if (interactive) {
            h.element("p", t("clickTrace"), "class", "hint");
        }
        h.open("table", "class", "indicators", "id", "indicators").open("thead").open("tr")
                .element("th", t("code")).element("th", t("indicator")).element("th", t("weight"), "class", "num")
                .element("th", t("value"), "class", "num").element("th", t("source")).element("th", t("target"))
                .element("th", t("score"), "class", "num").element("th", t("weighted"), "class", "num")
                .close("tr").close("thead").open("tbody");
        for (IndicatorScore i : card.indicators()) {
            h.open("tr", "class", "indicator" + (i.value() == null ? " missing" : ""), "data-code", i.code(),
                    "tabindex", interactive ? "0" : null, "aria-expanded", interactive ? "false" : null)
                    .element("td", i.code(), "class", "code")
                    .element("td", language.pick(i.label(), i.labelEn()))
                    .element("td", plain(i.weight()), "class", "num")
                    .element("td", i.value() == null ? "—" : plain(i.value()), "class", "num")
                    .element("td", t("source." + (i.source() == null ? "missing" : i.source())), "class", "source")
                    .element("td", levelFive(i.criteria()));
            h.open("td", "class", "num");
            bar(h, i.score());
            h.close("td");
            h.element("td", format(i.weighted()), "class", "num").close("tr");
            h.open("tr", "class", "trace", "data-for", i.code(), "hidden", interactive ? "" : null).open("td", "colspan", "8");
            trace(h, i);
            h.close("td").close("tr");
        }
        h.close("tbody").close("table");
        return h;
    }

    private void trace(Html h, IndicatorScore i) {
        h.element("h4", t("trace") + " — " + i.code());
        h.open("ol", "class", "trace-lines");
        i.trace().forEach(line -> h.element("li", line));
        h.close("ol");
        if (!i.criteria().isEmpty()) {
            h.element("h4", t("criteria"));
            h.open("ul", "class", "criteria");
            for (CriterionView c : i.criteria()) {
                h.element("li", t("level") + " " + c.level() + ": " + language.pick(c.descriptor(), c.descriptorEn())
                        + (c.threshold() == null ? "" : " (" + plain(c.threshold()) + ")"));
            }
            h.close("ul");
        }
        if (i.conditions() != null && !i.conditions().isEmpty()) {
            h.element("h4", t("rubric"));
            conditions(h, i.conditions());
        }
    }

    private void conditions(Html h, List<ConditionOutcome> conditions) {
        h.open("ul", "class", "conditions");
        for (ConditionOutcome c : conditions) {
            h.open("li", "class", "condition " + (c.passed() ? "passed" : "failed"), "data-condition", c.id())
                    .element("span", c.passed() ? "✓ " + t("passed") : "✗ " + t("failed"), "class", "verdict")
                    .text(" ").element("strong", c.id()).text(" — " + language.pick(c.description(), c.descriptionEn()));
            h.open("ul", "class", "evidence");
            if (c.evidence().isEmpty()) {
                h.element("li", t("noEvidence"), "class", "none");
            }
            c.evidence().forEach(e -> h.element("li", e));
            h.close("ul").close("li");
        }
        h.close("ul");
    }

    public Html matrix(Html h) {
        if (card.matrix().isEmpty()) {
            return h;
        }
        h.open("table", "class", "matrix").open("thead").open("tr")
                .element("th", t("code")).element("th", t("indicator")).element("th", t("targetRule"))
                .element("th", t("base"), "class", "num").element("th", t("computedTarget"), "class", "num")
                .element("th", t("result"), "class", "num").element("th", t("met")).close("tr").close("thead").open("tbody");
        for (MatrixRow m : card.matrix()) {
            h.open("tr", "class", "matrix-row " + (m.met() ? "met" : "not-met"), "data-code", m.code(), "title", String.join("\n", m.trace()))
                    .element("td", m.code(), "class", "code")
                    .element("td", language.pick(m.label(), m.labelEn()))
                    .element("td", m.targetRule())
                    .element("td", m.base() == null ? "—" : plain(m.base()) + (m.baseYear() == null ? "" : " (" + m.baseYear() + ")"), "class", "num")
                    .element("td", m.target() == null ? "—" : plain(m.target().setScale(2, RoundingMode.HALF_UP)), "class", "num")
                    .element("td", m.result() == null ? "—" : plain(m.result()), "class", "num")
                    .element("td", m.met() ? "✓ " + t("yes") : "✗ " + t("no"), "class", "met")
                    .close("tr");
        }
        h.close("tbody").close("table");
        return h;
    }

    public Html missing(Html h) {
        if (card.missing().isEmpty()) {
            return h;
        }
        h.element("h3", t("missing"));
        h.open("ul", "class", "missing-list");
        card.missing().forEach(m -> h.element("li", m.code() + " " + m.label() + ": " + m.reason()));
        h.close("ul");
        return h;
    }

    /** The rubric of 3.1: the level reached, then every level with its conditions and their evidence. */
    public Html rubric(Html h) {
        Scorecard.RubricOutcome r = card.rubric();
        if (r == null) {
            return h;
        }
        h.open("div", "class", "rubric", "id", "rubric");
        h.element("p", language.pick(r.label(), r.labelEn()), "class", "rubric-name");
        if (r.modelled()) {
            h.element("p", t("rubric.modelled"), "class", "mark modelled");
        }
        h.element("p", t("rubric.level") + ": " + r.level(), "class", "rubric-level");
        for (RubricLevelOutcome level : r.levels()) {
            h.open("section", "class", "rubric-level-block " + (level.passed() ? "passed" : "failed"), "data-level", Integer.toString(level.level()));
            h.element("h4", (level.passed() ? "✓ " : "✗ ") + language.pick(level.description(), level.descriptionEn()));
            conditions(h, level.conditions());
            h.close("section");
        }
        h.close("div");
        return h;
    }

    private String levelFive(List<CriterionView> criteria) {
        return criteria.stream().filter(c -> c.level() == 5).findFirst()
                .map(c -> language.pick(c.descriptor(), c.descriptorEn())).orElse("—");
    }

    /** A 0-5 score as a bar and its number. */
    private static void bar(Html h, BigDecimal score) {
        double s = score == null ? 0 : Math.max(0, Math.min(5, score.doubleValue()));
        h.open("span", "class", "bar", "role", "img", "aria-label", format(score))
                .open("span", "class", "fill", "style", String.format(Locale.ROOT, "width:%.1f%%", s * 20)).close("span").close("span")
                .element("span", format(score), "class", "bar-value");
    }

    /** Four decimals, as the score command prints. */
    public static String format(BigDecimal value) {
        return value == null ? "—" : value.setScale(DECIMALS, RoundingMode.HALF_UP).toPlainString();
    }

    /** A value as written: no exponent, no trailing zeros. */
    public static String plain(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() > DECIMALS) {
            v = v.setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
    }
}
