package org.khumkha.analytics;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.khumkha.analytics.AnalysisResult.ActorMeasures;
import org.khumkha.analytics.AnalysisResult.BrokerageRoles;
import org.khumkha.analytics.coherence.Coherence;
import org.khumkha.analytics.overlap.AgencyOverlap;
import org.khumkha.analytics.projection.NamedNode;
import org.khumkha.graph.Vocab;

/** The analysis as text for people: aligned tables (Thai combining marks take no column), then the findings. */
final class TextReport {
    private final PrintWriter out;

    TextReport(PrintWriter out) {
        this.out = out;
    }

    void write(AnalysisResult r) {
        out.printf("Ecosystem of %s: %d actors, %d relations, %d ties (ผู้มีส่วนร่วมในระบบนิเวศ)%n%n", r.orgId(),
                r.run().actorCount(), r.run().relationCount(), r.run().tieCount());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"actor", "sector", "deg", "w.deg", "betweenness", "norm", "closeness", "pagerank",
                "comm", "constraint", "eff.size", "brokerage co/it/ga/re/li"});
        for (ActorMeasures a : r.actors()) {
            BrokerageRoles b = a.brokerageRoles();
            rows.add(new String[] {a.label(), a.sector() == null ? "" : Vocab.PREFIXES.shortForm(a.sector()).replace("ref:sector-", ""),
                    Integer.toString(a.degree()), num(a.weightedDegree(), 1), num(a.betweenness(), 2),
                    num(a.betweennessNormalized(), 3), num(a.closeness(), 3), num(a.pageRank(), 3),
                    Integer.toString(a.community()), a.constraint() == null ? "-" : num(a.constraint(), 3),
                    num(a.effectiveSize(), 2),
                    b.coordinator() + "/" + b.itinerant() + "/" + b.gatekeeper() + "/" + b.representative() + "/" + b.liaison()});
        }
        table(rows);

        var in = r.integrator();
        out.printf("%nIntegrator (ผู้บูรณาการระบบ): %s %s the highest betweenness (rank %d of %d, normalised %.3f)%n",
                in.label(), in.hasHighestBetweenness() ? "has" : "does NOT have", in.betweennessRank(),
                r.actors().size(), in.betweennessNormalized());
        if (!in.statedRoles().isEmpty()) {
            out.printf("  stated roles: %s%n", String.join("; ", in.statedRoles()));
        }

        out.printf("%nOverlap with other agencies (ความซ้ำซ้อน): overlap index %.3f%n%n", r.overlapIndex());
        rows = new ArrayList<>();
        rows.add(new String[] {"agency", "other", "J(functions)", "J(target groups)", "J", "stated", "rationale"});
        for (AgencyOverlap o : r.overlaps()) {
            rows.add(new String[] {o.agencyLabel(), o.otherLabel(), num(o.jaccardFunctions(), 3),
                    num(o.jaccardTargetGroups(), 3), num(o.jaccard(), 3), o.stated() ? "yes" : "",
                    o.rationale() == null ? "" : shorten(o.rationale(), 60)});
        }
        table(rows);

        Coherence c = r.coherence();
        out.printf("%nResult-chain coherence (ความสอดคล้องของห่วงโซ่ผลการดำเนินงาน)%n");
        out.printf("  acyclic %s, forward only %s, adjacent levels only %s; %d elements on a complete chain%n",
                yes(c.acyclic()), yes(c.forwardOnly()), yes(c.adjacentOnly()), c.completeChainElements());
        coverage("objective coverage (1.1)", c.objectiveCoverage(), c.objectivesCovered(), c.objectivesMissed());
        coverage("goal-of-existence coverage", c.goalOfExistenceCoverage(), c.goalsOfExistenceCovered(), c.goalsOfExistenceMissed());
        coverage("strategy coverage (1.2)", c.strategyCoverage(), c.strategyItemsReached(), c.strategyItemsMissed());
        out.printf("  links: %d stated, %d modelled (%.1f %% modelled)%n", c.statedLinks(), c.modelledLinks(), c.modelledShare());
        Coherence.Orphans o = c.orphans();
        orphans("inputs feeding nothing", o.inputsWithoutProcess());
        orphans("plans without output", o.plansWithoutOutput());
        orphans("outputs reaching no outcome", o.outputsWithoutOutcome());
        orphans("outcomes without indicator", o.outcomesWithoutIndicator());
        orphans("outcomes reaching no impact", o.outcomesWithoutImpact());
        orphans("impacts without indicator", o.impactsWithoutIndicator());
        orphans("strategies no complete chain implements", o.strategiesWithoutPlan());
        if (o.none()) {
            out.println("  no orphan elements");
        }
        out.flush();
    }

    private void coverage(String name, double percent, List<NamedNode> covered, List<NamedNode> missed) {
        out.printf("  %s: %.1f %% (%d of %d)%n", name, percent, covered.size(), covered.size() + missed.size());
        for (NamedNode m : missed) {
            out.printf("      missed: %s%n", shorten(m.label(), 90));
        }
    }

    private void orphans(String name, List<NamedNode> nodes) {
        if (!nodes.isEmpty()) {
            out.printf("  %s: %s%n", name, String.join("; ", nodes.stream().map(n -> shorten(n.label(), 60)).toList()));
        }
    }

    private void table(List<String[]> rows) {
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], width(row[i]));
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < width.length; i++) {
                String cell = rows.get(r)[i];
                sb.append(i == 0 ? "" : " | ").append(cell).append(" ".repeat(width[i] - width(cell)));
            }
            out.println(sb.toString().stripTrailing());
            if (r == 0) {
                StringBuilder rule = new StringBuilder();
                for (int i = 0; i < width.length; i++) {
                    rule.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
                }
                out.println(rule);
            }
        }
    }

    private static String num(double v, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", v);
    }

    private static String yes(boolean b) {
        return b ? "yes" : "NO";
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** Columns a string takes: Thai vowel and tone marks above and below the line take none. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            int type = Character.getType(s.charAt(i));
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                w++;
            }
        }
        return w;
    }
}
