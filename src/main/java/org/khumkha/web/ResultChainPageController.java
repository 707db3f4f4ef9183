package org.khumkha.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.khumkha.render.Html;
import org.khumkha.render.Language;
import org.khumkha.render.Messages;
import org.khumkha.render.ResultChainView;
import org.khumkha.scoring.EvaluationModel.Organization;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /result-chain?org=codi}: inputs → processes → outputs → outcomes → impacts, left to right (Cytoscape.js,
 * places from the view's layered layout); modelled links dashed; an outcome or impact opens its indicator with the
 * results of every fiscal year of the agreement (fetched from {@code /api/scorecard}).
 */
@Controller
public class ResultChainPageController {
    private final Workbench workbench;

    public ResultChainPageController(Workbench workbench) {
        this.workbench = workbench;
    }

    @GetMapping(value = "/result-chain", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> page(@RequestParam(name = "org", required = false) String org,
                                       @RequestParam(name = "lang", required = false) String lang,
                                       @CookieValue(name = Layout.LANGUAGE_COOKIE, required = false) String cookie) {
        return Layout.page(Page.RESULT_CHAIN, lang, cookie, language -> {
            Organization organization = workbench.organizationOrDefault(org);
            ResultChainView view = workbench.resultChain(organization.id());
            Map<String, String> context = new LinkedHashMap<>();
            context.put("org", organization.id());
            context.put("years", String.join(" ", Workbench.years(organization).stream().map(String::valueOf).toList()));
            String title = Messages.get(language, "nav.resultChain") + ": " + language.pick(organization.labelTh(), organization.labelEn());
            return Layout.render(Page.RESULT_CHAIN, language, title, context, content(view, language));
        });
    }

    private static Html content(ResultChainView view, Language language) {
        boolean th = language == Language.TH;
        Html h = new Html();
        h.open("div", "class", "toolbar");
        h.open("ul", "class", "legend inline")
                .open("li").element("span", "", "class", "line stated").text(th ? "ความเชื่อมโยงที่ระบุในบันทึกข้อตกลง" : "link stated in the MOU").close("li")
                .open("li").element("span", "", "class", "line modelled-chain").text(th ? "ความเชื่อมโยงที่สร้างแบบจำลอง" : "modelled link").close("li")
                .open("li").element("span", "", "class", "swatch measured").text(th ? "วัดด้วยตัวชี้วัด (คลิกเพื่อดู)" : "measured by an indicator (click)").close("li")
                .close("ul");
        h.open("span", "class", "downloads").text(Messages.get(language, "download") + ": ")
                .element("a", "PNG", "id", "download-png", "href", "/api/pictures/result-chain.png?org=" + view.orgId() + "&lang=" + language.code(), "download", "result-chain-" + view.orgId() + ".png")
                .text(" · ")
                .element("a", "SVG", "id", "download-svg", "href", "/api/pictures/result-chain.svg?org=" + view.orgId() + "&lang=" + language.code(), "download", "result-chain-" + view.orgId() + ".svg")
                .close("span");
        h.close("div");
        h.open("div", "class", "chain-layout");
        h.open("div", "id", "chain", "class", "chain", "role", "img", "aria-label", th ? "ห่วงโซ่ผลการดำเนินงาน" : "result chain").close("div");
        h.open("aside", "id", "indicator-panel", "class", "details", "aria-live", "polite")
                .element("p", th ? "คลิกผลลัพธ์หรือผลกระทบเพื่อดูตัวชี้วัด" : "Click an outcome or impact to open its indicator", "class", "hint")
                .close("aside");
        h.close("div");
        h.open("script", "type", "application/json", "id", "chain-data").raw(Html.scriptJson(Json.of(view))).close("script");
        return h;
    }
}
