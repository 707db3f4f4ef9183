package org.khumkha.scoring.measurement;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One area-level result read from a measurement file (a row with the optional {@code area}, {@code numerator},
 * {@code denominator} columns): stored as a {@code kk:AreaResult}, never as a {@code kk:Measurement}, and rolled up by
 * summing numerators and denominators ({@link org.khumkha.scale.area.AreaRollUp}).
 *
 * @param area        the area as written: its {@code kk:areaCode} (such as {@code 100101}) or its IRI
 * @param areaIri     the area's IRI once resolved against the store's area tree, else null
 * @param denominator null for a count
 * @param line        the file's line, for messages
 */
public record AreaMeasurement(String organization, String indicator, int fiscalYear, String area, String areaIri,
                              BigDecimal numerator, BigDecimal denominator, String evidence, boolean illustrative, int line) {
    public AreaMeasurement {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(numerator, "numerator");
    }

    public AreaMeasurement withAreaIri(String iri) {
        return new AreaMeasurement(organization, indicator, fiscalYear, area, iri, numerator, denominator, evidence, illustrative, line);
    }
}
