/**
 * Device-level GPU scheduling: the GpuFit filter and the GPU policies compared in "Beware of
 * Fragmentation" (Weng et al., USENIX ATC '23) — random, dot product, GPU clustering, GPU packing,
 * best fit and fragmentation gradient descent (FGD) — with their GPU selection rules, ported from
 * the behaviour of the paper's public simulator.
 */
package io.podsim.policies.gpu;
