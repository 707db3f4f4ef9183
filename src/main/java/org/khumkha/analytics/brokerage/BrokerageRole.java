package org.khumkha.analytics.brokerage;

import java.util.Locale;

/**
 * The five brokerage roles of R. V. Gould and R. M. Fernandez, "Structures of mediation: a formal approach to
 * brokerage in transaction networks", <i>Sociological Methodology</i> 19 (1989), pp. 89-126. For a two-step path
 * {@code a → b → c} with no tie {@code a → c}, broker b's role depends on who shares a group with whom.
 */
public enum BrokerageRole {
    /** a, b and c all in one group (G&amp;F's w_I). */
    COORDINATOR("Coordinator", "ผู้ประสานภายในกลุ่ม", "coordinator"),
    /** a and c in one group, b in another (w_O; also called consultant). */
    ITINERANT("Itinerant", "ผู้ประสานจากภายนอก", "itinerant broker"),
    /** b in c's group, a in another: b controls what enters its group (b_OI). */
    GATEKEEPER("Gatekeeper", "ผู้เฝ้าประตู", "gatekeeper"),
    /** b in a's group, c in another: b speaks for its group to outsiders (b_IO). */
    REPRESENTATIVE("Representative", "ผู้แทน", "representative"),
    /** a, b and c in three different groups (b_O). */
    LIAISON("Liaison", "ผู้เชื่อมประสานระหว่างกลุ่ม", "liaison");

    private final String localName;
    private final String labelTh;
    private final String labelEn;

    BrokerageRole(String localName, String labelTh, String labelEn) {
        this.localName = localName;
        this.labelTh = labelTh;
        this.labelEn = labelEn;
    }

    /** The role's local name in the Khumkha ontology: {@code kk:Coordinator} … */
    public String localName() {
        return localName;
    }

    public String labelTh() {
        return labelTh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The JSON key: {@code coordinator}, {@code itinerant}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Classifies a path {@code a → b → c} by the groups of its source, broker and target. */
    public static BrokerageRole classify(Object groupOfSource, Object groupOfBroker, Object groupOfTarget) {
        boolean sourceWithBroker = groupOfSource.equals(groupOfBroker);
        boolean brokerWithTarget = groupOfBroker.equals(groupOfTarget);
        boolean sourceWithTarget = groupOfSource.equals(groupOfTarget);
        if (sourceWithBroker && brokerWithTarget) {
            return COORDINATOR;
        }
        if (sourceWithTarget) {
            return ITINERANT;
        }
        if (brokerWithTarget) {
            return GATEKEEPER;
        }
        if (sourceWithBroker) {
            return REPRESENTATIVE;
        }
        return LIAISON;
    }
}
