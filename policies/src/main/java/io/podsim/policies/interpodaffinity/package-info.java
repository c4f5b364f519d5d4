/** InterPodAffinity: pod affinity and anti-affinity, including existing pods' anti-affinity. */
package io.podsim.policies.interpodaffinity;
