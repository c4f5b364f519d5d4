package io.podsim.policies;

import io.podsim.model.InputError;
import io.podsim.model.ResourceSchema;
import io.podsim.policies.SchedulerConfiguration.ProfileConfig;
import io.podsim.scheduler.Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The named profiles a scenario can list under {@code profiles}: the profiles of a bundled
 * KubeSchedulerConfiguration ({@value #RESOURCE}), read by {@link SchedulerConfigLoader} as a
 * user's file is. All filter and preempt as kube-scheduler's default profile does and differ in how
 * they score.
 */
public final class BuiltInProfiles {
  /** The bundled configuration, on the class path. */
  static final String RESOURCE = "io/podsim/policies/built-in-profiles.yaml";

  /** A profile's one-line description and its configuration. */
  public record Entry(String description, ProfileConfig config) {}

  private BuiltInProfiles() {}

  /** Profile names with their descriptions, in the bundled file's order. */
  public static Map<String, Entry> all() {
    return Loaded.PROFILES;
  }

  /** A fresh instance of the named profile (plugins are never shared between runs). */
  public static Profile create(String name, ResourceSchema schema) {
    Entry entry = Loaded.PROFILES.get(name);
    if (entry == null) {
      throw new InputError("unknown profile '" + name + "'; known: " + Loaded.PROFILES.keySet());
    }
    return ProfileAssembler.assemble(entry.config(), 0, schema);
  }

  /** Read once, on first use. */
  private static final class Loaded {
    static final Map<String, Entry> PROFILES = read();

    private static Map<String, Entry> read() {
      SchedulerConfiguration config = SchedulerConfigLoader.load(bundled());
      Map<String, Entry> profiles = new LinkedHashMap<>();
      for (ProfileConfig profile : config.profiles()) {
        profiles.put(profile.schedulerName(), new Entry(profile.description(), profile));
      }
      return Collections.unmodifiableMap(profiles);
    }

    /** The bundled file as a path: a plain file when run from classes, else inside the jar's file system. */
    private static Path bundled() {
      URL url = BuiltInProfiles.class.getClassLoader().getResource(RESOURCE);
      if (url == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      try {
        URI uri = url.toURI();
        if ("jar".equals(uri.getScheme())) {
          try {
            FileSystems.newFileSystem(uri, Map.of());
          } catch (FileSystemAlreadyExistsException alreadyOpen) {
            // another reader opened the jar's file system first: the path below resolves in it
          }
        }
        return Path.of(uri);
      } catch (URISyntaxException e) {
        throw new IllegalStateException(RESOURCE + " has no usable address: " + url, e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
