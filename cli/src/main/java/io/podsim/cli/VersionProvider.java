package io.podsim.cli;

import picocli.CommandLine;

/** Reads podsim's version from the jar manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = PodsimCommand.class.getPackage().getImplementationVersion();
    return new String[] {"podsim " + (version == null ? "development build" : version)};
  }
}
