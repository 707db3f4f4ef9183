package org.khumkha.scale.area;

import java.util.Locale;

import org.khumkha.graph.Vocab;

/** The four levels of the area tree, top first; each is a class of the ontology. */
public enum AreaLevel {
    NATION("Nation", "ประเทศ", "nation"),
    PROVINCE("Province", "จังหวัด", "province"),
    DISTRICT("District", "อำเภอ", "district"),
    TAMBON("Tambon", "ตำบล", "tambon");

    private final String localName;
    private final String labelTh;
    private final String labelEn;

    AreaLevel(String localName, String labelTh, String labelEn) {
        this.localName = localName;
        this.labelTh = labelTh;
        this.labelEn = labelEn;
    }

    /** The ontology class, e.g. {@code kk:Province}. */
    public String classIri() {
        return Vocab.KK + localName;
    }

    public String labelTh() {
        return labelTh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The level whose class IRI this is, or an error naming the four. */
    public static AreaLevel ofClass(String iri) {
        for (AreaLevel l : values()) {
            if (l.classIri().equals(iri)) {
                return l;
            }
        }
        throw new IllegalArgumentException("not an area level: " + iri + " (expected kk:Nation, kk:Province, kk:District or kk:Tambon)");
    }

    /** Parses a command-line or request value: nation, province, district, tambon (any case). */
    public static AreaLevel parse(String text) {
        if (text != null) {
            for (AreaLevel l : values()) {
                if (l.labelEn.equals(text.strip().toLowerCase(Locale.ROOT))) {
                    return l;
                }
            }
        }
        throw new IllegalArgumentException("unknown area level '" + text + "' (use nation, province, district or tambon)");
    }
}
