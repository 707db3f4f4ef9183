package org.khumkha.scoring.measurement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable set of measurements with at most one per (organization, indicator, fiscal year). Sets are layered:
 * {@link #overriddenBy} keeps this set's values except where the other set has one for the same key.
 */
public final class MeasurementSet {
    private static final MeasurementSet EMPTY = new MeasurementSet(Map.of());

    private final Map<Measurement.Key, Measurement> byKey;

    private MeasurementSet(Map<Measurement.Key, Measurement> byKey) {
        this.byKey = Collections.unmodifiableMap(byKey);
    }

    public static MeasurementSet empty() {
        return EMPTY;
    }

    /** A set of the given measurements; a repeated key is an error (validate first: the importer reports lines). */
    public static MeasurementSet of(List<Measurement> measurements) {
        Map<Measurement.Key, Measurement> map = new LinkedHashMap<>();
        for (Measurement m : measurements) {
            if (map.putIfAbsent(m.key(), m) != null) {
                throw new IllegalArgumentException("two values for " + m.key());
            }
        }
        return new MeasurementSet(map);
    }

    /** This set, with every value of {@code other} replacing the one of the same key. */
    public MeasurementSet overriddenBy(MeasurementSet other) {
        if (other.byKey.isEmpty()) {
            return this;
        }
        Map<Measurement.Key, Measurement> map = new LinkedHashMap<>(byKey);
        map.putAll(other.byKey);
        return new MeasurementSet(map);
    }

    public Optional<Measurement> find(String organization, String indicator, int fiscalYear) {
        return Optional.ofNullable(byKey.get(new Measurement.Key(organization, indicator, fiscalYear)));
    }

    public List<Measurement> all() {
        return new ArrayList<>(byKey.values());
    }

    public int size() {
        return byKey.size();
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }

    @Override
    public String toString() {
        return "MeasurementSet" + byKey.keySet();
    }
}
