/**
 * Areas and area-level results: the tree tambon → district → province → nation ({@link org.khumkha.scale.area.AreaTree},
 * read through {@code queries/area-tree.rq}), results that keep their numerator and denominator
 * ({@link org.khumkha.scale.area.AreaObservation}, {@code queries/area-results.rq}), and the roll-up that sums
 * numerators and denominators up the tree before dividing ({@link org.khumkha.scale.area.AreaRollUp}), never averaging
 * percentages. {@link org.khumkha.scale.area.AreaResultsService} joins them for an organization, indicator and year.
 */
package org.khumkha.scale.area;
