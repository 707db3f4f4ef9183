package org.khumkha.scoring.measurement;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.graph.Vocab;

/**
 * Keeps imported measurements in the store: graph {@code g:measurements/<orgId>} per organization, all files of
 * one import in ONE write transaction. A value that already exists for (organization, indicator, fiscal year) is
 * replaced: the old node stays in the graph as a {@code kk:SupersededMeasurement} with its own
 * {@code kk:importedAt}, {@code kk:replacedBy} the new one and {@code prov:invalidatedAtTime}; re-importing an
 * identical value (same number, evidence and provenance) changes nothing, so importing a file twice is harmless.
 */
public final class MeasurementStore {
    /** Named graphs of measurements: {@code g:measurements/<orgId>}. */
    public static final String GRAPH_PREFIX = "measurements/";

    private static final Node MEASUREMENT = Vocab.kk("Measurement");
    private static final Node SUPERSEDED = Vocab.kk("SupersededMeasurement");
    private static final Node FOR_INDICATOR = Vocab.kk("forIndicator");
    private static final Node FOR_ORGANIZATION = Vocab.kk("forOrganization");
    private static final Node FISCAL_YEAR = Vocab.kk("fiscalYear");
    private static final Node VALUE = Vocab.kk("value");
    private static final Node EVIDENCE = Vocab.kk("evidence");
    private static final Node IMPORTED_AT = Vocab.kk("importedAt");
    private static final Node SOURCE_FILE = Vocab.kk("sourceFile");
    private static final Node REPLACED_BY = Vocab.kk("replacedBy");
    private static final Node PROVENANCE = Vocab.kk("provenance");
    private static final Node ABOUT = Vocab.kk("about");
    private static final Node MEASURED = Vocab.kk("Measured");
    private static final Node ILLUSTRATIVE = Vocab.kk("Illustrative");
    private static final Node SYNTHETIC = Vocab.kk("Synthetic");
    private static final Node MODELLED = Vocab.kk("Modelled");
    private static final Node RATIONALE = Vocab.kk("rationale");
    /** On a value rolled up from area-level results: how many results were summed. */
    public static final Node ROLLED_UP_FROM = Vocab.kk("rolledUpFrom");
    /** On a value rolled up from area-level results: in how many distinct areas they stand. */
    public static final Node ROLLED_UP_AREAS = Vocab.kk("rolledUpAreas");
    private static final Node SOURCE_GRAPH = Vocab.kk("SourceGraph");
    private static final Node IMPORTED_MEASUREMENTS = Vocab.kk("ImportedMeasurements");
    private static final Node INVALIDATED_AT = NodeFactory.createURI("http://www.w3.org/ns/prov#invalidatedAtTime");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final KnowledgeStore store;

    public MeasurementStore(KnowledgeStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** What a write did; {@code areaResults} counts the area-level results written (each replacing its area's earlier ones). */
    public record WriteReport(int added, int replaced, int unchanged, List<String> graphs, int areaResults) {
        public WriteReport {
            graphs = List.copyOf(graphs);
        }

        public WriteReport(int added, int replaced, int unchanged, List<String> graphs) {
            this(added, replaced, unchanged, graphs, 0);
        }

        public int written() {
            return added + replaced;
        }
    }

    public static Node graphName(String orgId) {
        return Vocab.graph(GRAPH_PREFIX + orgId);
    }

    /** Whether the store holds any measurement, current or superseded, of any organization. */
    public boolean hasMeasurements() {
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            return dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), MEASUREMENT).hasNext()
                    || dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), SUPERSEDED).hasNext();
        });
    }

    /**
     * Writes every measurement of {@code set} in one transaction.
     *
     * @param schema     gives each organization's and indicator's IRI
     * @param sourceFile the file's name, kept with each value
     * @param importedAt the import time, kept with each value
     */
    public WriteReport write(MeasurementSet set, MeasurementSchema schema, String sourceFile, Instant importedAt) {
        return write(set, List.of(), schema, sourceFile, importedAt);
    }

    /**
     * Writes the measurements and the area-level results of one file in one transaction. An area-level result becomes a
     * {@code kk:AreaResult} in {@code g:measurements/<orgId>}; the results already stored for the same (organization,
     * indicator, fiscal year, area) are removed first, so re-importing a file replaces its areas' results.
     *
     * @param areas area-level rows whose {@link AreaMeasurement#areaIri()} is resolved
     */
    public WriteReport write(MeasurementSet set, List<AreaMeasurement> areas, MeasurementSchema schema, String sourceFile, Instant importedAt) {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(areas, "areas");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(importedAt, "importedAt");
        // Resolve every IRI before the transaction, so a wrong set fails with nothing begun.
        List<Resolved> resolved = new ArrayList<>();
        for (Measurement m : set.all()) {
            MeasurementSchema.OrganizationRules org = schema.organization(m.organization())
                    .orElseThrow(() -> new IllegalArgumentException("unknown organization '" + m.organization() + "'"));
            MeasurementSchema.IndicatorRule rule = org.find(m.indicator())
                    .filter(MeasurementSchema.IndicatorRule::takesValue)
                    .orElseThrow(() -> new IllegalArgumentException("unknown indicator '" + m.indicator() + "' for " + m.organization()));
            resolved.add(new Resolved(m, NodeFactory.createURI(org.orgIri()), NodeFactory.createURI(rule.iri())));
        }
        List<AreaResolved> areaRows = new ArrayList<>();
        for (AreaMeasurement a : areas) {
            MeasurementSchema.OrganizationRules org = schema.organization(a.organization())
                    .orElseThrow(() -> new IllegalArgumentException("unknown organization '" + a.organization() + "'"));
            MeasurementSchema.IndicatorRule rule = org.find(a.indicator()).filter(MeasurementSchema.IndicatorRule::takesValue)
                    .orElseThrow(() -> new IllegalArgumentException("unknown indicator '" + a.indicator() + "' for " + a.organization()));
            if (a.areaIri() == null) {
                throw new IllegalArgumentException("line " + a.line() + ": area '" + a.area() + "' was not resolved against the store");
            }
            areaRows.add(new AreaResolved(a, NodeFactory.createURI(org.orgIri()), NodeFactory.createURI(rule.iri()),
                    NodeFactory.createURI(a.areaIri())));
        }
        int[] counts = new int[4];
        TreeSet<String> graphs = new TreeSet<>();
        Node at = NodeFactory.createLiteralDT(DateTimeFormatter.ISO_INSTANT.format(importedAt), XSDDatatype.XSDdateTime);
        store.write(() -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            writeAreas(dsg, areaRows, sourceFile, at, importedAt, graphs);
            counts[3] = areaRows.size();
            for (Resolved r : resolved) {
                Node graphName = graphName(r.m.organization());
                graphs.add(graphName.getURI());
                Graph g = dsg.getGraph(graphName);
                describeGraph(g, graphName, r.org, r.m.organization());
                Node provenance = provenance(r.m);
                Optional<Node> existing = current(g, r.org, r.indicator, r.m.fiscalYear());
                if (existing.isPresent() && same(g, existing.get(), r.m, provenance)) {
                    counts[2]++;
                    continue;
                }
                Node node = NodeFactory.createURI(Vocab.organizationIri(r.m.organization()) + "/measurement/" + r.m.indicator()
                        + "/" + r.m.fiscalYear() + "/" + COMPACT.format(importedAt) + "-" + UUID.randomUUID().toString().substring(0, 8));
                g.add(node, RDF.type.asNode(), MEASUREMENT);
                g.add(node, FOR_ORGANIZATION, r.org);
                g.add(node, FOR_INDICATOR, r.indicator);
                g.add(node, FISCAL_YEAR, NodeFactory.createLiteralDT(Integer.toString(r.m.fiscalYear()), XSDDatatype.XSDinteger));
                g.add(node, VALUE, NodeFactory.createLiteralDT(r.m.value().toPlainString(), XSDDatatype.XSDdecimal));
                if (r.m.evidence() != null) {
                    g.add(node, EVIDENCE, NodeFactory.createLiteralLang(r.m.evidence(), "th"));
                }
                g.add(node, IMPORTED_AT, at);
                g.add(node, SOURCE_FILE, NodeFactory.createLiteralString(sourceFile == null ? "" : sourceFile));
                g.add(node, PROVENANCE, provenance);
                if (r.m.derived()) {
                    describeRollUp(g, node, r.m);
                }
                String v = r.m.value().stripTrailingZeros().toPlainString();
                g.add(node, RDFS.label.asNode(), NodeFactory.createLiteralLang("ผลการดำเนินงานตัวชี้วัด " + r.m.indicator()
                        + " ปีงบประมาณ " + r.m.fiscalYear() + ": " + v + (r.m.derived() ? " (รวมจากผลรายพื้นที่)" : ""), "th"));
                g.add(node, RDFS.label.asNode(), NodeFactory.createLiteralLang("Measurement of " + r.m.indicator()
                        + ", fiscal year " + r.m.fiscalYear() + ": " + v + (r.m.derived() ? " (rolled up from area results)" : ""), "en"));
                if (existing.isPresent()) {
                    Node old = existing.get();
                    g.delete(old, RDF.type.asNode(), MEASUREMENT);
                    g.add(old, RDF.type.asNode(), SUPERSEDED);
                    g.add(old, REPLACED_BY, node);
                    g.add(old, INVALIDATED_AT, at);
                    counts[1]++;
                } else {
                    counts[0]++;
                }
            }
        });
        return new WriteReport(counts[0], counts[1], counts[2], new ArrayList<>(graphs), counts[3]);
    }

    /**
     * A stated value is kk:Measured (kk:Illustrative for example data, kk:Synthetic for generated data); a national
     * value rolled up from area-level results is kk:Modelled — derived, not stated — unless its area rows are
     * illustrative or synthetic, which stays the stronger mark (the derivation is then still told by kk:rolledUpFrom).
     */
    static Node provenance(Measurement m) {
        if (m.illustrative()) {
            return ILLUSTRATIVE;
        }
        if (m.synthetic()) {
            return SYNTHETIC;
        }
        return m.derived() ? MODELLED : MEASURED;
    }

    /** The roll-up as data: how many results in how many areas, the sums, and the rationale in Thai and English. */
    private static void describeRollUp(Graph g, Node node, Measurement m) {
        Measurement.RolledUp how = m.rolledUp();
        g.add(node, ROLLED_UP_FROM, NodeFactory.createLiteralDT(Integer.toString(how.results()), XSDDatatype.XSDinteger));
        g.add(node, ROLLED_UP_AREAS, NodeFactory.createLiteralDT(Integer.toString(how.areas()), XSDDatatype.XSDinteger));
        g.add(node, NUMERATOR, NodeFactory.createLiteralDT(how.numerator().toPlainString(), XSDDatatype.XSDdecimal));
        if (how.denominator() != null) {
            g.add(node, DENOMINATOR, NodeFactory.createLiteralDT(how.denominator().toPlainString(), XSDDatatype.XSDdecimal));
        }
        g.add(node, RATIONALE, NodeFactory.createLiteralLang("ไฟล์ไม่ได้ระบุผลระดับประเทศ จึงคำนวณจากผลรายพื้นที่: " + how.describeTh()
                + " (ไม่ใช้ค่าเฉลี่ยของร้อยละ)", "th"));
        g.add(node, RATIONALE, NodeFactory.createLiteralLang("The file gives no national value, so it is " + how.describe()
                + " (never a mean of percentages).", "en"));
    }

    private record Resolved(Measurement m, Node org, Node indicator) {}

    private record AreaResolved(AreaMeasurement a, Node org, Node indicator, Node area) {}

    private static final Node AREA_RESULT = Vocab.kk("AreaResult");
    private static final Node IN_AREA = Vocab.kk("inArea");
    private static final Node NUMERATOR = Vocab.kk("numeratorValue");
    private static final Node DENOMINATOR = Vocab.kk("denominatorValue");

    private static void writeAreas(DatasetGraph dsg, List<AreaResolved> rows, String sourceFile, Node at, Instant importedAt,
                                   TreeSet<String> graphs) {
        // Remove what is stored for each (organization, indicator, year, area) the file gives, then add the file's rows.
        java.util.Set<String> cleared = new java.util.HashSet<>();
        for (AreaResolved r : rows) {
            Node graphName = graphName(r.a.organization());
            Graph g = dsg.getGraph(graphName);
            if (cleared.add(r.a.organization() + "|" + r.a.indicator() + "|" + r.a.fiscalYear() + "|" + r.area.getURI())) {
                List<Node> old = new ArrayList<>();
                g.find(Node.ANY, IN_AREA, r.area).forEachRemaining(t -> {
                    Node s = t.getSubject();
                    if (g.contains(s, RDF.type.asNode(), AREA_RESULT) && g.contains(s, FOR_INDICATOR, r.indicator)
                            && g.contains(s, FOR_ORGANIZATION, r.org) && yearOf(g, s).equals(Optional.of(r.a.fiscalYear()))) {
                        old.add(s);
                    }
                });
                old.forEach(s -> g.remove(s, Node.ANY, Node.ANY));
            }
        }
        int n = 0;
        for (AreaResolved r : rows) {
            Node graphName = graphName(r.a.organization());
            graphs.add(graphName.getURI());
            Graph g = dsg.getGraph(graphName);
            describeGraph(g, graphName, r.org, r.a.organization());
            Node node = NodeFactory.createURI(Vocab.organizationIri(r.a.organization()) + "/area-result/" + r.a.indicator() + "/"
                    + r.a.fiscalYear() + "/" + COMPACT.format(importedAt) + "-" + UUID.randomUUID().toString().substring(0, 8) + "-" + (++n));
            g.add(node, RDF.type.asNode(), AREA_RESULT);
            g.add(node, FOR_ORGANIZATION, r.org);
            g.add(node, FOR_INDICATOR, r.indicator);
            g.add(node, FISCAL_YEAR, NodeFactory.createLiteralDT(Integer.toString(r.a.fiscalYear()), XSDDatatype.XSDinteger));
            g.add(node, IN_AREA, r.area);
            g.add(node, NUMERATOR, NodeFactory.createLiteralDT(r.a.numerator().toPlainString(), XSDDatatype.XSDdecimal));
            if (r.a.denominator() != null) {
                g.add(node, DENOMINATOR, NodeFactory.createLiteralDT(r.a.denominator().toPlainString(), XSDDatatype.XSDdecimal));
            }
            if (r.a.evidence() != null) {
                g.add(node, EVIDENCE, NodeFactory.createLiteralLang(r.a.evidence(), "th"));
            }
            g.add(node, IMPORTED_AT, at);
            g.add(node, SOURCE_FILE, NodeFactory.createLiteralString(sourceFile == null ? "" : sourceFile));
            g.add(node, PROVENANCE, r.a.illustrative() ? ILLUSTRATIVE : MEASURED);
        }
    }

    private static void describeGraph(Graph g, Node graphName, Node org, String orgId) {
        if (g.contains(graphName, RDF.type.asNode(), SOURCE_GRAPH)) {
            return;
        }
        g.add(graphName, RDF.type.asNode(), SOURCE_GRAPH);
        g.add(graphName, RDF.type.asNode(), IMPORTED_MEASUREMENTS);
        g.add(graphName, PROVENANCE, MEASURED);
        g.add(graphName, ABOUT, org);
        g.add(graphName, RDFS.label.asNode(), NodeFactory.createLiteralLang("ผลการดำเนินงานที่นำเข้าของ " + orgId, "th"));
        g.add(graphName, RDFS.label.asNode(), NodeFactory.createLiteralLang("Imported measurements of " + orgId, "en"));
        g.add(graphName, RDFS.comment.asNode(), NodeFactory.createLiteralLang("ค่าที่นำเข้าจากไฟล์ CSV/XLSX ด้วยคำสั่ง import "
                + "ค่าที่ถูกแทนที่ยังเก็บไว้เป็น kk:SupersededMeasurement พร้อมเวลาที่นำเข้า", "th"));
        g.add(graphName, RDFS.comment.asNode(), NodeFactory.createLiteralLang("Values imported from CSV/XLSX files by 'import'. "
                + "Each value carries its own provenance: kk:Measured, or kk:Illustrative for example data that is not a real result. "
                + "Replaced values stay as kk:SupersededMeasurement with their import time.", "en"));
    }

    /** The current measurement node for (organization, indicator, year) in the graph, if any. */
    private static Optional<Node> current(Graph g, Node org, Node indicator, int year) {
        var it = g.find(Node.ANY, FOR_INDICATOR, indicator);
        try {
            Node latest = null;
            String latestAt = "";
            while (it.hasNext()) {
                Node s = it.next().getSubject();
                if (!g.contains(s, RDF.type.asNode(), MEASUREMENT) || !g.contains(s, FOR_ORGANIZATION, org)) {
                    continue;
                }
                if (!yearOf(g, s).equals(Optional.of(year))) {
                    continue;
                }
                String at = object(g, s, IMPORTED_AT).map(Node::getLiteralLexicalForm).orElse("");
                if (latest == null || at.compareTo(latestAt) > 0) {
                    latest = s;
                    latestAt = at;
                }
            }
            return Optional.ofNullable(latest);
        } finally {
            it.close();
        }
    }

    private static boolean same(Graph g, Node existing, Measurement m, Node provenance) {
        Optional<Node> value = object(g, existing, VALUE);
        if (value.isEmpty() || !value.get().isLiteral()) {
            return false;
        }
        try {
            if (new java.math.BigDecimal(value.get().getLiteralLexicalForm()).compareTo(m.value()) != 0) {
                return false;
            }
        } catch (NumberFormatException e) {
            return false;
        }
        String evidence = object(g, existing, EVIDENCE).map(Node::getLiteralLexicalForm).orElse(null);
        return Objects.equals(evidence, m.evidence()) && g.contains(existing, PROVENANCE, provenance);
    }

    private static Optional<Integer> yearOf(Graph g, Node s) {
        return object(g, s, FISCAL_YEAR).flatMap(n -> {
            try {
                return Optional.of(Integer.parseInt(n.getLiteralLexicalForm().strip()));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<Node> object(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
        } finally {
            it.close();
        }
    }

}
