/** NodeAffinity: nodeSelector and required and preferred node affinity. */
package io.podsim.policies.nodeaffinity;
