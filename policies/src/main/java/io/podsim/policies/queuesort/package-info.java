/** QueueSort plugins: the order pending pods are scheduled in. */
package io.podsim.policies.queuesort;
