package io.podsim.cli.experiment;

import io.podsim.model.GpuRequest;
import io.podsim.model.InputError;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodSpec;
import io.podsim.model.ResourceSchema;
import io.podsim.policies.ProfileCatalog;
import io.podsim.policies.SchedulerConfigLoader;
import io.podsim.policies.gpu.TargetWorkload;
import io.podsim.run.TaskPool;
import io.podsim.scheduler.Profile;
import io.podsim.workloads.scenario.PodContext;
import io.podsim.workloads.scenario.PriorityClasses;
import io.podsim.workloads.trace.TraceFormat;
import io.podsim.workloads.trace.TraceInput;
import io.podsim.workloads.trace.alibaba.GpuTrace2023;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code podsim experiment fgd}: the FGD paper's comparison of GPU policies on an openb trace. */
@Command(name = "fgd", mixinStandardHelpOptions = true,
    description = {"Reproduce \"Beware of Fragmentation\" (USENIX ATC '23): each policy or profile places an openb"
        + " pod list, inflated to 130 %% of GPU capacity and shuffled per seed, on the GPU nodes, one attempt per pod;"
        + " unallocated GPU share and fragmentation are recorded against arrived GPU demand, with 95 %% intervals"
        + " across seeds.",
        "Writes DIR/fgd-summary.csv, DIR/fgd-runs.csv and DIR/fgd-unallocated.png (and .svg)."})
public final class FgdExperimentCommand implements Callable<Integer> {
  /** The paper's mean unallocated GPU % at 100 % arrived demand on the default trace (Fig. 7). */
  static final Map<String, Double> PAPER_AT_100 = Map.of("Random", 13.70, "DotProd", 9.38, "GpuClustering", 8.35,
      "GpuPacking", 8.22, "BestFit", 7.14, "FGD", 4.77);

  @Spec
  private CommandSpec spec;

  @Option(names = "--nodes", required = true, paramLabel = "NODES.csv", description = "An openb node list.")
  private Path nodesFile;

  @Option(names = "--pods", required = true, paramLabel = "PODS.csv", description = "An openb pod list.")
  private Path podsFile;

  @Option(names = "--seeds", defaultValue = "42..51", paramLabel = "A..B",
      description = "Seeds, a range or a comma list (default: ${DEFAULT-VALUE}, the paper's).")
  private String seeds;

  @Option(names = "--policies", split = ",", paramLabel = "NAME",
      description = "What to run (default: the paper's six): its policies Random, DotProd, GpuClustering, GpuPacking,"
          + " BestFit and FGD, or any profile, built-in (kube-default, most-allocated, ...) or from --scheduler-config.")
  private List<String> policies;

  @Option(names = "--scheduler-config", paramLabel = "FILE",
      description = "A KubeSchedulerConfiguration whose profiles --policies may name.")
  private Path schedulerConfig;

  @Option(names = "--tie-break", paramLabel = "RULE",
      description = "Random, NodeOrder or ShuffledNodeOrder for every policy (default: ShuffledNodeOrder for the"
          + " paper's policies, as its simulator breaks ties, and each profile's own setting).")
  private String tieBreak;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  private Path out;

  @Override
  public Integer call() throws IOException {
    long wallStart = System.nanoTime();
    long[] seedList = parseSeeds(seeds);
    ResourceSchema schema = FgdRun.schema();
    List<FgdContender> chosen = contenders(schema);
    PodContext context = new PodContext(schema, PriorityClasses.of(List.of(), "priorityClasses"), Set.of());
    List<NodeSpec> nodes = TraceFormat.ALIBABA_GPU_2023.nodes(TraceInput.of(nodesFile, context,
        TraceFormat.ALIBABA_GPU_2023)).stream()
        .filter(n -> n.allocatable().get(schema.indexOf(GpuRequest.COUNT_RESOURCE)) > 0).toList();
    List<PodSpec> pods = GpuTrace2023.readAll(TraceInput.of(podsFile, context, TraceFormat.ALIBABA_GPU_2023));
    if (nodes.isEmpty()) {
      throw new InputError("--nodes " + nodesFile + ": the node list has no GPU node");
    }
    if (pods.stream().noneMatch(p -> p.gpu().any())) {
      throw new InputError("--pods " + podsFile + ": no pod asks for a GPU, so no number of them can bring GPU demand"
          + " to 130 % of capacity");
    }
    TargetWorkload workload = TargetWorkload.of(pods);
    Map<String, List<List<FgdRun.Point>>> runs = runAll(chosen, seedList, nodes, pods, workload);
    Files.createDirectories(out);
    FgdResults results = new FgdResults(runs, seedList);
    results.writeRuns(out.resolve("fgd-runs.csv"));
    results.writeSummary(out.resolve("fgd-summary.csv"));
    results.writeChart(out);
    PrintWriter console = spec.commandLine().getOut();
    console.printf("%d GPU nodes, %,d pods in the trace, target workload of %d shapes; seeds %s%n", nodes.size(),
        pods.size(), workload.shapes().size(), Arrays.toString(seedList));
    results.printTableAt100(console,
        podsFile.getFileName().toString().equals("openb_pod_list_default.csv") ? PAPER_AT_100 : Map.of());
    console.printf("wrote %s (%.1f s wall)%n", out, (System.nanoTime() - wallStart) / 1e9);
    return 0;
  }

  /** The policies and profiles --policies names, in order, once each. */
  private List<FgdContender> contenders(ResourceSchema schema) {
    ProfileCatalog catalog = ProfileCatalog.builtIn();
    if (schedulerConfig != null) {
      catalog = catalog.with(SchedulerConfigLoader.load(schedulerConfig), schedulerConfig.toString(), schema);
    }
    Profile.TieBreak rule = tieBreak == null ? null : Profile.TieBreak.byConfigName(tieBreak).orElseThrow(() ->
        new InputError("--tie-break: expected Random, NodeOrder or ShuffledNodeOrder, found '" + tieBreak + "'"));
    List<String> names = policies == null ? FgdPolicy.paperNames() : policies.stream().distinct().toList();
    List<FgdContender> chosen = new ArrayList<>();
    for (String name : names) {
      FgdContender contender = FgdContender.named(name, catalog, schema, rule);
      if (chosen.stream().anyMatch(c -> c.name().equals(contender.name()))) {
        throw new InputError("--policies: '" + name + "' names " + contender.name() + " again");
      }
      chosen.add(contender);
    }
    return chosen;
  }

  /** Every contender on every seed, as one pool of the run API. */
  private static Map<String, List<List<FgdRun.Point>>> runAll(List<FgdContender> chosen, long[] seedList,
      List<NodeSpec> nodes, List<PodSpec> pods, TargetWorkload workload) throws IOException {
    List<Callable<List<FgdRun.Point>>> tasks = new ArrayList<>();
    for (FgdContender policy : chosen) {
      for (long seed : seedList) {
        tasks.add(() -> FgdRun.run(policy, seed, nodes, pods, workload));
      }
    }
    List<List<FgdRun.Point>> results =
        new TaskPool(Runtime.getRuntime().availableProcessors()).invokeAll(tasks);
    Map<String, List<List<FgdRun.Point>>> runs = new LinkedHashMap<>();
    for (int c = 0; c < chosen.size(); c++) {
      runs.put(chosen.get(c).name(), results.subList(c * seedList.length, (c + 1) * seedList.length));
    }
    return runs;
  }

  /** "42..51" or "1,5,9". */
  static long[] parseSeeds(String text) {
    try {
      if (text.contains("..")) {
        String[] ends = text.split("\\.\\.");
        long from = Long.parseLong(ends[0].trim());
        long to = Long.parseLong(ends[1].trim());
        if (to < from) {
          throw new NumberFormatException();
        }
        return LongStream.rangeClosed(from, to).toArray();
      }
      return Arrays.stream(text.split(",")).mapToLong(s -> Long.parseLong(s.trim())).distinct().toArray();
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      throw new InputError("--seeds: expected a range such as 42..51 or a list such as 1,2,3, found '" + text + "'");
    }
  }
}
