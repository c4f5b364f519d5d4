package io.podsim.scheduler;

/** A scheduling plugin; it implements any subset of the extension-point interfaces. */
public interface Plugin {
  /** The name profiles and diagnostics use, such as {@code NodeResourcesFit}. */
  String name();
}
