/**
 * Measurements: reading CSV and XLSX files into validated sets ({@link org.khumkha.scoring.measurement.MeasurementImporter}),
 * layering them (stored, then a file, then what-if values) and keeping them in the store with their history
 * ({@link org.khumkha.scoring.measurement.MeasurementStore}).
 */
package org.khumkha.scoring.measurement;
