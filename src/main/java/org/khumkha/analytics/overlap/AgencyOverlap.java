package org.khumkha.analytics.overlap;

import java.util.List;

/**
 * How much two agencies overlap. {@code agency} is the evaluated organization when it is one of the pair.
 *
 * @param jaccardFunctions    |F(a) ∩ F(b)| / |F(a) ∪ F(b)| over the functions they perform (0 when both have none)
 * @param jaccardTargetGroups the same over the target groups they serve
 * @param jaccard             the same over functions and target groups together
 * @param stated              whether a kk:Overlap node joins them (the MOU's comparable agencies)
 * @param overlappingFunction the stated overlap's kk:overlappingFunction (Thai), or null
 * @param rationale           the stated overlap's kk:overlapRationale (Thai), or null
 * @param rationaleEn         the same in English, or null
 * @param relation            the kk:Overlap node's IRI, or null
 * @param sharedFunctions     the Thai labels of the functions both perform
 * @param sharedTargetGroups  the Thai labels of the target groups both serve
 */
public record AgencyOverlap(String agency, String agencyLabel, String other, String otherLabel,
                            double jaccardFunctions, double jaccardTargetGroups, double jaccard, boolean stated,
                            String overlappingFunction, String rationale, String rationaleEn, String relation,
                            List<String> sharedFunctions, List<String> sharedTargetGroups) {
    public AgencyOverlap {
        sharedFunctions = List.copyOf(sharedFunctions);
        sharedTargetGroups = List.copyOf(sharedTargetGroups);
    }
}
