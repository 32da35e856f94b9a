package org.hesstrucks.model.quadratic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.hesstrucks.config.ConfigBinder;
import org.hesstrucks.core.Spi;
import org.hesstrucks.model.Model;
import org.hesstrucks.model.ModelContext;
import org.hesstrucks.model.ModelPlugin;
import org.hesstrucks.plugin.LoadedPlugin;
import org.hesstrucks.plugin.PluginCatalog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuadraticPluginTest {
  @Test
  @DisplayName("ServiceLoader finds the plugin with its own version from its descriptor")
  void discovered() {
    LoadedPlugin<ModelPlugin<?>> loaded = PluginCatalog.discoverClassPath().model("quadratic");
    assertInstanceOf(QuadraticPlugin.class, loaded.plugin());
    assertEquals("quadratic", loaded.id());
    assertEquals("0.1.0-SNAPSHOT", loaded.version());
    assertEquals("hesstrucks-model-quadratic", loaded.descriptor().artifactId());
    assertEquals(Spi.coreVersion(), loaded.descriptor().coreVersion());
    assertEquals(QuadraticConfig.class, loaded.plugin().configType());
    assertFalse(loaded.plugin().requiresDataset());
    String description = loaded.plugin().description();
    assertFalse(description.isBlank());
    assertFalse(description.contains("\n"));
  }

  @Test
  @DisplayName("the harness's path: bind the block, create the model")
  void createsFromJson() throws Exception {
    LoadedPlugin<ModelPlugin<?>> loaded = PluginCatalog.discoverClassPath().model("quadratic");
    JsonNode block = ConfigBinder.mapper().readTree("{\"id\": \"quadratic\", \"dimension\": 12, \"rotation\": \"none\"}");
    Model model = create(loaded.plugin(), block);
    assertInstanceOf(QuadraticModel.class, model);
    assertEquals(12, model.dimension());
    assertEquals(1, model.trainingSize());
    assertEquals(Rotation.NONE, ((QuadraticModel) model).rotation());
    assertTrue(Double.isFinite(model.trainingObjective().value(new double[12])));
  }

  private static <C extends Record> Model create(ModelPlugin<C> plugin, JsonNode block) {
    return plugin.create(ConfigBinder.bind(block, plugin.configType(), "$.models[0]"), ModelContext.withoutData());
  }

  @Test
  @DisplayName("the plugin declares, without building a model, the curvature modes the objective offers")
  void declaredModesMatchTheObjective() {
    QuadraticPlugin plugin = new QuadraticPlugin();
    QuadraticConfig config = QuadraticConfig.defaults();
    org.junit.jupiter.api.Assertions.assertEquals(
        plugin.create(config, org.hesstrucks.model.ModelContext.withoutData()).trainingObjective().curvatureModes(),
        plugin.curvatureModes(config));
  }
}
