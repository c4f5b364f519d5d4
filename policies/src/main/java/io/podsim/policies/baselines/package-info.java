/** Simple baseline scorers for research comparisons: first fit and a dot-product packer. */
package io.podsim.policies.baselines;
