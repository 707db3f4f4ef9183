package org.khumkha.analytics.projection;

import java.util.Objects;

/** A node as people see it: its IRI, its Thai label and its English label (each falls back to the other, then to the IRI). */
public record NamedNode(String id, String label, String labelEn) {
    public NamedNode {
        Objects.requireNonNull(id, "id");
        if (label == null || label.isBlank()) {
            label = labelEn == null || labelEn.isBlank() ? id : labelEn;
        }
        if (labelEn == null || labelEn.isBlank()) {
            labelEn = label;
        }
    }
}
