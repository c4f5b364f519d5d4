package io.podsim.policies;

import static org.assertj.core.api.Assertions.assertThat;

import io.podsim.model.ResourceSchema;
import io.podsim.scheduler.Plugin;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One name per plugin: the name a configuration uses is the plugin's own and its class's (FGD's class is Fgd). */
class PluginRegistryTest {
  static List<String> registered() {
    return List.copyOf(PluginRegistry.names());
  }

  @ParameterizedTest(name = "{0} is named as its class is")
  @MethodSource("registered")
  void everyRegisteredNameIsThePluginsNameAndItsClassNameIgnoringCase(String name) {
    Plugin plugin = PluginRegistry.create(name, ResourceSchema.standard());
    assertThat(plugin.name()).isEqualTo(name);
    assertThat(plugin.getClass().getSimpleName()).isEqualToIgnoringCase(name);
  }
}
