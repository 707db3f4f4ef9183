package org.khumkha.analytics.coherence;

import java.util.List;

import org.khumkha.analytics.projection.NamedNode;

/**
 * The coherence of an organization's result chain; definitions in {@link ResultChainCoherence}. Coverages are
 * percentages (0-100).
 *
 * @param acyclic                  no cycle in the graph of chain, serves and contributesTo links
 * @param forwardOnly              every kk:leadsTo link goes to a higher chain level
 * @param adjacentOnly             every kk:leadsTo link goes exactly one level up (input → process → output → outcome → impact)
 * @param objectiveCoverage        % of establishment objectives served by a complete chain (indicator 1.1)
 * @param goalOfExistenceCoverage  % of goals of existence served by a complete chain
 * @param strategyCoverage         % of claimed national-strategy items reached by a complete chain (indicator 1.2)
 * @param strategyItemsClaimed     national items the organization's strategies or plans claim to support
 * @param statedLinks              links stated in the MOU (kk:StatedInMOU graphs)
 * @param modelledLinks            links only in modelled graphs
 * @param otherLinks               links only in graphs of other provenance (reference data, computed …)
 * @param modelledShare            % of stated-or-modelled links that are modelled
 * @param completeChainElements    number of elements on some path from a plan to a measured outcome or impact
 * @param cycleElements            elements on a cycle (empty when acyclic)
 * @param backwardLinks            kk:leadsTo links that do not go up a level
 * @param nonAdjacentLinks         kk:leadsTo links that skip a level
 */
public record Coherence(boolean acyclic, boolean forwardOnly, boolean adjacentOnly,
                        double objectiveCoverage, double goalOfExistenceCoverage, double strategyCoverage,
                        List<NamedNode> objectivesCovered, List<NamedNode> objectivesMissed,
                        List<NamedNode> goalsOfExistenceCovered, List<NamedNode> goalsOfExistenceMissed,
                        List<NamedNode> strategyItemsClaimed, List<NamedNode> strategyItemsReached,
                        List<NamedNode> strategyItemsMissed,
                        Orphans orphans,
                        int statedLinks, int modelledLinks, int otherLinks, double modelledShare,
                        int completeChainElements, List<String> cycleElements,
                        List<LevelIssue> backwardLinks, List<LevelIssue> nonAdjacentLinks) {

    /** Chain elements that lead nowhere useful. */
    public record Orphans(List<NamedNode> inputsWithoutProcess, List<NamedNode> plansWithoutOutput,
                          List<NamedNode> outputsWithoutOutcome, List<NamedNode> outcomesWithoutIndicator,
                          List<NamedNode> outcomesWithoutImpact, List<NamedNode> impactsWithoutIndicator,
                          List<NamedNode> strategiesWithoutPlan) {
        /** Whether there is no orphan of any kind. */
        public boolean none() {
            return inputsWithoutProcess.isEmpty() && plansWithoutOutput.isEmpty() && outputsWithoutOutcome.isEmpty()
                    && outcomesWithoutIndicator.isEmpty() && outcomesWithoutImpact.isEmpty()
                    && impactsWithoutIndicator.isEmpty() && strategiesWithoutPlan.isEmpty();
        }

        public int count() {
            return inputsWithoutProcess.size() + plansWithoutOutput.size() + outputsWithoutOutcome.size()
                    + outcomesWithoutIndicator.size() + outcomesWithoutImpact.size() + impactsWithoutIndicator.size()
                    + strategiesWithoutPlan.size();
        }
    }

    /** A chain link whose levels are wrong. */
    public record LevelIssue(String from, String to, String property, Integer fromLevel, Integer toLevel) {}
}
