/**
 * The scoring engine: OPDC's weighted value-for-money scorecard for one organization and fiscal year
 * ({@link org.khumkha.scoring.ScoringService}), with the linear interpolation of quantitative indicators
 * ({@link org.khumkha.scoring.ThresholdScale}), the evaluation matrix's target rules ({@link org.khumkha.scoring.TargetRule}),
 * indicator 3.1 from a rubric stored as data ({@code scoring.rubric}), measurements from CSV and XLSX
 * ({@code scoring.measurement}), saved scorecards ({@link org.khumkha.scoring.ScorecardGraph}), the {@code score} and
 * {@code import} commands and the {@code /api/scorecard} and {@code /api/measurements} endpoints. docs/SCORING.md
 * describes the method.
 */
package org.khumkha.scoring;
