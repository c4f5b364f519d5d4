package io.podsim.workloads.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.podsim.engine.SimulationOptions;
import io.podsim.metrics.MetricsRecorder;
import io.podsim.model.GpuRequest;
import io.podsim.model.InputError;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.PodStream;
import io.podsim.model.ResourceSchema;
import io.podsim.model.SimTime;
import io.podsim.policies.ProfileCatalog;
import io.podsim.policies.SchedulerConfigLoader;
import io.podsim.policies.SchedulerConfiguration;
import io.podsim.policies.yaml.StrictYaml;
import io.podsim.workloads.cluster.Datasets;
import io.podsim.workloads.cluster.Hardware;
import io.podsim.workloads.cluster.NodePools;
import io.podsim.workloads.manifests.ManifestNodes;
import io.podsim.workloads.manifests.ManifestWorkloads;
import io.podsim.workloads.manifests.Manifests;
import io.podsim.workloads.stream.MergedPodStream;
import io.podsim.workloads.trace.RowSkips;
import io.podsim.workloads.trace.TraceFormat;
import io.podsim.workloads.trace.TraceInput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a scenario YAML file, binds it to {@link ScenarioFile} and validates every value, so that a
 * mistake stops the run before it starts with the file, line or YAML path of the bad value.
 */
public final class ScenarioLoader {
  /** The shortest sample interval: finer sampling describes no scheduling decision better. */
  private static final long MIN_SAMPLE_INTERVAL = 1_000L;
  /** The most samples a run may take (rows of timeseries.csv, each a pass over the nodes for some measures). */
  private static final long MAX_SAMPLES = 10_000_000L;
  /** Default interval of the sampled time series. */
  public static final long DEFAULT_SAMPLE_INTERVAL = 60_000_000L;

  private static final ObjectMapper YAML = StrictYaml.mapper();

  private ScenarioLoader() {}

  /** Loads and validates a scenario; any mistake is an {@link InputError} naming where it is. */
  public static Scenario load(Path file) {
    ScenarioFile raw = read(file);
    try {
      return build(file, raw);
    } catch (InputError e) {
      throw e.at(file.toString());
    }
  }

  private static ScenarioFile read(Path file) {
    StrictYaml.requireFile(file, "scenario");
    Object document = StrictYaml.document(file, "scenario");
    if (!(document instanceof Map)) {
      throw new InputError(file + ": expected a scenario (a mapping of keys such as cluster and workload), found "
          + (document instanceof List ? "a list" : "a single value"));
    }
    return StrictYaml.bind(YAML, document, ScenarioFile.class, file);
  }

  private static Scenario build(Path file, ScenarioFile raw) {
    ScenarioFile.Cluster cluster = Fields.required(raw.cluster(), "cluster");
    ScenarioFile.Workload workload = Fields.required(raw.workload(), "workload");
    Manifests nodeManifests = Manifests.read(ScenarioInputs.paths(file, cluster.manifests()));
    Manifests workloadManifests = Manifests.read(ScenarioInputs.paths(file, workload.manifests()));
    Set<String> names = resourceNames(raw);
    names.addAll(ManifestNodes.resourceNames(nodeManifests));
    names.addAll(ManifestWorkloads.resourceNames(workloadManifests));
    ResourceSchema schema = Fields.at("resources", () -> ResourceSchema.of(names));
    boolean otherNodes = cluster.trace() != null || cluster.manifests() != null;
    List<NodeSpec> poolNodes = otherNodes && (cluster.nodePools() == null || cluster.nodePools().isEmpty())
        ? List.of() : NodePools.expand(schema, cluster.nodePools(), "cluster.nodePools");
    List<NodeSpec> allNodes = new ArrayList<>(poolNodes);
    List<String> notes = new ArrayList<>();
    if (!poolNodes.isEmpty()) {
      notes.add("node pools: " + poolNodes.size() + " nodes");
    }
    List<NodeSpec> manifestNodes = ManifestNodes.nodes(nodeManifests, schema);
    allNodes.addAll(manifestNodes);
    if (cluster.trace() != null) {
      TraceFormat format = ScenarioInputs.traceFormat(cluster.trace(), "cluster.trace");
      RowSkips machineSkips = new RowSkips();
      TraceInput machines = ScenarioInputs.traceInput(file, cluster.trace(), format,
          new PodContext(schema, PriorityClasses.of(List.of(), "priorityClasses"), Set.of()), machineSkips,
          "cluster.trace");
      List<NodeSpec> traceNodes = Fields.at("cluster.trace", () -> format.nodes(machines));
      if (traceNodes.isEmpty()) {
        throw new InputError("cluster.trace: the machine list gave no machines; check its path and format");
      }
      allNodes.addAll(traceNodes);
      notes.add("cluster trace (" + format.formatName() + "): " + traceNodes.size() + " nodes");
      machineSkips.counts().forEach((reason, n) -> notes.add("cluster trace: skipped " + n + " rows: " + reason));
    }
    if (allNodes.isEmpty()) {
      throw new InputError("cluster: no nodes; the node pools, manifests and machine trace gave none");
    }
    requireUniqueNames(allNodes);
    Datasets.Compiled datasets = Datasets.apply(allNodes, raw.datasets(), "datasets");
    List<NodeSpec> nodes = datasets.nodes();
    List<ScenarioFile.PriorityClassEntry> classes = new ArrayList<>(raw.priorityClasses() == null ? List.of()
        : raw.priorityClasses());
    classes.addAll(ManifestWorkloads.priorityClasses(workloadManifests));
    PodContext context = new PodContext(schema, PriorityClasses.of(classes, "priorityClasses"), datasets.names());
    long horizon = Fields.time(raw.horizon(), "horizon", SimulationOptions.NO_HORIZON);
    List<PodSpec> manifestPods = ManifestWorkloads.pods(workloadManifests, nodes, context, horizon);
    Map<String, WorkloadSource> sources = ScenarioInputs.workload(file, context, workload, manifestPods);
    WorkloadSource merged = seed -> new MergedPodStream(sources.values().stream().map(s -> s.open(seed)).toList());
    WorkloadSource source = workload.fill() == null ? merged
        : FillSource.of(workload.fill(), merged, nodes, schema, firstSeed(raw));
    long sampleInterval = Fields.time(raw.sampleInterval(), "sampleInterval", DEFAULT_SAMPLE_INTERVAL);
    if (sampleInterval < MIN_SAMPLE_INTERVAL) {
      throw new InputError("sampleInterval: expected a duration of at least 1ms, found '" + raw.sampleInterval() + "'");
    }
    if (horizon != SimulationOptions.NO_HORIZON && horizon / sampleInterval > MAX_SAMPLES) {
      throw new InputError(String.format("sampleInterval: %s over a horizon of %s is %,d samples, more than the"
          + " limit of %,d; sample less often", SimTime.format(sampleInterval), SimTime.format(horizon),
          horizon / sampleInterval, MAX_SAMPLES));
    }
    ProfileCatalog catalog = ProfileCatalog.builtIn();
    List<String> profiles = raw.profiles();
    List<Path> inputs = new ArrayList<>(List.of(file));
    for (ScenarioFile.Trace trace : ScenarioInputs.traces(raw)) {
      if (trace != null && trace.path() != null) {
        inputs.addAll(ScenarioInputs.filesAt(ScenarioInputs.resolve(file, trace.path())));
      }
    }
    inputs.addAll(ScenarioInputs.paths(file, cluster.manifests()));
    inputs.addAll(ScenarioInputs.paths(file, workload.manifests()));
    if (raw.schedulerConfig() != null) {
      Path configFile = ScenarioInputs.resolve(file, raw.schedulerConfig());
      inputs.add(configFile);
      SchedulerConfiguration config = Fields.at("schedulerConfig", () -> SchedulerConfigLoader.load(configFile));
      catalog = Fields.at("schedulerConfig", () -> ProfileCatalog.builtIn().with(config, configFile.toString(), schema));
      if (profiles == null || profiles.isEmpty()) {
        profiles = config.profiles().isEmpty() ? List.of("default-scheduler") : config.profiles().stream()
            .map(p -> p.schedulerName() == null ? "default-scheduler" : p.schedulerName()).toList();
      }
    }
    if (profiles == null || profiles.isEmpty()) {
      profiles = List.copyOf(catalog.names());
    }
    for (int i = 0; i < profiles.size(); i++) {
      String name = profiles.get(i);
      ProfileCatalog known = catalog;
      Fields.at("profiles[" + i + "]", () -> {
        known.requireKnown(name);
        return name;
      });
    }
    String name = raw.name() != null ? raw.name() : file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    requireSafeFolderName(name, raw.name() != null ? "name" : "the scenario's file name");
    long seed = raw.seed() == null ? 0 : raw.seed();
    if (raw.seeds() != null && (raw.seeds().isEmpty() || raw.seeds().stream().distinct().count() != raw.seeds().size())) {
      throw new InputError("seeds: expected a list of distinct seeds");
    }
    if (raw.seeds() != null && raw.seeds().size() > Scenario.MAX_SEEDS) {
      throw new InputError("seeds: " + raw.seeds().size() + " seeds, more than the limit of " + Scenario.MAX_SEEDS);
    }
    List<Long> seeds = raw.seeds() == null ? List.of(seed) : List.copyOf(raw.seeds());
    catalog.notes().forEach(note -> notes.add("scheduler configuration: " + note));
    return new Scenario(name, seeds.get(0), seeds, horizon,
        Fields.time(raw.startupDelay(), "startupDelay", 0), sampleInterval, startedWithin(raw.startedWithin()),
        schema, nodes, source,
        List.copyOf(profiles), catalog, file, List.copyOf(new LinkedHashSet<>(inputs)), sources,
        manifestNotes(notes, manifestNodes.size(), nodeManifests, workloadManifests, manifestPods.size()), true);
  }

  /**
   * Outputs go to a folder named after the scenario: a name that is a path of its own ("../x", "a/b")
   * would write outside --out.
   */
  private static void requireSafeFolderName(String name, String path) {
    boolean unsafe = name.isBlank() || name.equals(".") || name.equals("..") || name.contains("/")
        || name.contains("\\") || !name.equals(name.replaceAll("[\\p{Cntrl}]", "")) || name.length() > 200;
    if (unsafe) {
      throw new InputError(path + ": '" + InputError.excerpt(name, 200) + "' cannot name the output folder;"
          + " expected a name without '/', '\\' or control characters, not '.' or '..'");
    }
  }

  /** Kubernetes names each node once: two pools, manifests or trace machines of one name would be one node. */
  private static void requireUniqueNames(List<NodeSpec> nodes) {
    Set<String> seen = new HashSet<>();
    for (NodeSpec node : nodes) {
      if (!seen.add(node.name())) {
        throw new InputError("cluster: two nodes are named '" + node.name() + "' (from node pools, manifests or the"
            + " machine trace); node names must be unique");
      }
    }
  }

  /** The seed of the first run, for checks that need one draw of the workload. */
  private static long firstSeed(ScenarioFile raw) {
    if (raw.seeds() != null && !raw.seeds().isEmpty() && raw.seeds().get(0) != null) {
      return raw.seeds().get(0);
    }
    return raw.seed() == null ? 0 : raw.seed();
  }

  /**
   * The limits of the started-within shares, in the order given; by default Kubernetes' pod startup
   * SLO of 5 s.
   */
  private static List<Long> startedWithin(List<String> limits) {
    if (limits == null) {
      return MetricsRecorder.DEFAULT_STARTED_WITHIN;
    }
    List<Long> parsed = new ArrayList<>();
    for (int i = 0; i < limits.size(); i++) {
      long limit = Fields.time(limits.get(i), "startedWithin[" + i + "]", 0);
      if (limit <= 0 || parsed.contains(limit)) {
        throw new InputError("startedWithin[" + i + "]: expected a duration > 0 not listed before, found '"
            + limits.get(i) + "'");
      }
      parsed.add(limit);
    }
    return List.copyOf(parsed);
  }

  /** What the manifests contributed, and what was skipped and why, after the notes on nodes. */
  private static List<String> manifestNotes(List<String> notes, int manifestNodes, Manifests nodeManifests,
      Manifests workloadManifests, int manifestPods) {
    if (manifestNodes > 0) {
      notes.add("node manifests: " + manifestNodes + " nodes");
    }
    if (!workloadManifests.objects().isEmpty() || !nodeManifests.objects().isEmpty()) {
      notes.add("manifests: " + (nodeManifests.objects().size() + workloadManifests.objects().size())
          + " objects, " + manifestPods + " pods");
    }
    Map<String, Integer> skipped = new TreeMap<>(nodeManifests.ignoredKinds());
    workloadManifests.ignoredKinds().forEach((kind, n) -> skipped.merge(kind, n, Integer::sum));
    skipped.forEach((kind, n) -> notes.add("manifests: skipped " + n + " " + kind + " (no effect on scheduling)"));
    return List.copyOf(notes);
  }

  private static TreeSet<String> resourceNames(ScenarioFile raw) {
    TreeSet<String> names = new TreeSet<>();
    List<ScenarioFile.NodePool> pools = raw.cluster().nodePools() == null ? List.of() : raw.cluster().nodePools();
    pools.stream().map(ScenarioFile.NodePool::resources).filter(Objects::nonNull).forEach(r -> names.addAll(r.keySet()));
    for (ScenarioFile.Trace trace : ScenarioInputs.traces(raw)) {
      if (trace.format() != null) {
        Arrays.stream(TraceFormat.values()).filter(f -> f.formatName().equals(trace.format()))
            .forEach(f -> names.addAll(f.resources()));
      }
    }
    boolean bandwidth = pools.stream().anyMatch(p -> Hardware.bandwidth(p.hardware()) != null);
    if (raw.workload() != null && raw.workload().pods() != null) {
      bandwidth |= raw.workload().pods().stream().anyMatch(p -> Hardware.bandwidth(p.hardware()) != null);
    }
    List<ScenarioFile.Shape> shapes = ScenarioInputs.syntheticShapes(raw.workload());
    bandwidth |= shapes.stream().anyMatch(s -> Hardware.bandwidth(s.hardware()) != null);
    if (bandwidth) {
      names.add(Hardware.NETWORK);
    }
    boolean gpus = pools.stream().anyMatch(p -> p.gpus() != null) || shapes.stream().anyMatch(s -> s.gpu() != null)
        || raw.workload() != null && raw.workload().pods() != null
        && raw.workload().pods().stream().anyMatch(p -> p.gpu() != null);
    if (gpus) {
      names.add(GpuRequest.COUNT_RESOURCE);
      names.add(GpuRequest.MILLI_RESOURCE);
    }
    ScenarioFile.Workload workload = raw.workload();
    if (workload != null && workload.pods() != null) {
      workload.pods().stream().map(ScenarioFile.InlinePod::requests).filter(Objects::nonNull)
          .forEach(r -> names.addAll(r.keySet()));
    }
    shapes.stream().map(ScenarioFile.Shape::requests).filter(Objects::nonNull).forEach(r -> names.addAll(r.keySet()));
    return names;
  }

  /** Every pod a scenario's workload produces, read to the end: validation of streamed traces. */
  public static long countPods(Scenario scenario) {
    return count(scenario.workload(), scenario.seed()).pods();
  }

  /** What reading one source to the end gave: pods, and rows skipped by reason. */
  public record SourceCount(long pods, Map<String, Long> skippedRows) {}

  /** Reads a source to the end with the given seed, checking arrival order. */
  public static SourceCount count(WorkloadSource source, long seed) {
    long count = 0;
    try (PodStream pods = source.open(seed)) {
      long previous = 0;
      for (PodSpec pod = pods.next(); pod != null; pod = pods.next()) {
        if (pod.arrival() < previous) {
          throw new InputError("pod '" + pod.name() + "' arrives before the pod listed ahead of it");
        }
        previous = pod.arrival();
        count++;
      }
      return new SourceCount(count, Map.copyOf(pods.skippedRows()));
    }
  }
}
