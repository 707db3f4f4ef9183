package org.khumkha.analytics;

import static org.khumkha.graph.Literals.bool;
import static org.khumkha.graph.Literals.dateTime;
import static org.khumkha.graph.Literals.en;
import static org.khumkha.graph.Literals.integer;
import static org.khumkha.graph.Literals.th;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.khumkha.analytics.AnalysisResult.ActorMeasures;
import org.khumkha.analytics.AnalysisResult.AlgorithmUse;
import org.khumkha.analytics.AnalysisResult.BrokerageRoles;
import org.khumkha.analytics.brokerage.BrokerageRole;
import org.khumkha.analytics.coherence.Coherence;
import org.khumkha.analytics.overlap.AgencyOverlap;
import org.khumkha.analytics.projection.NamedNode;
import org.khumkha.graph.Vocab;

/**
 * Turns an {@link AnalysisResult} into the triples of {@code g:analysis/<orgId>}, in the terms of
 * {@code ontology/khumkha-analytics.ttl}. The graph describes itself (kk:SourceGraph, kk:provenance kk:Computed,
 * kk:about the organization, prov:wasGeneratedBy the kk:AnalysisRun). Actor measures sit on a kk:ActorMeasure node
 * (kk:actor, kk:inRun) and again directly on the actor's IRI, so that {@code SELECT ?a ?b { ?a kk:betweenness ?b }}
 * works; overlap Jaccard values sit on a kk:OverlapMeasure node and on the stated kk:Overlap node it concerns;
 * coherence values on a kk:CoherenceMeasure node and on the organization. Nodes are named under
 * {@code <id:orgId/analysis/…>} and are the same from run to run (the graph is replaced whole).
 */
final class AnalysisGraphWriter {
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String DCT = "http://purl.org/dc/terms/";
    private static final int DECIMAL_PLACES = 6;

    private final AnalysisResult result;
    private final Graph graph = GraphFactory.createDefaultGraph();
    private final String base;

    AnalysisGraphWriter(AnalysisResult result) {
        this.result = result;
        this.base = Vocab.ID + result.orgId() + "/analysis/";
    }

    Graph graph() {
        if (graph.isEmpty()) {
            write();
        }
        return graph;
    }

    private void write() {
        Node org = iri(result.organization());
        Node self = AnalysisService.analysisGraphName(result.orgId());
        Node run = iri(base + "run");
        add(self, RDF.type.asNode(), kk("SourceGraph"));
        add(self, kk("provenance"), kk("Computed"));
        add(self, kk("about"), org);
        add(self, iri(PROV + "wasGeneratedBy"), run);
        add(self, RDFS.label.asNode(), th("ผลการวิเคราะห์กราฟระบบนิเวศและห่วงโซ่ผลการดำเนินงาน (" + result.orgId() + ")"));
        add(self, RDFS.label.asNode(), en("Graph analysis of the ecosystem and result chain (" + result.orgId() + ")"));

        add(run, RDF.type.asNode(), kk("AnalysisRun"));
        add(run, kk("about"), org);
        add(run, RDFS.label.asNode(), th("การวิเคราะห์กราฟ " + result.orgId() + " เมื่อ " + result.run().startedAt()));
        add(run, RDFS.label.asNode(), en("Graph analysis of " + result.orgId() + " at " + result.run().startedAt()));
        add(run, iri(PROV + "startedAtTime"), dateTime(result.run().startedAt()));
        add(run, iri(PROV + "endedAtTime"), dateTime(result.run().endedAt()));
        add(run, kk("analysedSource"), NodeFactory.createLiteralString(result.run().source()));
        add(run, kk("actorCount"), integer(result.run().actorCount()));
        add(run, kk("relationCount"), integer(result.run().relationCount()));
        add(run, kk("tieCount"), integer(result.run().tieCount()));
        add(run, kk("chainElementCount"), integer(result.run().chainElementCount()));
        add(run, kk("chainLinkCount"), integer(result.run().chainLinkCount()));
        for (AlgorithmUse a : result.run().algorithms()) {
            Node use = iri(base + "algorithm/" + a.measure());
            add(run, kk("usedAlgorithm"), use);
            add(use, RDF.type.asNode(), kk("AlgorithmUse"));
            add(use, kk("forMeasure"), NodeFactory.createLiteralString(a.measure()));
            add(use, kk("algorithmName"), NodeFactory.createLiteralString(a.algorithm()));
            add(use, iri(DCT + "bibliographicCitation"), NodeFactory.createLiteralString(a.reference()));
            for (Map.Entry<String, String> p : a.parameters().entrySet()) {
                Node param = iri(base + "algorithm/" + a.measure() + "/" + p.getKey());
                add(use, kk("parameter"), param);
                add(param, RDF.type.asNode(), kk("AlgorithmParameter"));
                add(param, kk("parameterName"), NodeFactory.createLiteralString(p.getKey()));
                add(param, kk("parameterValue"), NodeFactory.createLiteralString(p.getValue()));
            }
        }

        // competition rank by betweenness (1 + actors scoring higher), so that "the top five" is five lookups
        double[] scores = result.actors().stream().mapToDouble(ActorMeasures::betweenness).sorted().toArray();
        for (ActorMeasures a : result.actors()) {
            Node actor = iri(a.id());
            Node measure = iri(base + "actor/" + slug(a.id()));
            add(measure, RDF.type.asNode(), kk("ActorMeasure"));
            add(measure, kk("actor"), actor);
            add(measure, kk("inRun"), run);
            add(measure, kk("betweennessRank"), integer(1 + higherThan(scores, a.betweenness())));
            for (Node subject : List.of(measure, actor)) {
                add(subject, kk("degree"), integer(a.degree()));
                add(subject, kk("weightedDegree"), decimal(a.weightedDegree()));
                add(subject, kk("betweenness"), decimal(a.betweenness()));
                add(subject, kk("betweennessNormalized"), decimal(a.betweennessNormalized()));
                add(subject, kk("closeness"), decimal(a.closeness()));
                add(subject, kk("pageRank"), decimal(a.pageRank()));
                add(subject, kk("community"), integer(a.community()));
                if (a.constraint() != null) {
                    add(subject, kk("constraint"), decimal(a.constraint()));
                }
                add(subject, kk("effectiveSize"), decimal(a.effectiveSize()));
            }
            BrokerageRoles roles = a.brokerageRoles();
            for (BrokerageRole role : BrokerageRole.values()) {
                Node score = iri(base + "actor/" + slug(a.id()) + "/" + role.key());
                add(measure, kk("brokerage"), score);
                add(score, RDF.type.asNode(), kk("BrokerageScore"));
                add(score, kk("brokerageRole"), kk(role.localName()));
                add(score, kk("brokerageCount"), integer(roles.count(role)));
                if (roles.count(role) > 0) {
                    add(actor, kk("brokerageRole"), kk(role.localName()));
                }
            }
        }

        Node orgMeasure = iri(base + "organization");
        add(orgMeasure, RDF.type.asNode(), kk("CoherenceMeasure"));
        add(orgMeasure, kk("inRun"), run);
        add(orgMeasure, kk("about"), org);
        for (Node subject : List.of(orgMeasure, org)) {
            add(subject, kk("overlapIndex"), decimal(result.overlapIndex()));
            add(subject, kk("hasHighestBetweenness"), bool(result.integrator().hasHighestBetweenness()));
            add(subject, kk("betweennessRank"), integer(result.integrator().betweennessRank()));
            coherence(subject, result.coherence());
        }
        coherenceLists(orgMeasure, result.coherence());

        for (AgencyOverlap o : result.overlaps()) {
            Node node = iri(base + "overlap/" + slug(o.agency()) + "--" + slug(o.other()));
            add(node, RDF.type.asNode(), kk("OverlapMeasure"));
            add(node, kk("inRun"), run);
            add(node, kk("agency"), iri(o.agency()));
            add(node, kk("otherAgency"), iri(o.other()));
            add(node, kk("statedOverlap"), bool(o.stated()));
            List<Node> subjects = o.relation() == null ? List.of(node) : List.of(node, iri(o.relation()));
            for (Node subject : subjects) {
                add(subject, kk("jaccard"), decimal(o.jaccard()));
                add(subject, kk("jaccardFunctions"), decimal(o.jaccardFunctions()));
                add(subject, kk("jaccardTargetGroups"), decimal(o.jaccardTargetGroups()));
            }
            if (o.relation() != null) {
                add(node, kk("forRelation"), iri(o.relation()));
            }
        }
    }

    private void coherence(Node subject, Coherence c) {
        add(subject, kk("objectiveCoverage"), decimal(c.objectiveCoverage()));
        add(subject, kk("goalOfExistenceCoverage"), decimal(c.goalOfExistenceCoverage()));
        add(subject, kk("strategyCoverage"), decimal(c.strategyCoverage()));
        add(subject, kk("chainAcyclic"), bool(c.acyclic()));
        add(subject, kk("chainForwardOnly"), bool(c.forwardOnly()));
        add(subject, kk("chainAdjacentOnly"), bool(c.adjacentOnly()));
        add(subject, kk("statedLinkCount"), integer(c.statedLinks()));
        add(subject, kk("modelledLinkCount"), integer(c.modelledLinks()));
        add(subject, kk("modelledShare"), decimal(c.modelledShare()));
        add(subject, kk("orphanCount"), integer(c.orphans().count()));
    }

    private void coherenceLists(Node subject, Coherence c) {
        each(subject, "coveredObjective", c.objectivesCovered());
        each(subject, "missedObjective", c.objectivesMissed());
        each(subject, "coveredGoalOfExistence", c.goalsOfExistenceCovered());
        each(subject, "missedGoalOfExistence", c.goalsOfExistenceMissed());
        each(subject, "claimedStrategyItem", c.strategyItemsClaimed());
        each(subject, "reachedStrategyItem", c.strategyItemsReached());
        each(subject, "missedStrategyItem", c.strategyItemsMissed());
        Coherence.Orphans o = c.orphans();
        orphans(subject, "inputWithoutProcess", o.inputsWithoutProcess());
        orphans(subject, "planWithoutOutput", o.plansWithoutOutput());
        orphans(subject, "outputWithoutOutcome", o.outputsWithoutOutcome());
        orphans(subject, "outcomeWithoutIndicator", o.outcomesWithoutIndicator());
        orphans(subject, "outcomeWithoutImpact", o.outcomesWithoutImpact());
        orphans(subject, "impactWithoutIndicator", o.impactsWithoutIndicator());
        orphans(subject, "strategyWithoutPlan", o.strategiesWithoutPlan());
    }

    private void each(Node subject, String property, List<NamedNode> nodes) {
        nodes.forEach(n -> add(subject, kk(property), iri(n.id())));
    }

    private void orphans(Node subject, String kind, List<NamedNode> nodes) {
        for (NamedNode n : nodes) {
            Node finding = iri(base + "orphan/" + kind + "/" + slug(n.id()));
            add(subject, kk("orphan"), finding);
            add(finding, RDF.type.asNode(), kk("OrphanFinding"));
            add(finding, kk("orphanKind"), NodeFactory.createLiteralString(kind));
            add(finding, kk("element"), iri(n.id()));
        }
    }

    /** The part of an IRI after {@code id:}, with slashes as dashes; other IRIs by their hash. */
    static String slug(String iri) {
        if (iri.startsWith(Vocab.ID)) {
            return iri.substring(Vocab.ID.length()).replace('/', '-').replaceAll("[^A-Za-z0-9_.-]", "_");
        }
        return "x" + Integer.toHexString(iri.hashCode());
    }

    private void add(Node s, Node p, Node o) {
        graph.add(Triple.create(s, p, o));
    }

    private static Node kk(String local) {
        return Vocab.kk(local);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }






    /** A decimal rounded to {@value #DECIMAL_PLACES} places, trailing zeros dropped (xsd:decimal compares with numbers in SPARQL). */
    static Node decimal(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("not a finite number: " + v);
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(DECIMAL_PLACES, RoundingMode.HALF_UP).stripTrailingZeros();
        String lexical = d.toPlainString();
        if (!lexical.contains(".")) {
            lexical = lexical + ".0";
        }
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal);
    }

    /** How many of the ascending {@code sorted} scores exceed {@code score} by more than rounding (as the integrator test). */
    private static int higherThan(double[] sorted, double score) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] > score + 1e-12) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return sorted.length - lo;
    }
}
