package org.khumkha.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.khumkha.render.Html;
import org.khumkha.render.Language;
import org.khumkha.render.Messages;
import org.khumkha.render.ScorecardSection;
import org.khumkha.scoring.EvaluationModel.Organization;
import org.khumkha.scoring.Scorecard;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /?org=codi&year=2568&lang=th}: the scorecard, rendered on the server ({@link ScorecardSection}, the same
 * section the report prints) with organization and fiscal-year pickers; the radar is drawn by ECharts from the
 * dimension scores embedded in the page. A bad organization or year answers 400 with the reason.
 */
@Controller
public class ScorecardPageController {
    private final Workbench workbench;

    public ScorecardPageController(Workbench workbench) {
        this.workbench = workbench;
    }

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> page(@RequestParam(name = "org", required = false) String org,
                                       @RequestParam(name = "year", required = false) String year,
                                       @RequestParam(name = "lang", required = false) String lang,
                                       @CookieValue(name = Layout.LANGUAGE_COOKIE, required = false) String cookie) {
        return Layout.page(Page.SCORECARD, lang, cookie, language -> {
            Organization organization = workbench.organizationOrDefault(org);
            int fiscalYear = Workbench.fiscalYearOrDefault(organization, year);
            Scorecard card = workbench.scorecard(organization.id(), fiscalYear);
            Map<String, String> context = new LinkedHashMap<>();
            context.put("org", organization.id());
            context.put("year", Integer.toString(fiscalYear));
            String title = Messages.get(language, "nav.scorecard") + ": " + language.pick(organization.labelTh(), organization.labelEn())
                    + " " + Messages.get(language, "fiscalYear") + " " + fiscalYear;
            return Layout.render(Page.SCORECARD, language, title, context,
                    content(card, organization, fiscalYear, language));
        });
    }

    private Html content(Scorecard card, Organization organization, int year, Language language) {
        ScorecardSection section = new ScorecardSection(card, language, true);
        Html h = new Html();
        pickers(h, organization, year, language);
        h.open("section", "class", "overview");
        section.summary(h);
        h.open("div", "class", "radar-and-dimensions")
                .open("div", "id", "radar", "class", "radar-chart", "role", "img", "aria-label", Messages.get(language, "dimensions")).close("div");
        section.dimensions(h);
        h.close("div");
        h.open("script", "type", "application/json", "id", "radar-data").raw(Html.scriptJson(radarJson(card, language))).close("script");
        h.close("section");
        h.open("section", "class", "indicators-section").element("h2", Messages.get(language, "indicators"));
        section.indicators(h);
        h.close("section");
        h.open("section", "class", "matrix-section").element("h2", Messages.get(language, "matrix"));
        section.matrix(h);
        section.missing(h);
        h.close("section");
        h.open("section", "class", "rubric-section", "id", "rubric-section").element("h2", Messages.get(language, "rubric"));
        section.rubric(h);
        h.close("section");
        h.open("p", "class", "api-link").element("a", "JSON", "href", "/api/scorecard/" + card.organization() + "/" + year).close("p");
        return h;
    }

    private void pickers(Html h, Organization current, int year, Language language) {
        h.open("form", "class", "pickers", "method", "get", "action", Page.SCORECARD.path(), "id", "pickers");
        h.open("label").text(Messages.get(language, "organization") + " ").open("select", "name", "org", "id", "org-picker");
        for (Organization o : workbench.organizations()) {
            h.element("option", language.pick(o.labelTh(), o.labelEn()), "value", o.id(), "selected", o.id().equals(current.id()) ? "" : null);
        }
        h.close("select").close("label");
        h.open("label").text(Messages.get(language, "fiscalYear") + " ").open("select", "name", "year", "id", "year-picker");
        List<Integer> years = new ArrayList<>(Workbench.years(current));
        if (!years.contains(year)) {
            years.add(year);
        }
        for (int y : years) {
            h.element("option", Integer.toString(y), "value", Integer.toString(y), "selected", y == year ? "" : null);
        }
        h.close("select").close("label");
        h.empty("input", "type", "hidden", "name", "lang", "value", language.code());
        h.element("button", Messages.get(language, "show"), "type", "submit");
        h.close("form");
    }

    /** The dimensions' average scores (0-5) for the radar, as JSON. */
    private static String radarJson(Scorecard card, Language language) {
        StringBuilder sb = new StringBuilder("[");
        for (Scorecard.DimensionScore d : card.dimensions()) {
            BigDecimal average = d.weight().signum() == 0 ? BigDecimal.ZERO
                    : d.weighted().multiply(BigDecimal.valueOf(100)).divide(d.weight(), 4, RoundingMode.HALF_UP);
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append("{\"code\":").append(Json.string(d.code())).append(",\"label\":")
                    .append(Json.string(language.pick(d.label(), d.labelEn()))).append(",\"score\":").append(average.toPlainString()).append('}');
        }
        return sb.append(']').toString();
    }
}
