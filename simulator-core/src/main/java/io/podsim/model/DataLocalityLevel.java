package io.podsim.model;

import java.util.List;
import java.util.Locale;

/**
 * Where a pod's data sets sit relative to a node. A scenario's data set replicas compile to node
 * labels {@code data.podsim.io/<dataset>} whose value says how close the nearest replica is:
 * {@code node}, {@code rack} or {@code zone}; a node without the label is remote.
 */
public enum DataLocalityLevel {
  NODE(100),
  RACK(66),
  ZONE(33),
  REMOTE(0);

  /** The prefix of the node labels that record data set replicas. */
  public static final String LABEL_PREFIX = "data.podsim.io/";

  private final int score;

  DataLocalityLevel(int score) {
    this.score = score;
  }

  /** 100 on the node, 66 in the rack, 33 in the zone, 0 remote. */
  public int score() {
    return score;
  }

  /** The label value naming this level ({@code node}, {@code rack}, {@code zone}). */
  public String labelValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** How close one data set is to the node. */
  public static DataLocalityLevel of(NodeSpec node, String dataset) {
    String value = node.labels().get(LABEL_PREFIX + dataset);
    if (value == null) {
      return REMOTE;
    }
    return switch (value) {
      case "node" -> NODE;
      case "rack" -> RACK;
      case "zone" -> ZONE;
      default -> REMOTE;
    };
  }

  /** The level every one of the data sets reaches at least (the farthest of them). */
  public static DataLocalityLevel worst(NodeSpec node, List<String> datasets) {
    DataLocalityLevel worst = NODE;
    for (String dataset : datasets) {
      DataLocalityLevel level = of(node, dataset);
      worst = level.ordinal() > worst.ordinal() ? level : worst;
    }
    return worst;
  }
}
