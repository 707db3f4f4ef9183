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
 * @param synthetic    whether it is synthetic data made up by {@code generate} ({@code kk:Synthetic}), not a real result
 * @param rolledUp     for a national value rolled up from area-level results, how; null for a value as stated
 */
public record Measurement(String organization, String indicator, int fiscalYear, BigDecimal value, String evidence,
                          Origin origin, boolean illustrative, boolean synthetic, RolledUp rolledUp) {

    /** A value as stated (not rolled up), real or illustrative. */
    public Measurement(String organization, String indicator, int fiscalYear, BigDecimal value, String evidence, Origin origin,
                       boolean illustrative) {
        this(organization, indicator, fiscalYear, value, evidence, origin, illustrative, false, null);
    }

    /**
     * How a national value was derived from area-level results: Σ numerator ÷ Σ denominator × multiplier (Σ numerator
     * for a count), never a mean of percentages.
     *
     * @param denominator null for a count
     * @param results     how many area-level results were summed
     * @param areas       in how many distinct areas they stand
     */
    public record RolledUp(BigDecimal numerator, BigDecimal denominator, BigDecimal multiplier, int results, int areas) {
        public RolledUp {
            Objects.requireNonNull(numerator, "numerator");
        }

        /** "rolled up from 2 area results in 2 areas: Σ numerator 4 / Σ denominator 8 × 100". */
        public String describe() {
            String sums = "Σ numerator " + plain(numerator) + (denominator == null ? ""
                    : " / Σ denominator " + plain(denominator) + (multiplier == null || multiplier.compareTo(BigDecimal.ONE) == 0
                    ? "" : " × " + plain(multiplier)));
            return "rolled up from " + results + (results == 1 ? " area result" : " area results") + " in " + areas
                    + (areas == 1 ? " area" : " areas") + ": " + sums;
        }

        /** The same in Thai, for labels and evidence. */
        public String describeTh() {
            return "รวมจากผลรายพื้นที่ " + results + " รายการ ใน " + areas + " พื้นที่: ผลรวมตัวตั้ง " + plain(numerator)
                    + (denominator == null ? "" : " / ผลรวมตัวหาร " + plain(denominator)
                    + (multiplier == null || multiplier.compareTo(BigDecimal.ONE) == 0 ? "" : " × " + plain(multiplier)));
        }

        private static String plain(BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
    }

    /** Whether the value is derived from area-level results rather than stated. */
    public boolean derived() {
        return rolledUp != null;
    }

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
