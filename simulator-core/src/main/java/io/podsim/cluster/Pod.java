package io.podsim.cluster;

import io.podsim.model.PodSpec;
import java.util.concurrent.atomic.AtomicLong;

/** A pod during a run: its spec plus what has happened to it so far. Times are -1 until reached. */
public final class Pod {
  private static final int[] NO_DEVICES = new int[0];
  private static final AtomicLong CREATED = new AtomicLong();
  private final int id;
  /** A random-looking key of this pod object, summed into node versions (never read for results). */
  private final long placementKey = mix(CREATED.incrementAndGet());
  private final PodSpec spec;
  private final boolean replacement;
  private PodPhase phase = PodPhase.PENDING;
  private int node = -1;
  private long bindTime = -1;
  private long startTime = -1;
  private long endTime = -1;
  private int attempts;
  private String failureReason;
  private String failureMessage;
  private String evictionReason;
  private int nominatedNode = -1;
  private int[] gpuDevices = NO_DEVICES;

  public Pod(int id, PodSpec spec) {
    this(id, spec, false);
  }

  /** {@code replacement}: created by the pod's owner after an earlier pod of it was evicted. */
  public Pod(int id, PodSpec spec, boolean replacement) {
    this.id = id;
    this.spec = spec;
    this.replacement = replacement;
  }

  /** SplitMix64's finalizer: distinct inputs give distinct, well-spread 64-bit keys. */
  private static long mix(long value) {
    long z = value * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** This pod object's key in node versions: a node's version is the sum of the keys of its pods. */
  long placementKey() {
    return placementKey;
  }

  /** True when the owner created this pod to replace an evicted one. */
  public boolean isReplacement() {
    return replacement;
  }

  /** Arrival order within the run, from 0. */
  public int id() {
    return id;
  }

  public PodSpec spec() {
    return spec;
  }

  public PodPhase phase() {
    return phase;
  }

  /** The GPU indexes on its node the pod was given at bind time; empty when it asks for no GPU. */
  public int[] gpuDevices() {
    return gpuDevices;
  }

  void assignGpuDevices(int[] devices) {
    gpuDevices = devices;
  }

  /** The node index the pod is bound to, or -1. */
  public int node() {
    return node;
  }

  public long bindTime() {
    return bindTime;
  }

  public long startTime() {
    return startTime;
  }

  public long endTime() {
    return endTime;
  }

  /** Scheduling cycles this pod has been through. */
  public int attempts() {
    return attempts;
  }

  /** The reason that ruled out most nodes in the last failed cycle, or null. */
  public String failureReason() {
    return failureReason;
  }

  /** The full message of the last failed cycle ({@code 0/3 nodes are available: ...}), or null. */
  public String failureMessage() {
    return failureMessage;
  }

  void bind(int node, long time) {
    this.node = node;
    this.bindTime = time;
    this.phase = PodPhase.BOUND;
  }

  void start(long time) {
    this.startTime = time;
    this.phase = PodPhase.RUNNING;
  }

  /** The kubelet refused the pod at admission: it fails without ever running. */
  void rejected(long time, String reason, String message) {
    this.endTime = time;
    this.phase = PodPhase.FAILED;
    this.failureReason = reason;
    this.failureMessage = message;
  }

  void end(long time, PodPhase finalPhase) {
    this.endTime = time;
    this.phase = finalPhase;
  }

  /** The node preemption made room on for this pending pod, or -1. */
  public int nominatedNode() {
    return nominatedNode;
  }

  void nominate(int node) {
    nominatedNode = node;
  }

  /** Why the pod was evicted, or null. */
  public String evictionReason() {
    return evictionReason;
  }

  void evicted(String reason) {
    evictionReason = reason;
  }

  /** Counts one scheduling cycle that placed the pod. */
  public void recordSuccess() {
    attempts++;
  }

  /** Counts one scheduling cycle that found no node, remembering why. */
  public void recordFailure(String reason, String message) {
    attempts++;
    failureReason = reason;
    failureMessage = message;
  }

  /** The state this pod is counted in when the run stops now. */
  public PodOutcome outcome() {
    return switch (phase) {
      case SUCCEEDED -> PodOutcome.SUCCEEDED;
      case BOUND, RUNNING -> PodOutcome.RUNNING_AT_END;
      case PENDING -> failureReason == null ? PodOutcome.PENDING_AT_END : PodOutcome.UNSCHEDULABLE;
      case PREEMPTED, EVICTED -> PodOutcome.PREEMPTED;
      case FAILED -> PodOutcome.FAILED;
    };
  }
}
