package io.podsim.cli;

import picocli.CommandLine;

/** Reads podsim's version from the jar manifest, and names the Kubernetes release whose semantics it follows. */
final class VersionProvider implements CommandLine.IVersionProvider {
  /** The release whose kube-scheduler, kubelet admission and API validation podsim follows (README: differences). */
  static final String KUBERNETES_RELEASE = "v1.33";

  @Override
  public String[] getVersion() {
    String version = PodsimCommand.class.getPackage().getImplementationVersion();
    return new String[] {"podsim " + (version == null ? "development build" : version),
        "follows Kubernetes " + KUBERNETES_RELEASE + " scheduling semantics (the README lists where it differs)"};
  }
}
