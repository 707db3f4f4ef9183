package org.khumkha.query;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.khumkha.graph.GraphSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The named-query library over HTTP: list it, run one with parameters, get SPARQL JSON results or CSV. */
@RestController
public class QueryController {
    private final QueryLibrary library;
    private final GraphSource source;

    public QueryController(QueryLibrary library, GraphSource source) {
        this.library = library;
        this.source = source;
    }

    /** What {@code GET /api/queries} lists for each query. */
    public record QueryDescription(String name, String titleTh, String titleEn, String question, List<ParameterDescription> parameters) {}

    public record ParameterDescription(String name, String type, String defaultValue, String description) {}

    @GetMapping("/api/queries")
    public List<QueryDescription> list() {
        return library.all().stream().map(QueryController::describe).toList();
    }

    @GetMapping("/api/queries/{name}")
    public QueryDescription describe(@PathVariable String name) {
        return describe(find(name));
    }

    /**
     * Runs a named query. Parameters come as a JSON object body or as request parameters; {@code format=csv}
     * or {@code Accept: text/csv} gives CSV, otherwise SPARQL 1.1 JSON results.
     */
    @PostMapping("/api/queries/{name}")
    public ResponseEntity<byte[]> run(@PathVariable String name,
                                      @RequestBody(required = false) Map<String, Object> body,
                                      @RequestParam Map<String, String> requestParams,
                                      @RequestHeader(value = "Accept", required = false) String accept) {
        NamedQuery named = find(name);
        Map<String, String> params = new LinkedHashMap<>(requestParams);
        String format = params.remove("format");
        if (body != null) {
            body.forEach((k, v) -> params.put(k, String.valueOf(v)));
        }
        boolean csv = "csv".equalsIgnoreCase(format) || (format == null && accept != null && accept.contains("text/csv"));
        Query query = named.bind(params);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryService.run(source, query, csv ? ResultFormat.CSV : ResultFormat.JSON, out);
        MediaType type = csv ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                : (query.isSelectType() || query.isAskType() ? MediaType.parseMediaType("application/sparql-results+json")
                : MediaType.parseMediaType("application/ld+json"));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(type);
        if (csv) {
            response.header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
        }
        return response.body(out.toByteArray());
    }

    private NamedQuery find(String name) {
        return library.find(name).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                HttpStatus.NOT_FOUND, "no named query '" + name + "'"));
    }

    private static QueryDescription describe(NamedQuery q) {
        return new QueryDescription(q.name(), q.titleTh(), q.titleEn(), q.question(), q.parameters().stream()
                .map(p -> new ParameterDescription(p.name(), p.type().name().toLowerCase(java.util.Locale.ROOT),
                        p.defaultValue(), p.description()))
                .toList());
    }
}
