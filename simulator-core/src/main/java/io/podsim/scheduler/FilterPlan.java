package io.podsim.scheduler;

/**
 * How a cycle's filters run: per node from kept answers (node-local ones), or once per group of
 * nodes sharing a label value ({@link LabelUniform} ones, all after the per-node ones and on one
 * label, {@code groupKey}). {@code allPerNode}: every filter that runs answers per node, so the
 * scan may reuse whole verdicts. The tree may be used only when every filter that runs is one or the other.
 */
record FilterPlan(boolean[] perNode, boolean[] perGroup, String groupKey, boolean allPerNode, boolean treeAllowed) {}
