package io.podsim.workloads.scenario;

import java.util.List;
import java.util.Map;

/** The scenario YAML exactly as written; {@link ScenarioLoader} validates it into a {@link Scenario}. */
public record ScenarioFile(
    String name,
    Long seed,
    List<Long> seeds,
    String horizon,
    String startupDelay,
    String sampleInterval,
    List<String> startedWithin,
    String schedulerConfig,
    List<PriorityClassEntry> priorityClasses,
    List<Dataset> datasets,
    Cluster cluster,
    Workload workload,
    List<String> profiles) {

  /** {@code priorityClasses[i]}: a Kubernetes PriorityClass. */
  public record PriorityClassEntry(String name, Integer value, String preemptionPolicy, Boolean globalDefault,
      String description) {}

  /** {@code datasets[i]}: a data set and where its replicas are. */
  public record Dataset(String name, Replicas replicas) {}

  /** Where a data set's replicas sit: on nodes, in racks, in zones. */
  public record Replicas(List<String> nodes, List<String> racks, List<String> zones) {}

  /**
   * Hardware as first-class vocabulary. On a node pool: one GPU model, CPU architecture, disk type
   * and link bandwidth. On a pod: the acceptable GPU models, architectures and disk types, and the
   * bandwidth it needs.
   */
  public record Hardware(Object gpuModel, Object cpuArch, Object diskType, String networkBandwidth) {}

  /** {@code cluster:} the nodes, from pools, a machine list in a trace format and/or Node manifests. */
  public record Cluster(List<NodePool> nodePools, Trace trace, List<String> manifests) {}

  /** {@code cluster.nodePools[i]}: {@code count} identical nodes named {@code <name>-<n>}. */
  public record NodePool(
      String name,
      Integer count,
      Map<String, String> resources,
      Map<String, String> labels,
      List<String> zones,
      List<TaintEntry> taints,
      Boolean unschedulable,
      List<ImageEntry> images,
      List<String> racks,
      Integer racksPerZone,
      Hardware hardware,
      GpuDevices gpus) {}

  /** {@code gpus:} on a node pool: {@code count} GPUs of {@code model} on every node, tracked one by one. */
  public record GpuDevices(Integer count, String model) {}

  /** {@code gpu:} on a pod: {@code count} GPUs with {@code milli} thousandths each (default 1000), of one of {@code models}. */
  public record GpuDemand(Integer count, Integer milli, List<String> models) {}

  /** A container image already on the nodes of a pool, with its size ({@code 500Mi}). */
  public record ImageEntry(String name, String size) {}

  /** A taint as Kubernetes writes it. */
  public record TaintEntry(String key, String value, String effect) {}

  /** A toleration as Kubernetes writes it. */
  public record TolerationEntry(String key, String operator, String value, String effect, Long tolerationSeconds) {}

  /**
   * {@code workload:} inline pods, a trace file, a synthetic generator and Kubernetes manifests,
   * merged by arrival; with {@code fill}, the pool that pods are drawn from to fill the cluster.
   */
  public record Workload(List<InlinePod> pods, Trace trace, Synthetic synthetic, List<String> manifests, Fill fill) {}

  /**
   * {@code workload.fill}: draw the workload's pods with replacement, {@code every} apart and never
   * ending, until their requests of {@code resource} reach {@code share} × the cluster's allocatable.
   */
  public record Fill(String resource, Double share, String every) {}

  /** {@code workload.pods[i]}: {@code count} identical pods. */
  public record InlinePod(
      String name,
      String namespace,
      Integer count,
      String arrival,
      String duration,
      Map<String, String> requests,
      Map<String, String> labels,
      Integer priority,
      String priorityClassName,
      String preemptionPolicy,
      String owner,
      List<TolerationEntry> tolerations,
      String nodeName,
      Map<String, String> nodeSelector,
      KubeFields.Affinity affinity,
      List<KubeFields.TopologySpreadConstraint> topologySpreadConstraints,
      List<KubeFields.HostPort> hostPorts,
      List<String> images,
      Hardware hardware,
      List<String> datasets,
      GpuDemand gpu,
      Map<String, String> overhead) {}

  /**
   * A trace file in a registered format, relative to the scenario; for pods, optionally a time
   * window, a sampled fraction, a time scale, a limit, and an owner for pods the trace leaves bare.
   */
  public record Trace(String format, String path, String start, String end, Double sample, Double timeScale,
      Long limit, Map<String, Double> resourceScale, Boolean skipBadRows, Map<String, String> mapping, String owner,
      String ownerLabel) {}

  /** {@code workload.synthetic}: pods drawn from distributions, bursts on top, and replicated services. */
  public record Synthetic(
      Integer pods,
      Long seed,
      String start,
      Double arrivalRate,
      List<RatePoint> rateCurve,
      DurationDistribution duration,
      List<Shape> shapes,
      List<Burst> bursts,
      List<Service> services) {}

  /**
   * A duration distribution: {@code constant} (value), {@code exponential} (mean), {@code lognormal}
   * (mean, stddev), {@code pareto} (scale: the smallest run time, shape: the tail index) or
   * {@code empirical} (run times drawn from those of a trace's pods).
   */
  public record DurationDistribution(String distribution, String value, String mean, String stddev, String scale,
      Double shape, Trace trace) {}

  /**
   * {@code pods} extra pods arriving uniformly within {@code over} from {@code at}, with shapes drawn
   * as for the base arrivals; repeated {@code times} times, {@code every} apart.
   */
  public record Burst(String at, Integer pods, String over, String every, Integer times) {}

  /**
   * {@code count} replicated services of {@code replicas} pods each, built from {@code pod}: service
   * i arrives whole at {@code at} + i × {@code every}, its pods owned by it and labelled with it.
   */
  public record Service(String name, Integer count, Integer replicas, String at, String every,
      DurationDistribution duration, Shape pod) {}

  /** From {@code at} (time of day) on, pods arrive at {@code rate} per second; the curve repeats daily. */
  public record RatePoint(String at, Double rate) {}

  /** One request shape of a synthetic workload, drawn with probability proportional to weight. */
  public record Shape(
      String name,
      Double weight,
      Map<String, String> requests,
      Map<String, String> labels,
      Integer priority,
      String priorityClassName,
      String preemptionPolicy,
      String owner,
      List<TolerationEntry> tolerations,
      Map<String, String> nodeSelector,
      KubeFields.Affinity affinity,
      List<KubeFields.TopologySpreadConstraint> topologySpreadConstraints,
      List<KubeFields.HostPort> hostPorts,
      List<String> images,
      Hardware hardware,
      List<String> datasets,
      GpuDemand gpu,
      Map<String, String> overhead) {}
}
