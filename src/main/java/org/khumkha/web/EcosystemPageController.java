package org.khumkha.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.khumkha.render.EcosystemPicture;
import org.khumkha.render.EcosystemView;
import org.khumkha.render.Html;
import org.khumkha.render.Language;
import org.khumkha.render.Messages;
import org.khumkha.scoring.EvaluationModel.Organization;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /ecosystem?org=codi}: the interactive ecosystem map (Cytoscape.js, drawn by {@code static/js/ecosystem.js}
 * from the view embedded in the page) with stage and factor filters, the details panel and the measures table.
 */
@Controller
public class EcosystemPageController {
    private final Workbench workbench;

    public EcosystemPageController(Workbench workbench) {
        this.workbench = workbench;
    }

    @GetMapping(value = "/ecosystem", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> page(@RequestParam(name = "org", required = false) String org,
                                       @RequestParam(name = "lang", required = false) String lang,
                                       @CookieValue(name = Layout.LANGUAGE_COOKIE, required = false) String cookie) {
        return Layout.page(Page.ECOSYSTEM, lang, cookie, language -> {
            Organization organization = workbench.organizationOrDefault(org);
            EcosystemView view = workbench.ecosystem(organization.id());
            Map<String, String> context = new LinkedHashMap<>();
            context.put("org", organization.id());
            String title = Messages.get(language, "nav.ecosystem") + ": " + language.pick(organization.labelTh(), organization.labelEn());
            return Layout.render(Page.ECOSYSTEM, language, title, context, content(view, language));
        });
    }

    private static Html content(EcosystemView view, Language language) {
        boolean th = language == Language.TH;
        Html h = new Html();
        h.open("div", "class", "toolbar");
        h.open("label").text(th ? "ระยะการพัฒนา " : "Development stage ").open("select", "id", "stage-filter")
                .element("option", th ? "ทุกระยะ" : "all stages", "value", "");
        view.stages().forEach(s -> h.element("option", language.pick(s.label(), s.labelEn()), "value", s.id()));
        h.close("select").close("label");
        h.open("label").text(th ? "ปัจจัย " : "Factor ").open("select", "id", "factor-filter")
                .element("option", th ? "ทุกปัจจัย" : "all factors", "value", "");
        view.factors().forEach(f -> h.element("option", (("keyFactor".equals(f.kind()) ? (th ? "ปัจจัยสำคัญ " : "key ") : (th ? "ปัจจัยเอื้อ " : "enabling "))
                + f.ordinal() + ": " + language.pick(f.label(), f.labelEn())), "value", f.id()));
        h.close("select").close("label");
        h.open("label").empty("input", "type", "checkbox", "id", "show-overlaps", "checked", "")
                .text(th ? " แสดงภารกิจซ้ำซ้อน" : " show overlaps").close("label");
        h.open("span", "class", "downloads").text(Messages.get(language, "download") + ": ")
                .element("a", "PNG", "id", "download-png", "href", "/api/pictures/ecosystem.png?org=" + view.orgId() + "&lang=" + language.code(), "download", "ecosystem-" + view.orgId() + ".png")
                .text(" · ")
                .element("a", "SVG", "id", "download-svg", "href", "/api/pictures/ecosystem.svg?org=" + view.orgId() + "&lang=" + language.code(), "download", "ecosystem-" + view.orgId() + ".svg")
                .close("span");
        h.close("div");

        h.open("div", "class", "map-layout");
        h.open("div", "class", "map-column");
        h.open("div", "id", "map", "class", "map", "role", "img", "aria-label", th ? "แผนภาพระบบนิเวศ" : "ecosystem map").close("div");
        legend(h, view, language);
        h.close("div");
        h.open("aside", "id", "details", "class", "details", "aria-live", "polite")
                .element("p", th ? "คลิกผู้มีส่วนร่วมหรือเส้นความสัมพันธ์เพื่อดูรายละเอียด" : "Click an actor or a line for details", "class", "hint")
                .close("aside");
        h.close("div");

        EcosystemView.Actor self = view.actor(view.organization()).orElseThrow();
        h.element("p", String.format(Messages.get(language, "report.integrator"), language.pick(self.label(), self.labelEn()),
                view.integrator().betweennessRank(), Messages.get(language,
                        view.integrator().hasHighestBetweenness() ? "report.integratorYes" : "report.integratorNo")),
                "class", "integrator", "id", "integrator");

        h.element("h2", th ? "ค่าชี้วัดเครือข่าย" : "Network measures");
        h.open("table", "class", "metrics", "id", "metrics").open("thead").open("tr")
                .element("th", Messages.get(language, "actor")).element("th", Messages.get(language, "sector"))
                .element("th", Messages.get(language, "degree"), "class", "num")
                .element("th", Messages.get(language, "betweenness"), "class", "num")
                .element("th", th ? "ความใกล้ชิด" : "Closeness", "class", "num")
                .element("th", Messages.get(language, "constraint"), "class", "num")
                .element("th", Messages.get(language, "brokerage"), "class", "num").close("tr").close("thead").open("tbody");
        for (EcosystemView.Actor a : view.actors()) {
            h.open("tr", "data-actor", a.id(), "class", a.focal() ? "focal" : null)
                    .element("td", language.pick(a.label(), a.labelEn()))
                    .element("td", view.sector(a.sector()).map(s -> language.pick(s.label(), s.labelEn())).orElse("—"))
                    .element("td", Integer.toString(a.degree()), "class", "num")
                    .element("td", String.format(Locale.ROOT, "%.3f", a.betweennessNormalized()), "class", "num")
                    .element("td", String.format(Locale.ROOT, "%.3f", a.closeness()), "class", "num")
                    .element("td", a.constraint() == null ? "—" : String.format(Locale.ROOT, "%.3f", a.constraint()), "class", "num")
                    .element("td", Integer.toString(a.brokerage()), "class", "num").close("tr");
        }
        h.close("tbody").close("table");
        h.open("script", "type", "application/json", "id", "ecosystem-data").raw(Html.scriptJson(Json.of(view))).close("script");
        // the same GraphStream layout as the downloadable picture
        Map<String, double[]> positions = new EcosystemPicture(view, language).picture()
                .screenPositions(view.actors().stream().map(EcosystemView.Actor::id).toList());
        h.open("script", "type", "application/json", "id", "ecosystem-positions").raw(Html.scriptJson(Json.of(positions))).close("script");
        return h;
    }

    private static void legend(Html h, EcosystemView view, Language language) {
        boolean th = language == Language.TH;
        h.open("ul", "class", "legend");
        for (EcosystemView.Sector s : view.sectors()) {
            if (view.actors().stream().anyMatch(a -> s.id().equals(a.sector()))) {
                h.open("li").element("span", "", "class", "swatch", "style", "background:" + s.color())
                        .text(language.pick(s.label(), s.labelEn())).close("li");
            }
        }
        h.open("li").element("span", "", "class", "line stated").text(th ? "ระบุในบันทึกข้อตกลง" : "stated in the MOU").close("li");
        h.open("li").element("span", "", "class", "line modelled").text(th ? "สร้างแบบจำลอง" : "modelled").close("li");
        h.open("li").element("span", "", "class", "line overlap").text(th ? "ภารกิจซ้ำซ้อน" : "overlap").close("li");
        h.open("li").element("span", "", "class", "swatch ring").text(th ? "องค์การที่ประเมิน (ผู้บูรณาการ)" : "evaluated organization (integrator)").close("li");
        h.close("ul");
    }
}
