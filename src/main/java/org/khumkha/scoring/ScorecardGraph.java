package org.khumkha.scoring;

import static org.khumkha.graph.Literals.bool;
import static org.khumkha.graph.Literals.en;
import static org.khumkha.graph.Literals.integer;
import static org.khumkha.graph.Literals.th;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.khumkha.graph.KnowledgeStore;
import org.khumkha.graph.Vocab;

/**
 * A scorecard as RDF, in graph {@code g:scorecard/<orgId>/<year>}: the kk:Scorecard with its total, one
 * kk:DimensionScore per dimension, one kk:IndicatorScore per leaf (value, source, score, weighted score, trace),
 * one kk:MatrixResult per evaluation-matrix indicator (result, base, computed target, met) and one
 * kk:RubricConditionResult per rubric condition. Saving replaces the graph of that organization and year in one
 * transaction, so every year keeps its latest scorecard and years can be compared in SPARQL
 * ({@code queries/scoring-compare-years.rq}).
 */
public final class ScorecardGraph {
    private static final Node SCORECARD = Vocab.kk("Scorecard");
    private static final Node MATRIX_RESULT = Vocab.kk("MatrixResult");
    private static final String PROV = "http://www.w3.org/ns/prov#";

    private ScorecardGraph() {}

    /** {@code g:scorecard/<orgId>/<year>}. */
    public static Node graphName(String orgId, int year) {
        return Vocab.graph("scorecard/" + orgId + "/" + year);
    }

    /** The scorecard's IRI: {@code id:<orgId>/scorecard/<year>}. */
    public static String scorecardIri(String orgId, int year) {
        return Vocab.organizationIri(orgId) + "/scorecard/" + year;
    }

    /** The year's matrix results alone, for the rubric's conditions to read before the scorecard is complete. */
    static Graph matrixResults(String orgId, String orgIri, int year, List<Scorecard.MatrixRow> rows) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Scorecard.MatrixRow row : rows) {
            addMatrixRow(g, orgId, orgIri, year, row);
        }
        return g;
    }

    /** The whole scorecard as a graph (not yet stored). */
    public static Graph build(Scorecard card, Instant computedAt) {
        Objects.requireNonNull(card, "card");
        Graph g = GraphFactory.createDefaultGraph();
        Node graphName = graphName(card.organization(), card.fiscalYear());
        Node org = uri(card.organizationIri());
        Node sc = uri(scorecardIri(card.organization(), card.fiscalYear()));
        Node at = NodeFactory.createLiteralDT(DateTimeFormatter.ISO_INSTANT.format(computedAt), XSDDatatype.XSDdateTime);

        g.add(graphName, RDF.type.asNode(), Vocab.kk("SourceGraph"));
        g.add(graphName, Vocab.kk("provenance"), Vocab.kk("Computed"));
        g.add(graphName, Vocab.kk("about"), org);
        g.add(graphName, uri(PROV + "generatedAtTime"), at);
        g.add(graphName, RDFS.label.asNode(), th("ผลคะแนนการประเมินของ " + card.organization() + " ปีงบประมาณ " + card.fiscalYear()));
        g.add(graphName, RDFS.label.asNode(), en("Scorecard of " + card.organization() + ", fiscal year " + card.fiscalYear()));

        g.add(sc, RDF.type.asNode(), SCORECARD);
        g.add(sc, Vocab.kk("provenance"), Vocab.kk("Computed"));
        g.add(sc, Vocab.kk("forOrganization"), org);
        g.add(sc, Vocab.kk("fiscalYear"), integer(card.fiscalYear()));
        g.add(sc, Vocab.kk("totalScore"), decimal(card.total()));
        g.add(sc, Vocab.kk("provisional"), bool(card.provisional()));
        g.add(sc, Vocab.kk("usesIllustrativeData"), bool(card.illustrative()));
        g.add(sc, Vocab.kk("usesSyntheticData"), bool(card.synthetic()));
        g.add(sc, uri(PROV + "generatedAtTime"), at);
        g.add(sc, RDFS.label.asNode(), th("ผลคะแนนของ " + card.organization() + " ปีงบประมาณ " + card.fiscalYear() + ": "
                + ThresholdScale.display(card.total()) + (card.provisional() ? " (เบื้องต้น)" : "")
                + (card.synthetic() ? " (ข้อมูลสังเคราะห์ ไม่ใช่ผลจริง)" : "")));
        g.add(sc, RDFS.label.asNode(), en("Scorecard of " + card.organization() + ", fiscal year " + card.fiscalYear() + ": "
                + ThresholdScale.display(card.total()) + (card.provisional() ? " (provisional)" : "")
                + (card.synthetic() ? " (synthetic data, not a real result)" : "")));

        for (Scorecard.DimensionScore d : card.dimensions()) {
            Node n = uri(scorecardIri(card.organization(), card.fiscalYear()) + "/dimension/" + d.code());
            g.add(sc, Vocab.kk("dimensionScore"), n);
            g.add(n, RDF.type.asNode(), Vocab.kk("DimensionScore"));
            if (d.iri() != null) {
                g.add(n, Vocab.kk("forDimension"), uri(d.iri()));
            }
            g.add(n, Vocab.kk("weight"), decimal(d.weight()));
            g.add(n, Vocab.kk("weightedScore"), decimal(d.weighted()));
            g.add(n, RDFS.label.asNode(), th("มิติ " + d.code() + ": " + ThresholdScale.display(d.weighted())));
        }
        for (Scorecard.IndicatorScore s : card.indicators()) {
            Node n = uri(scorecardIri(card.organization(), card.fiscalYear()) + "/indicator/" + s.code());
            g.add(sc, Vocab.kk("indicatorScore"), n);
            g.add(n, RDF.type.asNode(), Vocab.kk("IndicatorScore"));
            if (s.iri() != null) {
                g.add(n, Vocab.kk("forIndicator"), uri(s.iri()));
            }
            g.add(n, Vocab.kk("weight"), decimal(s.weight()));
            if (s.value() != null) {
                g.add(n, Vocab.kk("value"), decimal(s.value()));
            } else {
                g.add(n, Vocab.kk("missing"), bool(true));
            }
            if (s.source() != null) {
                g.add(n, Vocab.kk("scoreSource"), Vocab.kk(sourceLocalName(s.source())));
            }
            g.add(n, Vocab.kk("score"), decimal(s.score()));
            g.add(n, Vocab.kk("weightedScore"), decimal(s.weighted()));
            if (s.belowLevelOne()) {
                g.add(n, Vocab.kk("belowLevelOne"), bool(true));
            }
            g.add(n, Vocab.kk("trace"), NodeFactory.createLiteralString(String.join("\n", s.trace())));
            g.add(n, RDFS.label.asNode(), th("ตัวชี้วัด " + s.code() + ": คะแนน " + ThresholdScale.display(s.score())));
        }
        for (Scorecard.MatrixRow row : card.matrix()) {
            Node n = addMatrixRow(g, card.organization(), card.organizationIri(), card.fiscalYear(), row);
            g.add(sc, Vocab.kk("matrixResult"), n);
        }
        if (card.rubric() != null) {
            g.add(sc, Vocab.kk("usedRubric"), uri(card.rubric().iri()));
            g.add(sc, Vocab.kk("rubricLevelReached"), integer(card.rubric().level()));
            for (Scorecard.RubricLevelOutcome level : card.rubric().levels()) {
                for (Scorecard.ConditionOutcome c : level.conditions()) {
                    Node n = uri(scorecardIri(card.organization(), card.fiscalYear()) + "/condition/" + c.id());
                    g.add(sc, Vocab.kk("conditionResult"), n);
                    g.add(n, RDF.type.asNode(), Vocab.kk("RubricConditionResult"));
                    g.add(n, Vocab.kk("forCondition"), uri(c.iri()));
                    g.add(n, Vocab.kk("level"), integer(c.level()));
                    g.add(n, Vocab.kk("passed"), bool(c.passed()));
                    if (!c.evidence().isEmpty()) {
                        g.add(n, Vocab.kk("evidence"), NodeFactory.createLiteralString(String.join("\n", c.evidence())));
                    }
                    g.add(n, RDFS.label.asNode(), th("เงื่อนไข " + c.id() + ": " + (c.passed() ? "ผ่าน" : "ไม่ผ่าน")));
                }
            }
        }
        return g;
    }

    /** Replaces the stored scorecard of the card's organization and year, in one transaction. */
    public static Node save(KnowledgeStore store, Scorecard card, Instant computedAt) {
        Graph g = build(card, computedAt);
        Node name = graphName(card.organization(), card.fiscalYear());
        store.write(() -> {
            var dsg = store.dataset().asDatasetGraph();
            dsg.removeGraph(name);
            dsg.addGraph(name, g);
        });
        return name;
    }

    private static Node addMatrixRow(Graph g, String orgId, String orgIri, int year, Scorecard.MatrixRow row) {
        Node n = uri(scorecardIri(orgId, year) + "/matrix/" + row.code());
        g.add(n, RDF.type.asNode(), MATRIX_RESULT);
        if (row.iri() != null) {
            g.add(n, Vocab.kk("forIndicator"), uri(row.iri()));
        }
        g.add(n, Vocab.kk("forOrganization"), uri(orgIri));
        g.add(n, Vocab.kk("fiscalYear"), integer(year));
        if (row.result() != null) {
            g.add(n, Vocab.kk("value"), decimal(row.result()));
        }
        if (row.base() != null) {
            g.add(n, Vocab.kk("baseValue"), decimal(row.base()));
        }
        if (row.baseYear() != null) {
            g.add(n, Vocab.kk("baseYear"), integer(row.baseYear()));
        }
        if (row.target() != null) {
            g.add(n, Vocab.kk("computedTarget"), decimal(row.target()));
        }
        g.add(n, Vocab.kk("targetRule"), NodeFactory.createLiteralString(row.targetRule()));
        g.add(n, Vocab.kk("targetMet"), bool(row.met()));
        g.add(n, RDFS.label.asNode(), th(row.code() + " ปี " + year + ": " + (row.met() ? "บรรลุค่าเป้าหมาย" : "ไม่บรรลุค่าเป้าหมาย")));
        g.add(n, RDFS.label.asNode(), en(row.code() + " in " + year + ": " + (row.met() ? "target met" : "target not met")));
        return n;
    }

    /** kk:ScoreSourceMeasured … from the JSON word. */
    static String sourceLocalName(String source) {
        return "ScoreSource" + Character.toUpperCase(source.charAt(0)) + source.substring(1);
    }


    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }




    private static Node decimal(BigDecimal v) {
        return NodeFactory.createLiteralDT(v.toPlainString(), XSDDatatype.XSDdecimal);
    }

}
