package org.khumkha.scale.area;

import java.util.Objects;

/**
 * One area of the tree.
 *
 * @param iri    the area's IRI
 * @param code   its code ({@code kk:areaCode}): 2 digits for a province, 4 for a district, 6 for a tambon
 * @param level  nation, province, district or tambon
 * @param parent the IRI of the area one level up, or null for a root
 */
public record Area(String iri, String code, AreaLevel level, String labelTh, String labelEn, String parent) {
    public Area {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(level, "level");
        code = code == null ? "" : code;
    }

    /** The Thai label, else the English one, else the code. */
    public String label() {
        return labelTh != null ? labelTh : labelEn != null ? labelEn : code;
    }
}
