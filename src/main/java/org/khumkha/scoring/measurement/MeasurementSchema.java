package org.khumkha.scoring.measurement;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a measurement may say, per organization: the indicator codes that take a value (the framework's leaves and
 * the organization's evaluation-matrix indicators) and the unit each value must obey; group and dimension codes
 * are known too, so a value given for one is refused with the codes of its leaves. Read from the graph by
 * {@code org.khumkha.scoring.EvaluationModelReader}, so a new organization needs no code.
 */
public final class MeasurementSchema {
    private final Map<String, OrganizationRules> organizations;

    /** One indicator: its IRI and unit, or for a group or dimension the leaf codes under it. */
    public record IndicatorRule(String code, String iri, UnitRule unit, List<String> leavesBelow) {
        public IndicatorRule {
            leavesBelow = List.copyOf(leavesBelow);
        }

        public boolean takesValue() {
            return leavesBelow.isEmpty();
        }
    }

    /** One organization's indicators, by code. */
    public record OrganizationRules(String orgId, String orgIri, Map<String, IndicatorRule> indicators) {
        public OrganizationRules {
            indicators = Collections.unmodifiableMap(new TreeMap<>(indicators));
        }

        /** The rule for a code as written in a file: trimmed; matrix codes are case-insensitive (o3 = O3). */
        public Optional<IndicatorRule> find(String code) {
            String c = code.strip();
            IndicatorRule r = indicators.get(c);
            return r != null ? Optional.of(r) : Optional.ofNullable(indicators.get(c.toUpperCase(java.util.Locale.ROOT)));
        }

        /** The codes that take a value, for messages. */
        public List<String> valueCodes() {
            return indicators.values().stream().filter(IndicatorRule::takesValue).map(IndicatorRule::code).toList();
        }
    }

    public MeasurementSchema(Map<String, OrganizationRules> organizations) {
        this.organizations = Collections.unmodifiableMap(new TreeMap<>(organizations));
    }

    public Optional<OrganizationRules> organization(String orgId) {
        return Optional.ofNullable(organizations.get(orgId));
    }

    public List<String> organizationIds() {
        return List.copyOf(organizations.keySet());
    }
}
