package io.podsim.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The resource names of one scenario, each with a fixed index, so that node and pod amounts can be
 * held in primitive arrays. The four standard resources always come first.
 */
public final class ResourceSchema {
  public static final String CPU = "cpu";
  public static final String MEMORY = "memory";
  public static final String EPHEMERAL_STORAGE = "ephemeral-storage";
  public static final String PODS = "pods";
  public static final int CPU_INDEX = 0;
  public static final int MEMORY_INDEX = 1;
  public static final int EPHEMERAL_STORAGE_INDEX = 2;
  public static final int PODS_INDEX = 3;

  /**
   * True for an extended resource (any after cpu, memory, ephemeral-storage and pods): what
   * kube-scheduler's {@code schedutil.IsScalarResourceName} calls a scalar resource.
   */
  public static boolean isExtended(int resource) {
    return resource > PODS_INDEX;
  }

  private static final List<String> STANDARD = List.of(CPU, MEMORY, EPHEMERAL_STORAGE, PODS);

  private final List<String> names;
  private final Map<String, Integer> indexes = new HashMap<>();

  private ResourceSchema(List<String> names) {
    this.names = List.copyOf(names);
    for (int i = 0; i < this.names.size(); i++) {
      indexes.put(this.names.get(i), i);
    }
  }

  /** The standard resources followed by the given extended resources, in sorted order. */
  public static ResourceSchema of(Collection<String> extendedResources) {
    List<String> all = new ArrayList<>(STANDARD);
    extendedResources.stream().filter(n -> !STANDARD.contains(n)).distinct().sorted().forEach(all::add);
    for (String name : all) {
      // The API server's IsQualifiedName, as ValidateResourceName applies it.
      String problem = KubeNames.qualifiedName(name);
      if (problem != null) {
        throw new InputError("invalid resource name '" + name + "': it " + problem
            + "; expected a name such as cpu or nvidia.com/gpu");
      }
    }
    return new ResourceSchema(all);
  }

  /** The standard resources only. */
  public static ResourceSchema standard() {
    return of(List.of());
  }

  public int size() {
    return names.size();
  }

  public String name(int index) {
    return names.get(index);
  }

  public List<String> names() {
    return names;
  }

  /** The index of a resource, or -1 if the scenario does not know it. */
  public int indexOf(String name) {
    Integer index = indexes.get(name);
    return index == null ? -1 : index;
  }

  /** An amount in the shortest exact Kubernetes spelling: {@code 16}, {@code 500m}, {@code 64Gi}, {@code 110}. */
  public static String formatAmount(String resource, long amount) {
    if (resource.equals(CPU)) {
      return amount % 1000 == 0 ? Long.toString(amount / 1000) : amount + "m";
    }
    if (resource.equals(MEMORY) || resource.equals(EPHEMERAL_STORAGE)) {
      String[] units = {"Ei", "Pi", "Ti", "Gi", "Mi", "Ki"};
      for (int i = 0; i < units.length; i++) {
        long size = 1L << (10 * (units.length - i));
        if (amount != 0 && amount % size == 0) {
          return amount / size + units[i];
        }
      }
    }
    return Long.toString(amount);
  }

  /** Parses an amount of the named resource into its base unit (millicores, bytes, whole units). */
  public static long parseAmount(String resource, String quantity) {
    return switch (resource) {
      case CPU -> Quantity.parseMilli(quantity);
      case MEMORY, EPHEMERAL_STORAGE -> Quantity.parseUnits(quantity);
      default -> Quantity.parseWhole(quantity);
    };
  }
}
