package io.podsim.cluster;

import io.podsim.model.GpuRequest;
import io.podsim.model.NodeSpec;
import io.podsim.model.ResourceSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Nodes and their allocations, held as arrays indexed by node number (one array per resource) so
 * that filter and score loops read primitives and allocate nothing. A node's GPUs (its
 * {@code nvidia.com/gpu} allocatable) are also tracked one by one, as thousandths left on each; a
 * GPU that pods with GPU requests use counts as one {@code nvidia.com/gpu} requested.
 */
public final class ClusterState {
  /** CPU assumed for a pod that requests none, when scoring (as kube-scheduler). */
  public static final long DEFAULT_MILLI_CPU_REQUEST = 100;
  /** Memory assumed for a pod that requests none, when scoring (as kube-scheduler). */
  public static final long DEFAULT_MEMORY_REQUEST = 200L * 1024 * 1024;

  private final ResourceSchema schema;
  private final List<NodeSpec> nodes = new ArrayList<>();
  private final Map<String, Integer> nodeIndexByName = new HashMap<>();
  private final List<List<Pod>> podsOnNode = new ArrayList<>();
  private final List<List<Pod>> podsOnNodeView = new ArrayList<>();
  private final Nominations nominations = new Nominations();
  private long[][] allocatable;
  private long[][] requested;
  private long[] nonZeroCpu;
  private long[] nonZeroMemory;
  private boolean[] cordoned;
  private long[] versions;
  private final long[] totalAllocatable;
  private final long[] totalRequested;
  private int nodesInUse;
  private int podsWithAffinity;
  /** Per label key asked for, the nodes' domains of it; dropped when a node is added. */
  private final Map<String, LabelDomains> domainsByKey = new HashMap<>();
  /** Pods counting against nodes, per namespace: a namespace without any needs no scan of the nodes. */
  private final Map<String, int[]> podsPerNamespace = new HashMap<>();
  private final GpuDeviceState gpus = new GpuDeviceState();
  private final int gpuCountResource;
  private final List<PlacementListener> placementListeners = new ArrayList<>();

  /** Told of every pod that starts or stops counting against a node, what-if evaluations included. */
  @FunctionalInterface
  public interface PlacementListener {
    /** {@code sign} is +1 when the pod now counts against the node, −1 when it no longer does. */
    void placementChanged(Pod pod, int node, int sign);
  }

  public ClusterState(ResourceSchema schema) {
    this.schema = schema;
    int capacity = 16;
    allocatable = new long[schema.size()][capacity];
    requested = new long[schema.size()][capacity];
    nonZeroCpu = new long[capacity];
    nonZeroMemory = new long[capacity];
    cordoned = new boolean[capacity];
    versions = new long[capacity];
    totalAllocatable = new long[schema.size()];
    totalRequested = new long[schema.size()];
    gpuCountResource = schema.names().contains(GpuRequest.COUNT_RESOURCE) ? schema.indexOf(GpuRequest.COUNT_RESOURCE) : -1;
  }

  public ResourceSchema schema() {
    return schema;
  }

  /** Adds a node and returns its index. */
  public int addNode(NodeSpec node) {
    int index = nodes.size();
    if (index == cordoned.length) {
      grow(index * 2);
    }
    nodes.add(node);
    nodeIndexByName.putIfAbsent(node.name(), index);
    domainsByKey.clear();
    List<Pod> pods = new ArrayList<>();
    podsOnNode.add(pods);
    podsOnNodeView.add(Collections.unmodifiableList(pods));
    nominations.addNode();
    for (int r = 0; r < schema.size(); r++) {
      allocatable[r][index] = node.allocatable().get(r);
      totalAllocatable[r] += allocatable[r][index];
    }
    cordoned[index] = node.unschedulable();
    gpus.addNode(index, gpuCountResource < 0 ? 0 : (int) allocatable[gpuCountResource][index]);
    return index;
  }

  private void grow(int capacity) {
    for (int r = 0; r < schema.size(); r++) {
      allocatable[r] = Arrays.copyOf(allocatable[r], capacity);
      requested[r] = Arrays.copyOf(requested[r], capacity);
    }
    nonZeroCpu = Arrays.copyOf(nonZeroCpu, capacity);
    nonZeroMemory = Arrays.copyOf(nonZeroMemory, capacity);
    cordoned = Arrays.copyOf(cordoned, capacity);
    versions = Arrays.copyOf(versions, capacity);
  }

  /** The nodes' domains of a label key (topology domains), read from their labels once. */
  public LabelDomains domains(String key) {
    return domainsByKey.computeIfAbsent(key, k -> LabelDomains.of(nodes, k));
  }

  public int nodeCount() {
    return nodes.size();
  }

  /** The index of the node of that name, or -1. */
  public int nodeIndex(String name) {
    Integer index = nodeIndexByName.get(name);
    return index == null ? -1 : index;
  }

  /** Records that the kubelet refused a pod bound by name: it fails with that reason, counting against nothing. */
  public void rejectAtAdmission(Pod pod, long time, String reason, String message) {
    if (pod.phase() != PodPhase.PENDING) {
      throw new IllegalStateException("pod " + pod.spec().name() + " is " + pod.phase());
    }
    pod.rejected(time, reason, message);
  }

  public NodeSpec node(int index) {
    return nodes.get(index);
  }

  public long allocatable(int resource, int node) {
    return allocatable[resource][node];
  }

  /** Sum of requests of the pods on the node; for {@code pods}, the number of pods. */
  public long requested(int resource, int node) {
    return requested[resource][node];
  }

  /** Requested CPU counting pods without a CPU request as {@link #DEFAULT_MILLI_CPU_REQUEST}. */
  public long nonZeroRequestedCpu(int node) {
    return nonZeroCpu[node];
  }

  /** Requested memory counting pods without a memory request as {@link #DEFAULT_MEMORY_REQUEST}. */
  public long nonZeroRequestedMemory(int node) {
    return nonZeroMemory[node];
  }

  /**
   * A fingerprint of the pods counting against the node (the sum of their 64-bit keys): equal
   * versions mean the same pods, so a what-if move that was undone leaves it as it was.
   */
  public long version(int node) {
    return versions[node];
  }

  /** True when the node is cordoned ({@code spec.unschedulable}). */
  public boolean isCordoned(int node) {
    return cordoned[node];
  }

  public long totalAllocatable(int resource) {
    return totalAllocatable[resource];
  }

  public long totalRequested(int resource) {
    return totalRequested[resource];
  }

  /** Nodes with at least one pod bound. */
  public int nodesInUse() {
    return nodesInUse;
  }

  /** The pods bound to the node, in bind order. */
  public List<Pod> podsOn(int node) {
    return podsOnNodeView.get(node);
  }

  /** True when some pending pod is nominated to the node (the cheap check on the filter path). */
  public boolean hasNominations(int node) {
    return nominations.any(node);
  }

  /** Pending pods nominated to some node. */
  public int nominatedPodCount() {
    return nominations.count();
  }

  /** Pending pods that preemption nominated to run on the node. */
  public List<Pod> nominatedOn(int node) {
    return nominations.on(node);
  }

  /** Binds a pod that asks for no GPU to the node: its requests count against the node from now on. */
  public void bind(Pod pod, int node, long time) {
    bind(pod, node, new int[0], time);
  }

  /** Binds the pod to the node and to the given GPUs of it (one index per GPU the pod asks for). */
  public void bind(Pod pod, int node, int[] gpuDevices, long time) {
    if (pod.phase() != PodPhase.PENDING) {
      throw new IllegalStateException("pod " + pod.spec().name() + " is " + pod.phase());
    }
    if (gpuDevices.length != pod.spec().gpu().count()) {
      throw new IllegalStateException("pod " + pod.spec().name() + " asks for " + pod.spec().gpu().count()
          + " GPUs, was given " + gpuDevices.length);
    }
    nominate(pod, -1);
    pod.bind(node, time);
    pod.assignGpuDevices(gpuDevices);
    attach(pod, node);
  }

  /** Registers an index that follows placements (for example per-domain counts a plugin keeps up to date). */
  public void addPlacementListener(PlacementListener listener) {
    placementListeners.add(listener);
  }

  /** GPUs on the node. */
  public int gpuCount(int node) {
    return gpus.count(node);
  }

  /** Thousandths left on one GPU of the node. */
  public int gpuMilliLeft(int node, int device) {
    return gpus.left(node, device);
  }

  /** Thousandths left on all GPUs of the node together. */
  public long gpuMilliLeftTotal(int node) {
    return gpus.leftTotal(node);
  }

  /** The node's GPU model label, or null. */
  public String gpuModel(int node) {
    return nodes.get(node).labels().get(GpuRequest.MODEL_LABEL);
  }

  /** Records that the pod should run on the node once preempted pods are gone; -1 clears it. */
  public void nominate(Pod pod, int node) {
    nominations.nominate(pod, node);
  }

  /**
   * Counts the pod's requests against the node without binding it: for what-if evaluations
   * (preemption, nominated pods). Undo with {@link #detach}.
   */
  public void attach(Pod pod, int node) {
    podsOnNode.get(node).add(pod);
    add(pod, node, 1);
    podsPerNamespace.computeIfAbsent(pod.spec().namespace(), n -> new int[1])[0]++;
    if (pod.spec().placement().hasPodAffinity()) {
      podsWithAffinity++;
    }
    for (PlacementListener listener : placementListeners) {
      listener.placementChanged(pod, node, 1);
    }
  }

  /** Takes the pod's requests off the node; the reverse of {@link #attach}. */
  public void detach(Pod pod, int node) {
    if (!podsOnNode.get(node).remove(pod)) {
      throw new IllegalStateException("pod " + pod.spec().name() + " is not on node " + node);
    }
    add(pod, node, -1);
    podsPerNamespace.get(pod.spec().namespace())[0]--;
    if (pod.spec().placement().hasPodAffinity()) {
      podsWithAffinity--;
    }
    for (PlacementListener listener : placementListeners) {
      listener.placementChanged(pod, node, -1);
    }
  }

  /** Pods of the namespace counting against some node. */
  public int podsInNamespace(String namespace) {
    int[] count = podsPerNamespace.get(namespace);
    return count == null ? 0 : count[0];
  }

  /** Pods on nodes that carry pod affinity or anti-affinity terms: when 0, affinity checks can stop early. */
  public int podsWithAffinity() {
    return podsWithAffinity;
  }

  /** Marks a bound pod as running. */
  public void start(Pod pod, long time) {
    pod.start(time);
  }

  /** Evicts a bound or running pod, freeing its requests; it ends PREEMPTED. */
  public void evict(Pod pod, long time, String reason) {
    pod.evicted(reason);
    end(pod, time, PodPhase.PREEMPTED);
  }

  /** Ends a bound or running pod and frees its requests. */
  public void end(Pod pod, long time, PodPhase finalPhase) {
    int node = pod.node();
    if (node < 0) {
      throw new IllegalStateException("pod " + pod.spec().name() + " is not bound");
    }
    pod.end(time, finalPhase);
    detach(pod, node);
  }

  private void add(Pod pod, int node, int sign) {
    versions[node] += sign * pod.placementKey();
    if (pod.gpuDevices().length > 0) {
      int inUse = gpus.apply(pod, node, sign);
      requested[gpuCountResource][node] += inUse;
      totalRequested[gpuCountResource] += inUse;
    }
    var requests = pod.spec().requests();
    for (int r = 0; r < schema.size(); r++) {
      long amount = r == ResourceSchema.PODS_INDEX ? 1 : requests.get(r);
      requested[r][node] += sign * amount;
      totalRequested[r] += sign * amount;
    }
    nonZeroCpu[node] += sign * nonZero(requests.get(ResourceSchema.CPU_INDEX), DEFAULT_MILLI_CPU_REQUEST);
    nonZeroMemory[node] += sign * nonZero(requests.get(ResourceSchema.MEMORY_INDEX), DEFAULT_MEMORY_REQUEST);
    long pods = requested[ResourceSchema.PODS_INDEX][node];
    if (sign > 0 && pods == 1) {
      nodesInUse++;
    } else if (sign < 0 && pods == 0) {
      nodesInUse--;
    }
  }

  /** The request used for scoring: the default when the pod asks for none. */
  public static long nonZero(long request, long defaultRequest) {
    return request == 0 ? defaultRequest : request;
  }
}
