package org.khumkha.web;

import java.util.Map;

import org.khumkha.query.QueryLibrary;
import org.khumkha.render.Html;
import org.khumkha.render.Language;
import org.khumkha.render.Messages;
import org.khumkha.server.KhumkhaServer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /queries}: the named queries with their parameters (from {@code /api/queries}), results as a table and as
 * CSV, and a free SPARQL editor that sends its query to the SPARQL endpoint (Fuseki, which answers with CORS headers).
 */
@Controller
public class QueriesPageController {
    /** What the editor holds at first. */
    public static final String SAMPLE_QUERY = """
            PREFIX kk:   <https://w3id.org/khumkha#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?actor ?label WHERE {
              ?actor kk:sector ?sector ; rdfs:label ?label .
              FILTER (lang(?label) = "th")
            } ORDER BY ?label LIMIT 50
            """;

    private final KhumkhaServer.EndpointInfo endpoint;
    private final QueryLibrary library;

    public QueriesPageController(KhumkhaServer.EndpointInfo endpoint, QueryLibrary library) {
        this.endpoint = endpoint;
        this.library = library;
    }

    @GetMapping(value = "/queries", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> page(@RequestParam(name = "lang", required = false) String lang,
                                       @RequestParam(name = "org", required = false) String org,
                                       @CookieValue(name = Layout.LANGUAGE_COOKIE, required = false) String cookie) {
        return Layout.page(Page.QUERIES, lang, cookie, language -> {
            boolean th = language == Language.TH;
            Html h = new Html();
            h.open("section", "class", "named-queries");
            h.element("h2", th ? "คำถามที่ตั้งชื่อไว้ (" + library.all().size() + " คำถาม)" : "Named queries (" + library.all().size() + ")");
            h.open("div", "class", "query-layout");
            h.open("label", "class", "query-choice").text(th ? "คำถาม " : "Query ")
                    .open("select", "id", "query-select").element("option", th ? "— เลือกคำถาม —" : "— choose a query —", "value", "")
                    .close("select").close("label");
            h.open("div", "id", "query-detail", "class", "query-detail").close("div");
            h.open("form", "id", "query-form", "class", "query-form", "hidden", "")
                    .open("div", "id", "query-params", "class", "params").close("div")
                    .element("button", th ? "เรียกดูผล" : "Run", "type", "submit", "id", "run-query")
                    .text(" ")
                    .element("button", th ? "ดาวน์โหลด CSV" : "Download CSV", "type", "button", "id", "download-csv")
                    .close("form");
            h.close("div");
            h.element("p", "", "id", "query-status", "class", "status", "aria-live", "polite");
            h.open("div", "id", "query-results", "class", "results").close("div");
            h.close("section");

            h.open("section", "class", "sparql-editor");
            h.element("h2", th ? "เขียนคำถาม SPARQL เอง" : "Free SPARQL editor");
            h.open("p").text(th ? "ส่งไปยังปลายทาง SPARQL: " : "Sent to the SPARQL endpoint: ")
                    .element("code", endpoint.query(), "id", "endpoint-url").close("p");
            h.element("textarea", SAMPLE_QUERY, "id", "sparql-text", "rows", "10", "spellcheck", "false", "aria-label", "SPARQL");
            h.element("button", th ? "ส่งคำถาม" : "Send query", "type", "button", "id", "run-sparql");
            h.element("p", "", "id", "sparql-status", "class", "status", "aria-live", "polite");
            h.open("div", "id", "sparql-results", "class", "results").close("div");
            h.close("section");
            Map<String, String> context = new java.util.LinkedHashMap<>();
            context.put("endpoint", endpoint.query());
            if (org != null && !org.isBlank()) {
                context.put("org", org.strip());
            }
            return Layout.render(Page.QUERIES, language, Messages.get(language, "nav.queries"), context, h);
        });
    }
}
