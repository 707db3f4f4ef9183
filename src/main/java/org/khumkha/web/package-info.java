/**
 * The evaluators' workbench: Thai-first pages over the knowledge graph, served by {@code serve}. One shared layout
 * ({@link org.khumkha.web.Layout}); one thin controller per page; page scripts under {@code static/js/} fetch the JSON
 * APIs and write every label with {@code textContent}; the Thai face is served from {@code /fonts/}.
 * <ul>
 * <li>{@code /} scorecard (radar, 13 indicators with their traces, 3.1 rubric evidence)</li>
 * <li>{@code /ecosystem} interactive ecosystem map with the network measures</li>
 * <li>{@code /result-chain} inputs → processes → outputs → outcomes → impacts, indicators on click</li>
 * <li>{@code /queries} the named queries and a free SPARQL editor</li>
 * <li>{@code /import} measurement upload: validation report, then commit</li>
 * </ul>
 * JSON for the pages: {@code /api/views/organizations}, {@code /api/views/ecosystem}, {@code /api/views/result-chain};
 * pictures: {@code /api/pictures/ecosystem.png|svg} and {@code /api/pictures/result-chain.png|svg}.
 */
package org.khumkha.web;
