package io.podsim.scheduler;

import java.util.List;

/**
 * One cycle's search: the filters PreFilter disabled, how the filters run ({@link FilterPlan}, null
 * for a plain scan), the searches to try in order, why the policy chose them, and the diagnosis
 * the scan fills when no node fits.
 */
record SearchCycle(boolean[] skipFilter, FilterPlan plan, List<NodeSearch> searches, SearchPolicy.Why why,
    Diagnosis diagnosis) {}
