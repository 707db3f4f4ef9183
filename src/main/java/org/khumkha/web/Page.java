package org.khumkha.web;

import java.util.List;

/**
 * The workbench's pages: their paths (the view names), navigation labels ({@code Messages} keys), page scripts
 * ({@code static/js/<script>.js}) and the WebJar libraries each one loads.
 */
public enum Page {
    SCORECARD("/", "nav.scorecard", "scorecard", List.of(Page.ECHARTS)),
    ECOSYSTEM("/ecosystem", "nav.ecosystem", "ecosystem", List.of(Page.CYTOSCAPE)),
    RESULT_CHAIN("/result-chain", "nav.resultChain", "result-chain", List.of(Page.CYTOSCAPE)),
    BY_PROVINCE("/by-province", "nav.byProvince", "by-province", List.of(Page.ECHARTS)),
    QUERIES("/queries", "nav.queries", "queries", List.of()),
    IMPORT("/import", "nav.import", "import", List.of());

    /** Version-less WebJar URLs, resolved by webjars-locator-lite (org.webjars.npm:cytoscape 3.33.1). */
    public static final String CYTOSCAPE = "/webjars/cytoscape/dist/cytoscape.min.js";
    /** org.webjars.npm:echarts 5.3.1 (the org.webjars:echarts artifact has no 5.x release on Maven Central's mirror here). */
    public static final String ECHARTS = "/webjars/echarts/dist/echarts.min.js";
    public static final String STYLESHEET = "/css/khumkha.css";
    public static final String COMMON_SCRIPT = "/js/khumkha.js";

    private final String path;
    private final String navKey;
    private final String script;
    private final List<String> libraries;

    Page(String path, String navKey, String script, List<String> libraries) {
        this.path = path;
        this.navKey = navKey;
        this.script = script;
        this.libraries = libraries;
    }

    public String path() {
        return path;
    }

    public String navKey() {
        return navKey;
    }

    /** The page's own script, {@code /js/<name>.js}. */
    public String script() {
        return "/js/" + script + ".js";
    }

    /** The page's id (the {@code data-page} attribute of {@code <body>}). */
    public String id() {
        return script;
    }

    public List<String> libraries() {
        return libraries;
    }
}
