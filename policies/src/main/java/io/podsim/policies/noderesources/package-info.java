/** Resource plugins: NodeResourcesFit with its scoring strategies, and NodeResourcesBalancedAllocation. */
package io.podsim.policies.noderesources;
