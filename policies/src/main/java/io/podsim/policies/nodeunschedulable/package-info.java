/** NodeUnschedulable: cordoned nodes take no new pods. */
package io.podsim.policies.nodeunschedulable;
