package io.podsim.engine;

import io.podsim.cluster.ClusterState;
import io.podsim.cluster.Pod;
import io.podsim.cluster.PodOutcome;
import io.podsim.cluster.PodPhase;
import io.podsim.model.InputError;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.model.ResourceSchema;
import io.podsim.model.SimTime;
import io.podsim.scheduler.CycleResult;
import io.podsim.scheduler.Evictor;
import io.podsim.scheduler.GpuDevices;
import io.podsim.scheduler.Profile;
import io.podsim.scheduler.QueuedPodInfo;
import io.podsim.scheduler.SchedulingFramework;
import io.podsim.scheduler.SchedulingQueue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;

/**
 * One run of one profile over one workload: pods arrive from the stream, wait in the scheduling
 * queue, are placed one cycle at a time, start after the startup delay and end after their
 * duration. Every pod is reported to the listeners' {@code onPodFinal} exactly once.
 */
public final class Simulation implements Evictor {
  /** Mixed into the run seed so the scheduler's tie-breaking has a stream of its own. */
  private static final long SCHEDULER_STREAM = 0x5C4EDL;
  private static final Event SCHEDULE_CYCLE = new Event.ScheduleCycle();
  /** Events between two looks at the thread's interrupt flag: often enough to stop within milliseconds. */
  private static final long CANCEL_CHECK_MASK = (1 << 12) - 1;

  private final ClusterState cluster;
  private final List<NodeSpec> initialNodes;
  private final SchedulingFramework framework;
  private final SchedulingQueue queue;
  private final EventQueue events = new EventQueue();
  private final PodStream workload;
  private final SimulationOptions options;
  private final SimulationListener[] listeners;
  private final Map<Integer, Pod> live = new LinkedHashMap<>();
  private long now;
  private long eventCount;
  private int nextPodId;
  private PodSpec nextArrival;
  private boolean cycleScheduled;

  public Simulation(
      Profile profile,
      ResourceSchema schema,
      List<NodeSpec> nodes,
      PodStream workload,
      SimulationOptions options,
      List<? extends SimulationListener> listeners) {
    this.cluster = new ClusterState(schema);
    this.initialNodes = NodeOrder.forRun(profile, nodes, options.seed());
    this.framework =
        new SchedulingFramework(profile, cluster, new SplittableRandom(options.seed() ^ SCHEDULER_STREAM));
    this.queue = new SchedulingQueue(profile.queueSort(), profile.backoff(), (time, pod) -> events.push(time, new Event.QueueWake(pod)));
    this.workload = workload;
    this.options = options;
    this.listeners = listeners.toArray(SimulationListener[]::new);
  }

  /**
   * Plays the whole run and returns the engine's own measurements; an interrupt of the running
   * thread cancels it with a {@link CancellationException}.
   */
  public RunStats run() {
    long wallStart = System.nanoTime();
    initialNodes.forEach(cluster::addNode);
    for (SimulationListener l : listeners) {
      l.onStart(cluster);
    }
    readNextArrival();
    while (!events.isEmpty() && (!options.hasHorizon() || events.peekTime() <= options.horizon())
        && (options.hasHorizon() || !onlyFutileRetriesLeft())) {
      advanceTo(events.peekTime());
      eventCount++;
      events.pop().apply(this);
      if ((eventCount & CANCEL_CHECK_MASK) == 0 && Thread.currentThread().isInterrupted()) {
        throw new CancellationException("the run was cancelled at " + SimTime.format(now));
      }
    }
    long end = options.hasHorizon() ? options.horizon() : now;
    advanceTo(end);
    finish(end);
    return new RunStats(eventCount, end, System.nanoTime() - wallStart, framework.statistics(),
        new TreeMap<>(workload.skippedRows()));
  }

  @Override
  public long now() {
    return now;
  }

  @Override
  public void evict(Pod victim, String reason) {
    cluster.evict(victim, now, reason);
    ended(victim, PodOutcome.PREEMPTED);
    if (victim.spec().owner() != null) {
      enqueue(new Pod(nextPodId, victim.spec().replacement(victim.spec().name() + "-r" + nextPodId, now), true));
      nextPodId++;
    }
  }

  void arrive(PodSpec spec) {
    nextArrival = null;
    enqueue(new Pod(nextPodId++, spec));
    readNextArrival();
    ensureCycle();
  }

  /**
   * A pod joins the run now: it is live until its final state and waits in the scheduling queue,
   * unless it names its node ({@code spec.nodeName}): then, as in Kubernetes, the scheduler never
   * sees it and the node's kubelet admits or rejects it at once.
   */
  private void enqueue(Pod pod) {
    live.put(pod.id(), pod);
    for (SimulationListener l : listeners) {
      l.onPodArrived(now, pod);
    }
    String nodeName = pod.spec().placement().nodeName();
    if (nodeName == null) {
      queue.add(pod, now);
    } else {
      admit(pod, cluster.nodeIndex(nodeName));
    }
  }

  /** The kubelet's admission; a pod bound to a node that does not exist waits for ever, as there is no kubelet. */
  private void admit(Pod pod, int node) {
    if (node < 0) {
      return;
    }
    KubeletAdmission.Rejection rejection = KubeletAdmission.check(cluster, pod, node);
    if (rejection != null) {
      cluster.rejectAtAdmission(pod, now, rejection.reason(), rejection.message());
      finalizePod(pod, PodOutcome.FAILED);
      return;
    }
    bind(pod, node, pod.spec().gpu().any() ? GpuDevices.bestFit(pod, cluster, node) : new int[0]);
  }

  /** The pod is bound to the node and its devices; it runs after the startup delay. */
  private void bind(Pod pod, int node, int[] devices) {
    cluster.bind(pod, node, devices, now);
    for (SimulationListener l : listeners) {
      l.onPodBound(now, pod);
    }
    if (options.startupDelay() == 0) {
      start(pod);
    } else {
      events.push(now + options.startupDelay(), new Event.PodStart(pod));
    }
  }

  void scheduleOne() {
    cycleScheduled = false;
    QueuedPodInfo info = queue.pop();
    if (info == null) {
      return;
    }
    Pod pod = info.pod();
    CycleResult result = framework.schedule(pod, this);
    if (result.isPlaced()) {
      pod.recordSuccess();
      bind(pod, result.node(), result.gpuDevices());
    } else {
      pod.recordFailure(result.diagnosis().dominantReason(), result.diagnosis().message());
      for (SimulationListener l : listeners) {
        l.onSchedulingFailed(now, pod);
      }
      if (options.retriesUnschedulable()) {
        queue.addUnschedulable(info, now);
      } else {
        finalizePod(pod, PodOutcome.UNSCHEDULABLE);
      }
    }
    ensureCycle();
  }

  void start(Pod pod) {
    if (pod.phase() != PodPhase.BOUND) {
      return;
    }
    cluster.start(pod, now);
    for (SimulationListener l : listeners) {
      l.onPodStarted(now, pod);
    }
    if (pod.spec().hasDuration()) {
      events.push(now + pod.spec().duration(), new Event.PodCompletion(pod));
    }
  }

  void complete(Pod pod) {
    if (pod.phase() == PodPhase.RUNNING) {
      cluster.end(pod, now, PodPhase.SUCCEEDED);
      ended(pod, PodOutcome.SUCCEEDED);
    }
  }

  /** A pod has stopped and its resources are free: tell the listeners, and waiting pods may now fit. */
  private void ended(Pod pod, PodOutcome outcome) {
    for (SimulationListener l : listeners) {
      l.onPodEnded(now, pod);
    }
    finalizePod(pod, outcome);
    queue.moveAllToActiveOrBackoff(now);
    ensureCycle();
  }

  void wake(QueuedPodInfo info) {
    queue.wake(info, now);
    ensureCycle();
  }

  /**
   * True when nothing can change the cluster any more and every waiting pod has already failed on
   * its present state: the 5-minute retries left would all fail again, so a run without a horizon
   * ends here instead of retrying forever.
   */
  private boolean onlyFutileRetriesLeft() {
    return events.workCount() == 0 && !queue.hasActive() && queue.backoffCount() == 0;
  }

  private void ensureCycle() {
    if (!cycleScheduled && queue.hasActive()) {
      events.push(now, SCHEDULE_CYCLE);
      cycleScheduled = true;
    }
  }

  private void readNextArrival() {
    PodSpec spec = workload.next();
    if (spec == null) {
      return;
    }
    if (spec.arrival() < now) {
      throw new InputError("pod '" + spec.name() + "' arrives at " + SimTime.seconds(spec.arrival())
          + "s, before the pod listed ahead of it (" + SimTime.seconds(now) + "s); a workload must be sorted by arrival");
    }
    nextArrival = spec;
    events.push(spec.arrival(), new Event.PodArrival(spec));
  }

  private void advanceTo(long time) {
    if (time > now) {
      for (SimulationListener l : listeners) {
        l.onTimeAdvance(time);
      }
      now = time;
    }
  }

  private void finalizePod(Pod pod, PodOutcome outcome) {
    live.remove(pod.id());
    for (SimulationListener l : listeners) {
      l.onPodFinal(pod, outcome);
    }
  }

  private void finish(long end) {
    for (Pod pod : List.copyOf(live.values())) {
      finalizePod(pod, pod.outcome());
    }
    for (PodSpec spec = nextArrival; spec != null; spec = workload.next()) {
      Pod pod = new Pod(nextPodId++, spec);
      for (SimulationListener l : listeners) {
        l.onPodFinal(pod, PodOutcome.NOT_ARRIVED);
      }
    }
    for (SimulationListener l : listeners) {
      l.onFinish(end);
    }
  }
}
