package io.podsim.scheduler;

/**
 * Marks a Filter or Score plugin whose answer for a node depends only on the pod and on that node:
 * its spec and the pods counting against it, nothing else in the cluster and no random draw; its
 * PreScore, if it has one, does not read the feasible nodes (it may be given none). For such
 * plugins the framework reuses a node's last answer for an identical pod while the node is
 * unchanged.
 */
public interface NodeLocal {}
