/** DefaultPreemption: evicting lower-priority pods to make room, as kube-scheduler does. */
package io.podsim.policies.defaultpreemption;
