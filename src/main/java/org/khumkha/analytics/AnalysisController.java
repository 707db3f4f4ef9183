package org.khumkha.analytics;

import org.khumkha.graph.GraphSource;
import org.khumkha.query.QueryLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/analysis?org=codi}: the organization's {@link AnalysisResult} as JSON, computed on request from the
 * server's graph and reused while the store is unchanged ({@link AnalysisCache}). Nothing is written: storing a run is
 * the {@code analyze} command's job. A malformed or unknown {@code org} answers 400.
 */
@RestController
public class AnalysisController {
    private static final Logger LOG = LoggerFactory.getLogger(AnalysisController.class);

    private final GraphSource source;
    private final AnalysisCache cache;

    public AnalysisController(GraphSource source, QueryLibrary queries) {
        this.source = source;
        this.cache = new AnalysisCache(new AnalysisService(queries));
    }

    @GetMapping("/api/analysis")
    public AnalysisResult analysis(@RequestParam(name = "org", defaultValue = "codi") String org) {
        return cache.analyze(source, AnalysisService.checkOrgId(org), LOG::debug);
    }
}
