package org.khumkha.render;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.query.QuerySolution;
import org.khumkha.graph.GraphSource;
import org.khumkha.graph.Vocab;
import org.khumkha.query.QueryLibrary;
import org.khumkha.scoring.Scorecard;
import org.khumkha.scoring.ScoringService;

/**
 * One printable document for the evaluation committee, in one self-contained HTML file (the Thai face and the pictures
 * are embedded, so it opens and prints the same anywhere): the organization's mandate ({@code queries/mandate.rq}), the
 * scorecard with every trace and the 3.1 rubric evidence ({@link ScorecardSection}), the ecosystem and result-chain
 * pictures with the ecosystem measures, and the modelled assumptions ({@code queries/view-modelled-assumptions.rq}).
 * Reads only.
 */
public final class EvaluationReport {
    public static final String MANDATE_QUERY = "mandate";
    public static final String ASSUMPTIONS_QUERY = "view-modelled-assumptions";
    /** Actors listed beside the ecosystem picture, by betweenness. */
    public static final int ACTORS_LISTED = 12;

    private final QueryLibrary queries;
    private final Pictures pictures;

    public EvaluationReport(QueryLibrary queries, Pictures pictures) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.pictures = Objects.requireNonNull(pictures, "pictures");
    }

    /** The report of one organization for one fiscal year (B.E.), as HTML. */
    public String html(GraphSource source, String orgId, int year, Language language) {
        Scorecard card = new ScoringService(queries).score(source, orgId, year);
        EcosystemView ecosystem = pictures.ecosystem(source, orgId);
        ResultChainView chain = pictures.resultChain(source, orgId);
        String orgName = language.pick(card.organizationLabel(), card.organizationLabelEn());
        ScorecardSection section = new ScorecardSection(card, language, false);

        Html h = new Html();
        h.raw("<!DOCTYPE html>").newline();
        h.open("html", "lang", language.code()).open("head").empty("meta", "charset", "utf-8")
                .element("title", Messages.get(language, "report.title") + " — " + orgName + " " + year)
                .open("style").raw(fontFaces()).raw(CSS).close("style").close("head").newline();
        h.open("body").open("header", "class", "cover")
                .element("p", Messages.get(language, "report.title"), "class", "kicker")
                .element("h1", orgName)
                .element("p", Messages.get(language, "fiscalYear") + " " + year, "class", "year")
                .element("p", Messages.get(language, "report.generated") + " "
                        + ZonedDateTime.now(ZoneId.of("Asia/Bangkok")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), "class", "generated")
                .close("header").newline();

        h.open("section", "id", "mandate").element("h2", "1. " + Messages.get(language, "report.mandate"));
        mandate(h, source, orgId, language);
        h.close("section").newline();

        h.open("section", "id", "scorecard").element("h2", "2. " + Messages.get(language, "report.scorecard"));
        section.summary(h);
        h.open("div", "class", "radar-and-dimensions").raw(RadarSvg.svg(card, language));
        section.dimensions(h);
        h.close("div");
        h.element("h3", Messages.get(language, "indicators"));
        section.indicators(h);
        h.element("h3", Messages.get(language, "matrix"));
        section.matrix(h);
        section.missing(h);
        h.close("section").newline();

        h.open("section", "id", "rubric-evidence").element("h2", "3. " + Messages.get(language, "rubric"));
        section.rubric(h);
        h.close("section").newline();

        h.open("section", "id", "ecosystem").element("h2", "4. " + Messages.get(language, "report.ecosystem"));
        h.open("figure", "class", "picture").raw(svgBody(new EcosystemPicture(ecosystem, language).picture())).close("figure");
        EcosystemView.Actor self = ecosystem.actor(ecosystem.organization()).orElseThrow();
        h.element("p", String.format(Messages.get(language, "report.integrator"), language.pick(self.label(), self.labelEn()),
                ecosystem.integrator().betweennessRank(), Messages.get(language,
                        ecosystem.integrator().hasHighestBetweenness() ? "report.integratorYes" : "report.integratorNo")), "class", "integrator");
        actors(h, ecosystem, language);
        h.close("section").newline();

        h.open("section", "id", "result-chain").element("h2", "5. " + Messages.get(language, "report.resultChain"));
        h.open("figure", "class", "picture wide").raw(svgBody(new ResultChainPicture(chain, language).picture())).close("figure");
        h.close("section").newline();

        h.open("section", "id", "assumptions").element("h2", "6. " + Messages.get(language, "report.assumptions"));
        h.element("p", Messages.get(language, "report.assumptionsNote"));
        assumptions(h, source, orgId, language);
        h.close("section").newline();
        h.close("body").close("html").newline();
        return h.toString();
    }

    private void mandate(Html h, GraphSource source, String orgId, Language language) {
        Map<String, List<QuerySolution>> byKind = new LinkedHashMap<>();
        for (QuerySolution row : QueryRows.forOrganization(source, queries, MANDATE_QUERY, orgId)) {
            byKind.computeIfAbsent(QueryRows.text(row, "kind"), k -> new java.util.ArrayList<>()).add(row);
        }
        h.open("dl", "class", "mandate");
        byKind.forEach((kind, rows) -> {
            h.element("dt", kind);
            h.open("dd").open("ol");
            for (QuerySolution row : rows) {
                h.open("li").text(language.pick(QueryRows.text(row, "label"), QueryRows.text(row, "labelEn")));
                String provenance = QueryRows.text(row, "provenance");
                if (provenance != null) {
                    h.text(" ").element("span", "(" + provenance + ")", "class", "provenance");
                }
                h.close("li");
            }
            h.close("ol").close("dd");
        });
        h.close("dl");
    }

    private static void actors(Html h, EcosystemView view, Language language) {
        h.open("table", "class", "actors").open("thead").open("tr")
                .element("th", Messages.get(language, "actor")).element("th", Messages.get(language, "sector"))
                .element("th", Messages.get(language, "degree"), "class", "num")
                .element("th", Messages.get(language, "betweenness"), "class", "num")
                .element("th", Messages.get(language, "constraint"), "class", "num")
                .element("th", Messages.get(language, "brokerage"), "class", "num").close("tr").close("thead").open("tbody");
        view.actors().stream().limit(ACTORS_LISTED).forEach(a -> h.open("tr", "class", a.focal() ? "focal" : null)
                .element("td", language.pick(a.label(), a.labelEn()))
                .element("td", view.sector(a.sector()).map(s -> language.pick(s.label(), s.labelEn())).orElse("—"))
                .element("td", Integer.toString(a.degree()), "class", "num")
                .element("td", String.format(Locale.ROOT, "%.3f", a.betweennessNormalized()), "class", "num")
                .element("td", a.constraint() == null ? "—" : String.format(Locale.ROOT, "%.3f", a.constraint()), "class", "num")
                .element("td", Integer.toString(a.brokerage()), "class", "num").close("tr"));
        h.close("tbody").close("table");
    }

    private void assumptions(Html h, GraphSource source, String orgId, Language language) {
        h.open("ol", "class", "assumptions");
        for (QuerySolution row : QueryRows.forOrganization(source, queries, ASSUMPTIONS_QUERY, orgId)) {
            String graph = QueryRows.text(row, "graph");
            h.open("li", "data-graph", graph)
                    .element("strong", language.pick(QueryRows.text(row, "labelTh"), QueryRows.text(row, "labelEn")))
                    .text(" ").element("code", Vocab.shortForm(graph));
            h.element("p", language.pick(QueryRows.text(row, "rationaleTh"), QueryRows.text(row, "rationaleEn")));
            List<String> from = QueryRows.list(row, "derivedFrom");
            Integer statements = QueryRows.integer(row, "statements");
            h.element("p", (from.isEmpty() ? "" : Messages.get(language, "report.derivedFrom") + ": "
                    + String.join(", ", from.stream().map(Vocab::shortForm).toList()) + " · ")
                    + (statements == null ? 0 : statements) + " " + Messages.get(language, "report.statements"), "class", "meta");
            h.close("li");
        }
        h.close("ol");
    }

    /** An inline SVG picture without its XML declaration; the page's own font face serves its text. */
    private static String svgBody(Picture picture) {
        String svg = new SvgPictureWriter(false).svg(picture);
        return svg.substring(svg.indexOf("<svg"));
    }

    private static String fontFaces() {
        return "@font-face{font-family:'" + ThaiFonts.BODY_FAMILY + "';font-weight:normal;src:url(data:font/ttf;base64,"
                + Base64.getEncoder().encodeToString(ThaiFonts.bytes(ThaiFonts.BODY_REGULAR)) + ") format('truetype')}"
                + "@font-face{font-family:'" + ThaiFonts.BODY_FAMILY + "';font-weight:bold;src:url(data:font/ttf;base64,"
                + Base64.getEncoder().encodeToString(ThaiFonts.bytes(ThaiFonts.BODY_BOLD)) + ") format('truetype')}\n";
    }

    private static final String CSS = """
            @page { size: A4; margin: 16mm 14mm; }
            body { font-family: 'Laksaman', 'TH Sarabun New', 'Sarabun', sans-serif; font-size: 17px; line-height: 1.45;
                   color: #1a1a1a; max-width: 1100px; margin: 0 auto; padding: 0 16px; }
            h1 { font-size: 32px; margin: 4px 0; } h2 { font-size: 25px; border-bottom: 2px solid #4e79a7; margin-top: 28px; }
            h3 { font-size: 20px; } h4 { font-size: 17px; margin: 8px 0 4px; }
            .cover { border-bottom: 4px solid #4e79a7; padding: 12px 0 8px; }
            .kicker { color: #4e79a7; font-weight: bold; margin: 0; } .year { font-size: 22px; margin: 0; } .generated { color: #666; }
            section { break-before: page; } section#mandate { break-before: auto; }
            table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 16px; }
            th, td { border: 1px solid #d0d0d0; padding: 4px 6px; vertical-align: top; text-align: left; }
            th { background: #eef2f7; } td.num, th.num { text-align: right; white-space: nowrap; }
            tr.indicator td { background: #fafafa; font-weight: bold; } tr.trace td { font-size: 15px; padding-left: 24px; }
            tr.indicator, tr.trace { break-inside: avoid; }
            table.indicators { table-layout: fixed; } table.indicators td { overflow-wrap: anywhere; }
            table.indicators th:nth-child(1) { width: 7%; } table.indicators th:nth-child(2) { width: 31%; }
            table.indicators th:nth-child(3), table.indicators th:nth-child(4) { width: 9%; }
            table.indicators th:nth-child(5), table.indicators th:nth-child(6) { width: 11%; }
            table.indicators th:nth-child(7) { width: 13%; } table.indicators th:nth-child(8) { width: 9%; }
            table.indicators th { white-space: normal; }
            .bar { display: inline-block; width: 44px; height: 10px; background: #e6e6e6; margin-right: 6px; vertical-align: middle; }
            .bar .fill { display: block; height: 100%; background: #4e79a7; }
            .summary { display: flex; gap: 24px; align-items: center; }
            .total-box { border: 2px solid #4e79a7; border-radius: 8px; padding: 8px 20px; text-align: center; }
            .total { font-size: 40px; font-weight: bold; color: #4e79a7; }
            .mark { border-left: 5px solid #e15759; background: #fdecec; padding: 4px 10px; margin: 4px 0; }
            .mark.illustrative { border-color: #f28e2b; background: #fef3e6; } .mark.synthetic { border-color: #e15759; background: #fdecec; } .mark.modelled { border-color: #b07aa1; background: #f5eef7; }
            .radar-and-dimensions { display: block; } .radar { display: block; margin: 0 auto; max-width: 100%; height: auto; }
            .condition.passed .verdict { color: #2e7d32; font-weight: bold; } .condition.failed .verdict { color: #c62828; font-weight: bold; }
            .evidence { font-size: 15px; color: #333; } .rubric-level-block { break-inside: avoid; }
            tr.not-met td.met { color: #c62828; } tr.met td.met { color: #2e7d32; }
            figure.picture { margin: 8px 0; } figure.picture svg { width: 100%; height: auto; }
            tr.focal td { background: #fff7d6; font-weight: bold; }
            dl.mandate dt { font-weight: bold; margin-top: 8px; } .provenance, .meta { color: #666; font-size: 15px; }
            code { font-size: 14px; color: #555; }
            """;
}
