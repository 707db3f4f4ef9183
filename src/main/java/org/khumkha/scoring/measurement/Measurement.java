package org.khumkha.scoring.measurement;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One value of one indicator of one organization in one fiscal year (B.E.), with where it came from.
 *
 * @param organization the organization's short id ({@code codi})
 * @param indicator    the indicator's code ({@code 2.2.1.2}, {@code O3})
 * @param fiscalYear   the B.E. fiscal year
 * @param value        the value in the indicator's unit
 * @param evidence     what justifies it, or null
 * @param origin       where the value came from, for the trace
 * @param illustrative whether it is illustrative example data ({@code kk:Illustrative}), not a real result
 */
public record Measurement(String organization, String indicator, int fiscalYear, BigDecimal value, String evidence,
                          Origin origin, boolean illustrative) {

    /** Where a value came from: the kind, and a phrase a person reads ("g:measurements/codi, imported …"). */
    public record Origin(Kind kind, String description) {
        public Origin {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(description, "description");
        }
    }

    /** The kinds of origin, in the order they override one another when scoring. */
    public enum Kind {
        /** A baseline the MOU states (same unit as the indicator), used when no measurement exists. */
        BASELINE,
        /** Imported earlier and kept in the store. */
        STORED,
        /** From the file given to {@code score --measurements}, not stored. */
        FILE,
        /** From {@code score --set CODE=VALUE}: a what-if value, not stored. */
        WHAT_IF
    }

    public Measurement {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
    }

    /** The identity of a measurement: no two in one set share it. */
    public Key key() {
        return new Key(organization, indicator, fiscalYear);
    }

    /** (organization, indicator, fiscal year). */
    public record Key(String organization, String indicator, int fiscalYear) {
        @Override
        public String toString() {
            return organization + " " + indicator + " " + fiscalYear;
        }
    }
}
