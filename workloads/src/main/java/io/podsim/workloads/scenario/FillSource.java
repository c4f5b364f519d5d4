package io.podsim.workloads.scenario;

import io.podsim.model.InputError;
import io.podsim.model.NodeSpec;
import io.podsim.model.PodStream;
import io.podsim.model.ResourceSchema;
import io.podsim.model.SimTime;
import io.podsim.workloads.stream.ClusterFill;
import java.util.List;

/** Binds {@code workload.fill} to a source of pods drawn until the cluster is filled. */
final class FillSource {
  /** The largest share of a resource's capacity a fill may reach. */
  private static final int MAX_FILL_SHARE = 100;
  private static final String PATH = "workload.fill";

  private FillSource() {}

  /**
   * The fill protocol over the merged workload: per run seed, its pods read whole and drawn from
   * until the target is reached. The draw for {@code checkSeed} is built here, so a fill that
   * cannot finish fails before any run.
   */
  static WorkloadSource of(ScenarioFile.Fill fill, WorkloadSource pool, List<NodeSpec> nodes,
      ResourceSchema schema, long checkSeed) {
    String resource = Fields.required(fill.resource(), PATH + ".resource");
    if (!schema.names().contains(resource)) {
      throw new InputError(PATH + ".resource: '" + resource + "' is not a resource of this scenario; known: "
          + schema.names());
    }
    int index = schema.indexOf(resource);
    double share = Fields.required(fill.share(), PATH + ".share");
    if (!(share > 0 && share <= MAX_FILL_SHARE)) {
      throw new InputError(PATH + ".share: expected a share of the cluster's " + resource + " above 0 and at most "
          + MAX_FILL_SHARE + " (1.3 fills it to 130 %), found " + share);
    }
    long every = Fields.time(fill.every(), PATH + ".every", SimTime.SECOND);
    long capacity = nodes.stream().mapToLong(n -> n.allocatable().get(index)).sum();
    if (capacity == 0) {
      throw new InputError(PATH + ".resource: no node of the cluster has any " + resource + " to fill");
    }
    long target = (long) Math.ceil(share * capacity);
    new ClusterFill(PodStream.readAll(pool.open(checkSeed)), index, resource, target, every);
    return seed -> new ClusterFill(PodStream.readAll(pool.open(seed)), index, resource, target, every).open(seed);
  }
}
