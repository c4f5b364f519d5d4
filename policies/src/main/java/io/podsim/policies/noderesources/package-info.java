/** Resource plugins: NodeResourcesFit with its scoring strategies, and BalancedAllocation. */
package io.podsim.policies.noderesources;
