/**
 * Pictures and printed documents: the ecosystem and result-chain views read from the graph
 * ({@link org.khumkha.render.EcosystemView}, {@link org.khumkha.render.ResultChainView}), laid out with GraphStream and
 * drawn to PNG (GraphStream's own Swing renderer, off screen) or SVG ({@link org.khumkha.render.SvgPictureWriter}, from
 * the same GraphStream graph), Thai labels in the bundled fonts ({@link org.khumkha.render.ThaiFonts}); the printable
 * evaluation report ({@link org.khumkha.render.EvaluationReport}); the commands {@code render} and {@code report}.
 */
package org.khumkha.render;
