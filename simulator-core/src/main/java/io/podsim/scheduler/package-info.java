/**
 * The scheduling framework modelled on kube-scheduler: extension-point interfaces, statuses, cycle
 * state, profiles, the scheduling queue and the cycle that filters, scores and picks a node.
 */
package io.podsim.scheduler;
