package org.hesstrucks.model.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.hesstrucks.config.ConfigBinder;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.core.Spi;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.dataset.Dataset;
import org.hesstrucks.model.Model;
import org.hesstrucks.model.ModelContext;
import org.hesstrucks.model.ModelPlugin;
import org.hesstrucks.plugin.LoadedPlugin;
import org.hesstrucks.plugin.PluginCatalog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MlpPluginTest {
  @Test
  @DisplayName("ServiceLoader finds the plugin with its own version from its descriptor; it requires a dataset")
  void discovered() {
    LoadedPlugin<ModelPlugin<?>> loaded = PluginCatalog.discoverClassPath().model("mlp");
    assertInstanceOf(MlpPlugin.class, loaded.plugin());
    assertEquals("0.1.0-SNAPSHOT", loaded.version());
    assertEquals("hesstrucks-model-mlp", loaded.descriptor().artifactId());
    assertEquals(Spi.coreVersion(), loaded.descriptor().coreVersion());
    assertEquals(MlpConfig.class, loaded.plugin().configType());
    assertTrue(loaded.plugin().requiresDataset());
    assertFalse(loaded.plugin().description().contains("\n"));
  }

  @Test
  @DisplayName("the harness's path: bind the block (width as one value or a list), create the model on a dataset")
  void createsFromJson() throws Exception {
    LoadedPlugin<ModelPlugin<?>> loaded = PluginCatalog.discoverClassPath().model("mlp");
    Dataset data = Nets.classification(30, 10, 7, 4, 1);
    JsonNode one = ConfigBinder.mapper().readTree(
        "{\"id\": \"mlp\", \"depth\": 2, \"width\": 5, \"activation\": \"softplus\", \"init\": \"he\"}");
    MlpModel a = (MlpModel) create(loaded.plugin(), one, data);
    assertEquals(List.of(7, 5, 5, 4), toList(a.layerSizes()));
    assertEquals(7 * 5 + 5 + 5 * 5 + 5 + 5 * 4 + 4, a.dimension());
    assertEquals(30, a.trainingSize());
    assertEquals(Activation.SOFTPLUS, a.config().activation());
    assertEquals(Initialization.HE, a.config().init());

    JsonNode list = ConfigBinder.mapper().readTree("{\"id\": \"mlp\", \"depth\": 2, \"width\": [6, 3]}");
    MlpModel b = (MlpModel) create(loaded.plugin(), list, data);
    assertEquals(List.of(7, 6, 3, 4), toList(b.layerSizes()));
  }

  @Test
  @DisplayName("a bad config block is refused naming the field")
  void badBlock() throws Exception {
    JsonNode block = ConfigBinder.mapper().readTree("{\"id\": \"mlp\", \"activation\": \"gelu\"}");
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigBinder.bind(block, MlpConfig.class, "$.models[0]"));
    assertTrue(e.getMessage().contains("activation") && e.getMessage().contains("tanh, softplus, sigmoid, relu"),
        e.getMessage());
  }

  @Test
  @DisplayName("without a dataset, create refuses with a message naming the dataset")
  void needsDataset() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> new MlpPlugin().create(MlpConfig.defaults(), new ModelContext(Optional.empty())));
    assertEquals("dataset: expected a dataset (the mlp model trains on data), got none", e.getMessage());
  }

  @Test
  @DisplayName("the declared curvature modes match the objective's: all four")
  void declaredModes() {
    MlpPlugin plugin = new MlpPlugin();
    MlpConfig config = MlpConfig.defaults();
    Model model = plugin.create(config, new ModelContext(Optional.of(Nets.classification(8, 2, 3, 2, 1))));
    assertEquals(EnumSet.allOf(CurvatureMode.class), plugin.curvatureModes(config));
    assertEquals(plugin.curvatureModes(config), model.trainingObjective().curvatureModes());
  }

  @Test
  @DisplayName("finite-difference curvature with ReLU gets a warning; exact curvature or tanh does not")
  void reluFiniteDifferenceWarning() {
    MlpPlugin plugin = new MlpPlugin();
    MlpConfig relu = MlpConfig.defaults().withActivation(Activation.RELU);
    assertEquals(List.of("mlp: forward-difference curvature with relu: finite differences cross ReLU's kinks and "
        + "do not approximate a Hessian product there; use exact or gauss-newton"),
        plugin.warnings(relu, CurvatureMode.FORWARD_DIFFERENCE));
    assertEquals(1, plugin.warnings(relu, CurvatureMode.CENTRAL_DIFFERENCE).size());
    assertEquals(List.of(), plugin.warnings(relu, CurvatureMode.EXACT));
    assertEquals(List.of(), plugin.warnings(MlpConfig.defaults(), CurvatureMode.FORWARD_DIFFERENCE));
  }

  @Test
  @DisplayName("validation warns when kernels: auto falls back to Java loops or OpenBLAS runs its generic kernels")
  void kernelWarnings() {
    assertEquals(List.of("mlp: OpenBLAS did not load (UnsatisfiedLinkError: no jniopenblas_nolapack): the model "
        + "runs on plain Java loops, about a third of OpenBLAS's speed on one core (set kernels: java to say that "
        + "is intended)"), MlpPlugin.kernelWarnings(KernelChoice.AUTO, "UnsatisfiedLinkError: no jniopenblas_nolapack",
        null));
    assertEquals(List.of(), MlpPlugin.kernelWarnings(KernelChoice.OPENBLAS, "UnsatisfiedLinkError: x", null),
        "creating the model refuses it");
    assertEquals(List.of(), MlpPlugin.kernelWarnings(KernelChoice.JAVA, "UnsatisfiedLinkError: x", null));
    assertEquals(List.of("mlp: OpenBLAS will use its generic kernels on this CPU (no AVX among its flags), a "
        + "fraction of its speed on an AVX2 or AVX-512 machine"),
        MlpPlugin.kernelWarnings(KernelChoice.AUTO, null, "generic or older (slow)"));
    assertEquals(List.of(), MlpPlugin.kernelWarnings(KernelChoice.OPENBLAS, null, "haswell"));
    // This machine (the build's): OpenBLAS loads and picks an AVX kernel, so nothing to say.
    MlpPlugin plugin = new MlpPlugin();
    assertEquals(List.of(), plugin.warnings(MlpConfig.defaults()));
    assertEquals(List.of(), plugin.warnings(MlpConfig.defaults().withKernels(KernelChoice.JAVA)));
  }

  private static <C extends Record> Model create(ModelPlugin<C> plugin, JsonNode block, Dataset data) {
    return plugin.create(ConfigBinder.bind(block, plugin.configType(), "$.models[0]"),
        new ModelContext(Optional.of(data)));
  }

  private static List<Integer> toList(int[] a) {
    return java.util.Arrays.stream(a).boxed().toList();
  }
}
