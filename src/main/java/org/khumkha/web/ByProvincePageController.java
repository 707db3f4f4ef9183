package org.khumkha.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.khumkha.render.Html;
import org.khumkha.render.Language;
import org.khumkha.render.Messages;
import org.khumkha.scoring.EvaluationModel.Organization;
import org.khumkha.scoring.IndicatorByProvince;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /by-province?org=synthetic&year=2568&indicator=O1&lang=th}: an evaluation-matrix indicator by province —
 * a table of Σ numerator, Σ denominator, value and target met, rendered on the server, and a bar chart drawn by ECharts
 * from the same view embedded in the page ({@link IndicatorByProvince}, also at {@code /api/views/by-province}).
 */
@Controller
public class ByProvincePageController {
    private final Workbench workbench;

    public ByProvincePageController(Workbench workbench) {
        this.workbench = workbench;
    }

    @GetMapping(value = "/by-province", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> page(@RequestParam(name = "org", required = false) String org,
                                       @RequestParam(name = "year", required = false) String year,
                                       @RequestParam(name = "indicator", required = false) String indicator,
                                       @RequestParam(name = "lang", required = false) String lang,
                                       @CookieValue(name = Layout.LANGUAGE_COOKIE, required = false) String cookie) {
        return Layout.page(Page.BY_PROVINCE, lang, cookie, language -> {
            Organization organization = workbench.organizationOrDefault(org);
            int fiscalYear = Workbench.fiscalYearOrDefault(organization, year);
            IndicatorByProvince.View view = workbench.byProvince(organization.id(), fiscalYear, indicator);
            Map<String, String> context = new LinkedHashMap<>();
            context.put("org", organization.id());
            context.put("year", Integer.toString(fiscalYear));
            context.put("indicator", view.indicator());
            String title = Messages.get(language, "nav.byProvince") + ": " + view.indicator() + " "
                    + language.pick(view.label(), view.labelEn()) + " — " + Messages.get(language, "fiscalYear") + " " + fiscalYear;
            return Layout.render(Page.BY_PROVINCE, language, title, context, content(view, organization, language));
        });
    }

    private Html content(IndicatorByProvince.View view, Organization current, Language language) {
        boolean th = language == Language.TH;
        Html h = new Html();
        pickers(h, view, current, language);
        h.open("div", "class", "marks");
        if (view.synthetic()) {
            h.element("p", Messages.get(language, "synthetic"), "class", "mark synthetic", "id", "synthetic");
        }
        if (view.illustrative()) {
            h.element("p", Messages.get(language, "illustrative"), "class", "mark illustrative", "id", "illustrative");
        }
        h.close("div");
        if (view.message() != null) {
            h.element("p", th ? "ไม่มีผลรายพื้นที่ของตัวชี้วัด " + view.indicator() + " ในปีงบประมาณ " + view.fiscalYear()
                    + " (นำเข้าไฟล์ผลการดำเนินงานที่มีคอลัมน์ area, numerator, denominator)" : view.message(), "class", "hint", "id", "no-results");
            return h;
        }
        IndicatorByProvince.AreaValue n = view.nation();
        h.open("p", "class", "summary-line", "id", "national")
                .text((th ? "ทั้งประเทศ: " : "Nation: ") + plain(n.value()) + unitSuffix(view, language)
                        + (th ? " (ผลรวมตัวตั้ง " : " (Σ numerator ") + plain(n.numerator())
                        + (n.denominator() == null ? "" : (th ? " / ผลรวมตัวหาร " : " / Σ denominator ") + plain(n.denominator()))
                        + (th ? " จากผลรายพื้นที่ " : " from ") + n.results() + (th ? " รายการ)" : " area results)")
                        + " · " + (th ? "ค่าเป้าหมาย " : "target ") + view.targetRule()
                        + (n.target() == null ? "" : " = " + plain(n.target())) + " " + verdict(n.met(), language))
                .close("p");
        h.element("p", th ? "ค่าของแต่ละจังหวัด = ผลรวมตัวตั้ง ÷ ผลรวมตัวหาร ของทุกผลในจังหวัด (ไม่ใช่ค่าเฉลี่ยของร้อยละ); ค่าเป้าหมายใช้กฎเดียวกับระดับประเทศกับผลของจังหวัดนั้นเอง"
                : "Each province's value = Σ numerator ÷ Σ denominator over its results (never a mean of percentages); the target applies the national rule to the province's own results",
                "class", "hint");
        h.open("div", "id", "province-chart", "class", "province-chart", "role", "img",
                "aria-label", th ? "แผนภูมิแท่งรายจังหวัด" : "bar chart by province").close("div");
        h.open("table", "class", "by-province", "id", "by-province").open("thead").open("tr")
                .element("th", th ? "รหัส" : "Code")
                .element("th", th ? "จังหวัด" : "Province")
                .element("th", th ? "ตัวตั้ง (ผลรวม)" : "Numerator (Σ)", "class", "num")
                .element("th", th ? "ตัวหาร (ผลรวม)" : "Denominator (Σ)", "class", "num")
                .element("th", th ? "ค่า" : "Value", "class", "num")
                .element("th", th ? "ค่าเป้าหมาย" : "Target", "class", "num")
                .element("th", th ? "บรรลุเป้าหมาย" : "Target met")
                .element("th", th ? "จำนวนผล" : "Results", "class", "num")
                .close("tr").close("thead").open("tbody");
        for (IndicatorByProvince.AreaValue p : view.provinces()) {
            h.open("tr", "data-code", p.code(), "class", p.met() == null ? null : p.met() ? "met" : "not-met")
                    .element("td", p.code())
                    .element("td", language.pick(p.label(), p.labelEn()))
                    .element("td", plain(p.numerator()), "class", "num")
                    .element("td", plain(p.denominator()), "class", "num")
                    .element("td", plain(p.value()), "class", "num value")
                    .element("td", plain(p.target()), "class", "num")
                    .element("td", verdict(p.met(), language), "class", "met-cell")
                    .element("td", Integer.toString(p.results()), "class", "num")
                    .close("tr");
        }
        h.close("tbody").close("table");
        h.open("script", "type", "application/json", "id", "province-data").raw(Html.scriptJson(Json.of(view))).close("script");
        h.open("p", "class", "api-link").element("a", "JSON", "href", "/api/views/by-province?org=" + view.organization() + "&year="
                + view.fiscalYear() + "&indicator=" + view.indicator()).close("p");
        return h;
    }

    private void pickers(Html h, IndicatorByProvince.View view, Organization current, Language language) {
        h.open("form", "class", "pickers", "method", "get", "action", Page.BY_PROVINCE.path(), "id", "pickers");
        h.open("label").text(Messages.get(language, "organization") + " ").open("select", "name", "org", "id", "org-picker");
        for (Organization o : workbench.organizations()) {
            h.element("option", language.pick(o.labelTh(), o.labelEn()), "value", o.id(), "selected", o.id().equals(current.id()) ? "" : null);
        }
        h.close("select").close("label");
        h.open("label").text(Messages.get(language, "fiscalYear") + " ").open("select", "name", "year", "id", "year-picker");
        List<Integer> years = new ArrayList<>(Workbench.years(current));
        if (!years.contains(view.fiscalYear())) {
            years.add(view.fiscalYear());
        }
        for (int y : years) {
            h.element("option", Integer.toString(y), "value", Integer.toString(y), "selected", y == view.fiscalYear() ? "" : null);
        }
        h.close("select").close("label");
        h.open("label").text(Messages.get(language, "indicator") + " ").open("select", "name", "indicator", "id", "indicator-picker");
        for (IndicatorByProvince.IndicatorOption o : view.indicators()) {
            h.element("option", o.code() + " " + language.pick(o.label(), o.labelEn()), "value", o.code(),
                    "selected", o.code().equals(view.indicator()) ? "" : null);
        }
        h.close("select").close("label");
        h.empty("input", "type", "hidden", "name", "lang", "value", language.code());
        h.element("button", Messages.get(language, "show"), "type", "submit");
        h.close("form");
    }

    private static String unitSuffix(IndicatorByProvince.View view, Language language) {
        if ("percent".equalsIgnoreCase(view.unit())) {
            return " %";
        }
        return "";
    }

    private static String verdict(Boolean met, Language language) {
        if (met == null) {
            return "—";
        }
        boolean th = language == Language.TH;
        return met ? (th ? "✓ บรรลุ" : "✓ met") : (th ? "✗ ไม่บรรลุ" : "✗ not met");
    }

    static String plain(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
}
