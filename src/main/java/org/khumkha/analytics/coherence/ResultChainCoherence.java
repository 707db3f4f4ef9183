package org.khumkha.analytics.coherence;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.MaskSubgraph;
import org.khumkha.analytics.projection.ChainProjection;
import org.khumkha.analytics.projection.ChainProjection.Element;
import org.khumkha.analytics.projection.ChainProjection.Kind;
import org.khumkha.analytics.projection.ChainProjection.Link;
import org.khumkha.analytics.projection.ChainProjection.LinkEdge;
import org.khumkha.analytics.projection.ChainProjection.LinkKind;
import org.khumkha.analytics.projection.NamedNode;

/**
 * Coherence of a result chain (inputs → processes → outputs → outcomes → impacts, the logic model of W. K. Kellogg
 * Foundation's <i>Logic Model Development Guide</i>, 2004) with the organization's mandate and national strategy.
 * Definitions, on the DAG of {@link ChainProjection#dag()} (chain links are kk:leadsTo and its sub-properties):
 * <ul>
 * <li><b>acyclic</b>: the graph of chain, kk:serves and kk:contributesTo links has no cycle (JGraphT's
 * {@link CycleDetector}). <b>forwardOnly</b>: every chain link goes from level n to a level above n;
 * <b>adjacentOnly</b>: to exactly n + 1 (levels are the kk:chainLevel of the element's class).</li>
 * <li>An element is on a <b>complete chain</b> when some plan (process) reaches it by chain links and it reaches, by
 * chain links, an outcome or impact that is kk:measuredBy an indicator (both reflexively: a plan reaching a measured
 * outcome is on a complete chain, and so is that outcome).</li>
 * <li>A mandate element is <b>served by a complete chain</b> when an element on a complete chain kk:serves it
 * (kk:implementsStrategy included), directly or through kk:contributesTo links between mandate elements (a plan
 * serving a goal that contributes to an objective serves the objective; a plan implementing a strategy serves the goals
 * and objectives the strategy contributes to).</li>
 * <li><b>objectiveCoverage</b> (indicator 1.1) = 100 × establishment objectives served by a complete chain / all the
 * organization's establishment objectives. <b>goalOfExistenceCoverage</b>: the same for goals of existence.</li>
 * <li><b>strategyCoverage</b> (indicator 1.2) = 100 × claimed national items reached / claimed national items, where
 * the claimed items are the kk:supportsNationalPlan objects of any of the organization's elements (strategies, plans),
 * and an item is reached when an element on a complete chain, or a mandate element served by a complete chain (the
 * strategy a complete plan implements), kk:supportsNationalPlan it.</li>
 * <li><b>Orphans</b>: inputs that feed nothing; plans that produce no output; outputs that reach no outcome; outcomes
 * with no indicator; outcomes that reach no impact; impacts with no indicator; strategies no complete chain serves.</li>
 * <li><b>Stated and modelled links</b>: each distinct link (chain, serves, contributesTo, measuredBy,
 * supportsNationalPlan) counts once, as stated if any graph asserting it is kk:StatedInMOU, else modelled if any is
 * kk:Modelled, else other; <b>modelledShare</b> = 100 × modelled / (stated + modelled).</li>
 * </ul>
 * A coverage with nothing to cover is 0. Complexity: O(|V| + |E|) for the reachability, O(|V| + |E|) for the cycle test.
 * Computed on the first call to {@link #result()}, cached.
 */
public final class ResultChainCoherence {
    private final ChainProjection chain;
    private Coherence result;

    public ResultChainCoherence(ChainProjection chain) {
        this.chain = Objects.requireNonNull(chain, "chain");
    }

    public Coherence result() {
        if (result == null) {
            result = compute();
        }
        return result;
    }

    private Coherence compute() {
        Graph<String, LinkEdge> dag = chain.dag();
        CycleDetector<String, LinkEdge> cycles = new CycleDetector<>(dag);
        boolean acyclic = !cycles.detectCycles();
        List<String> cycleElements = acyclic ? List.of() : new ArrayList<>(new java.util.TreeSet<>(cycles.findCycles()));

        Graph<String, LinkEdge> leads = new MaskSubgraph<>(dag, v -> false, e -> e.link().kind() != LinkKind.LEADS_TO);
        List<Coherence.LevelIssue> backward = new ArrayList<>();
        List<Coherence.LevelIssue> skipping = new ArrayList<>();
        for (LinkEdge e : leads.edgeSet()) {
            Link l = e.link();
            Integer from = level(l.from()), to = level(l.to());
            if (from == null || to == null) {
                continue;
            }
            Coherence.LevelIssue issue = new Coherence.LevelIssue(l.from(), l.to(), l.property(), from, to);
            if (to <= from) {
                backward.add(issue);
            } else if (to != from + 1) {
                skipping.add(issue);
            }
        }

        Set<String> plans = ids(Kind.PROCESS);
        Set<String> measuredEnds = new LinkedHashSet<>();
        for (Element e : chain.elements().values()) {
            if ((e.kind() == Kind.OUTCOME || e.kind() == Kind.IMPACT) && chain.isMeasured(e.id())) {
                measuredEnds.add(e.id());
            }
        }
        Set<String> fromPlans = reach(leads, plans, true);
        Set<String> toMeasured = reach(leads, measuredEnds, false);
        Set<String> complete = new LinkedHashSet<>(fromPlans);
        complete.retainAll(toMeasured);

        Set<String> servedDirectly = new LinkedHashSet<>();
        for (Link l : chain.links()) {
            if (l.kind() == LinkKind.SERVES && complete.contains(l.from())) {
                servedDirectly.add(l.to());
            }
        }
        Graph<String, LinkEdge> contributes = new MaskSubgraph<>(dag, v -> false, e -> e.link().kind() != LinkKind.CONTRIBUTES_TO);
        Set<String> served = reach(contributes, servedDirectly, true);

        List<NamedNode> objectivesCovered = new ArrayList<>(), objectivesMissed = new ArrayList<>();
        split(chain.ofKind(Kind.OBJECTIVE), served::contains, objectivesCovered, objectivesMissed);
        List<NamedNode> goeCovered = new ArrayList<>(), goeMissed = new ArrayList<>();
        split(chain.ofKind(Kind.GOAL_OF_EXISTENCE), served::contains, goeCovered, goeMissed);

        Set<String> claimed = new LinkedHashSet<>();
        Set<String> reached = new LinkedHashSet<>();
        for (Link l : chain.strategyLinks()) {
            claimed.add(l.to());
            if (complete.contains(l.from()) || served.contains(l.from())) {
                reached.add(l.to());
            }
        }
        List<NamedNode> itemsClaimed = new ArrayList<>(), itemsReached = new ArrayList<>(), itemsMissed = new ArrayList<>();
        for (String item : claimed) {
            NamedNode node = chain.nationalItem(item);
            itemsClaimed.add(node);
            (reached.contains(item) ? itemsReached : itemsMissed).add(node);
        }

        Coherence.Orphans orphans = new Coherence.Orphans(
                named(Kind.INPUT, e -> Graphs.successorListOf(leads, e.id()).isEmpty()),
                named(Kind.PROCESS, e -> Graphs.successorListOf(leads, e.id()).stream().noneMatch(ofKind(Kind.OUTPUT))),
                named(Kind.OUTPUT, e -> reach(leads, Set.of(e.id()), true).stream().noneMatch(ofKind(Kind.OUTCOME))),
                named(Kind.OUTCOME, e -> !chain.isMeasured(e.id())),
                named(Kind.OUTCOME, e -> reach(leads, Set.of(e.id()), true).stream().noneMatch(ofKind(Kind.IMPACT))),
                named(Kind.IMPACT, e -> !chain.isMeasured(e.id())),
                named(Kind.STRATEGY, e -> !served.contains(e.id())));

        int stated = 0, modelled = 0, other = 0;
        List<Link> all = new ArrayList<>(chain.links());
        all.addAll(chain.strategyLinks());
        for (Link l : all) {
            switch (l.source()) {
                case STATED -> stated++;
                case MODELLED -> modelled++;
                default -> other++;
            }
        }

        return new Coherence(acyclic, backward.isEmpty(), backward.isEmpty() && skipping.isEmpty(),
                percent(objectivesCovered.size(), chain.ofKind(Kind.OBJECTIVE).size()),
                percent(goeCovered.size(), chain.ofKind(Kind.GOAL_OF_EXISTENCE).size()),
                percent(itemsReached.size(), itemsClaimed.size()),
                List.copyOf(objectivesCovered), List.copyOf(objectivesMissed),
                List.copyOf(goeCovered), List.copyOf(goeMissed),
                List.copyOf(itemsClaimed), List.copyOf(itemsReached), List.copyOf(itemsMissed),
                orphans, stated, modelled, other, percent(modelled, stated + modelled),
                complete.size(), List.copyOf(cycleElements), List.copyOf(backward), List.copyOf(skipping));
    }

    /** 100 × part / whole, 0 when the whole is empty. */
    static double percent(int part, int whole) {
        return whole == 0 ? 0.0 : 100.0 * part / whole;
    }

    private Integer level(String id) {
        Element e = chain.elements().get(id);
        return e == null ? null : e.level();
    }

    private Set<String> ids(Kind kind) {
        Set<String> out = new LinkedHashSet<>();
        chain.ofKind(kind).forEach(e -> out.add(e.id()));
        return out;
    }

    private Predicate<String> ofKind(Kind kind) {
        return id -> {
            Element e = chain.elements().get(id);
            return e != null && e.kind() == kind;
        };
    }

    private List<NamedNode> named(Kind kind, Predicate<Element> orphan) {
        return chain.ofKind(kind).stream().filter(orphan).map(Element::named).toList();
    }

    private static void split(List<Element> elements, Predicate<String> covered, List<NamedNode> yes, List<NamedNode> no) {
        for (Element e : elements) {
            (covered.test(e.id()) ? yes : no).add(e.named());
        }
    }

    /** Vertices reachable from {@code start} (start included), along edges forwards or backwards. */
    static <E> Set<String> reach(Graph<String, E> graph, Collection<String> start, boolean forwards) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String s : start) {
            if (graph.containsVertex(s) && seen.add(s)) {
                queue.add(s);
            }
        }
        while (!queue.isEmpty()) {
            String v = queue.poll();
            for (String w : forwards ? Graphs.successorListOf(graph, v) : Graphs.predecessorListOf(graph, v)) {
                if (seen.add(w)) {
                    queue.add(w);
                }
            }
        }
        return seen;
    }
}
