package io.podsim.model;

/** What a taint does to pods that do not tolerate it, with the Kubernetes spelling. */
public enum TaintEffect {
  NO_SCHEDULE("NoSchedule"),
  PREFER_NO_SCHEDULE("PreferNoSchedule"),
  NO_EXECUTE("NoExecute");

  private final String spelling;

  TaintEffect(String spelling) {
    this.spelling = spelling;
  }

  public String spelling() {
    return spelling;
  }

  /** Parses the Kubernetes spelling ({@code NoSchedule}, ...). */
  public static TaintEffect parse(String text) {
    for (TaintEffect effect : values()) {
      if (effect.spelling.equals(text)) {
        return effect;
      }
    }
    throw new InputError("invalid taint effect '" + text + "'; expected NoSchedule, PreferNoSchedule or NoExecute");
  }
}
