package io.podsim.scheduler;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The answer of a plugin at an extension point. An expected rejection is a value naming the plugin
 * and its reasons (the first in {@code reason}, any others in {@code moreReasons}, as a
 * kube-scheduler status may carry several), never an exception. Plugins should keep rejection
 * statuses in constants so that the filter loop allocates nothing.
 */
public record Status(Code code, String plugin, String reason, List<String> moreReasons) {
  /** Outcome kinds, as kube-scheduler's status codes. */
  public enum Code {
    SUCCESS,
    /** The pod does not fit now; a change in the cluster may help. */
    UNSCHEDULABLE,
    /** The pod will not fit this node whatever happens to other pods (preemption will not help). */
    UNSCHEDULABLE_AND_UNRESOLVABLE,
    /** The plugin has nothing to do for this pod; its later extension points are skipped. */
    SKIP
  }

  private static final Status SUCCESS = new Status(Code.SUCCESS, "", "");

  public Status {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(plugin, "plugin");
    Objects.requireNonNull(reason, "reason");
    moreReasons = List.copyOf(moreReasons);
  }

  /** A status with one reason. */
  public Status(Code code, String plugin, String reason) {
    this(code, plugin, reason, List.of());
  }

  /** Every reason, the first first. */
  public List<String> reasons() {
    if (moreReasons.isEmpty()) {
      return List.of(reason);
    }
    List<String> all = new ArrayList<>(List.of(reason));
    all.addAll(moreReasons);
    return all;
  }

  public static Status success() {
    return SUCCESS;
  }

  public static Status unschedulable(String plugin, String reason) {
    return new Status(Code.UNSCHEDULABLE, plugin, reason);
  }

  public static Status unresolvable(String plugin, String reason) {
    return new Status(Code.UNSCHEDULABLE_AND_UNRESOLVABLE, plugin, reason);
  }

  public static Status skip(String plugin) {
    return new Status(Code.SKIP, plugin, "");
  }

  public boolean isSuccess() {
    return code == Code.SUCCESS;
  }

  public boolean isSkip() {
    return code == Code.SKIP;
  }

  public boolean isRejection() {
    return code == Code.UNSCHEDULABLE || code == Code.UNSCHEDULABLE_AND_UNRESOLVABLE;
  }
}
