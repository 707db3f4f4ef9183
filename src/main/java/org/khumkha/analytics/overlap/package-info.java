/**
 * Functional overlap between agencies: Jaccard similarity of the functions they perform and the target groups they
 * serve (the bipartite actor–feature projection), each pair linked to the stated overlap and its rationale if the MOU
 * gives one, and an overlap index for the organization.
 */
package org.khumkha.analytics.overlap;
