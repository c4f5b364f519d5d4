package io.podsim.scheduler;

/**
 * Marks a Filter or Score plugin whose answer for a node depends only on the pod and on that node:
 * of the pod, its requests, placement, tolerations, images and GPU request (never its labels or
 * namespace); of the node, its spec and the pods counting against it; nothing else in the cluster
 * and no random draw. Its PreScore, if it has one, does not read the feasible nodes (it may be
 * given none). For such plugins the framework reuses a node's last answer for a pod alike in those
 * fields while the node is unchanged.
 */
public interface NodeLocal {}
