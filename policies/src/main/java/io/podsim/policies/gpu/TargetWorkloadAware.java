package io.podsim.policies.gpu;

/** A plugin that measures against the run's target workload, which the run gives it before scheduling starts. */
public interface TargetWorkloadAware {
  void useTargetWorkload(TargetWorkload target);
}
