/**
 * National scale: a deterministic generator of a synthetic national dataset ({@code generate}), the area model and
 * roll-up ({@link org.khumkha.scale.area}), a validated bulk load for files of millions of quads, and the progress
 * lines that long jobs print.
 */
package org.khumkha.scale;
