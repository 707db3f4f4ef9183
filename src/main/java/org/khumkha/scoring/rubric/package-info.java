/**
 * Rubrics stored as data: reading a rubric's levels and SPARQL conditions from the graph
 * ({@link org.khumkha.scoring.rubric.RubricReader}) and evaluating them over the store joined with freshly
 * computed graphs ({@link org.khumkha.scoring.rubric.EvaluationDataset}, {@link org.khumkha.scoring.rubric.RubricEvaluator}).
 */
package org.khumkha.scoring.rubric;
