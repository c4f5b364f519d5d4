package io.podsim.workloads.cluster;

import io.podsim.model.DataLocalityLevel;
import io.podsim.model.InputError;
import io.podsim.model.NodeSpec;
import io.podsim.workloads.scenario.Fields;
import io.podsim.workloads.scenario.ScenarioFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles data set replicas into node labels {@code data.podsim.io/<dataset>}: {@code node} on a
 * node holding a replica, {@code rack} on the other nodes of a rack holding one, {@code zone} on the
 * other nodes of a zone holding one (see {@link DataLocalityLevel}).
 */
public final class Datasets {
  private Datasets() {}

  /** The nodes with data set labels added, and the data set names. */
  public record Compiled(List<NodeSpec> nodes, Set<String> names) {}

  public static Compiled apply(List<NodeSpec> nodes, List<ScenarioFile.Dataset> datasets, String path) {
    List<NodeSpec> labelled = new ArrayList<>(nodes);
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; datasets != null && i < datasets.size(); i++) {
      ScenarioFile.Dataset dataset = datasets.get(i);
      String at = path + "[" + i + "]";
      String name = Fields.required(dataset.name(), at + ".name");
      if (!name.matches("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?") || !names.add(name)) {
        throw new InputError(at + ".name: '" + name + "' must be unique and a valid label name part");
      }
      ScenarioFile.Replicas replicas = Fields.required(dataset.replicas(), at + ".replicas");
      Set<String> replicaNodes = known(replicas.nodes(), nodeNames(nodes), at + ".replicas.nodes");
      Set<String> racks = known(replicas.racks(), labelValues(nodes, NodeSpec.RACK_LABEL), at + ".replicas.racks");
      Set<String> zones = known(replicas.zones(), labelValues(nodes, NodeSpec.ZONE_LABEL), at + ".replicas.zones");
      for (NodeSpec node : nodes) {
        if (replicaNodes.contains(node.name())) {
          addIfPresent(racks, node.labels().get(NodeSpec.RACK_LABEL));
          addIfPresent(zones, node.labels().get(NodeSpec.ZONE_LABEL));
        }
      }
      for (NodeSpec node : nodes) {
        if (racks.contains(node.labels().get(NodeSpec.RACK_LABEL))) {
          addIfPresent(zones, node.labels().get(NodeSpec.ZONE_LABEL));
        }
      }
      for (int n = 0; n < labelled.size(); n++) {
        NodeSpec node = labelled.get(n);
        DataLocalityLevel level = replicaNodes.contains(node.name()) ? DataLocalityLevel.NODE
            : racks.contains(node.labels().get(NodeSpec.RACK_LABEL)) ? DataLocalityLevel.RACK
            : zones.contains(node.labels().get(NodeSpec.ZONE_LABEL)) ? DataLocalityLevel.ZONE : DataLocalityLevel.REMOTE;
        if (level != DataLocalityLevel.REMOTE) {
          Map<String, String> labels = new LinkedHashMap<>(node.labels());
          labels.put(DataLocalityLevel.LABEL_PREFIX + name, level.labelValue());
          labelled.set(n, new NodeSpec(node.name(), node.allocatable(), labels, node.taints(), node.unschedulable(),
              node.images()));
        }
      }
    }
    return new Compiled(labelled, names);
  }

  private static void addIfPresent(Set<String> set, String value) {
    if (value != null) {
      set.add(value);
    }
  }

  private static Set<String> known(List<String> wanted, Set<String> known, String path) {
    Set<String> result = new HashSet<>();
    for (String value : wanted == null ? List.<String>of() : wanted) {
      if (!known.contains(value)) {
        throw new InputError(path + ": no node has '" + value + "'");
      }
      result.add(value);
    }
    return result;
  }

  private static Set<String> nodeNames(List<NodeSpec> nodes) {
    Set<String> names = new HashSet<>();
    nodes.forEach(n -> names.add(n.name()));
    return names;
  }

  private static Set<String> labelValues(List<NodeSpec> nodes, String label) {
    Set<String> values = new HashSet<>();
    nodes.forEach(n -> {
      if (n.labels().containsKey(label)) {
        values.add(n.labels().get(label));
      }
    });
    return values;
  }
}
