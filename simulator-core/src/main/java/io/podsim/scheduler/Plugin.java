package io.podsim.scheduler;

import io.podsim.model.ResourceSchema;

/** A scheduling plugin; it implements any subset of the extension-point interfaces. */
public interface Plugin {
  /** The name profiles and diagnostics use, such as {@code NodeResourcesFit}. */
  String name();

  /**
   * The plugin's effective arguments as people read them ({@code MostAllocated: cpu ×1, memory ×1}),
   * defaults included, for {@code podsim profiles} and the report; empty for a plugin without any.
   */
  default String describeArgs(ResourceSchema schema) {
    return "";
  }
}
