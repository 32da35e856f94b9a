package org.hesstrucks.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hesstrucks.harness.plugins.HarnessModule;
import org.hesstrucks.harness.run.SweepRunner;
import org.hesstrucks.linesearch.LineSearchPlugin;
import org.hesstrucks.model.ModelPlugin;
import org.hesstrucks.optimizer.OptimizerPlugin;
import org.hesstrucks.plugin.PluginCatalog;
import org.hesstrucks.plugin.PluginException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarnessModuleTest {
  @Test
  @DisplayName("Guice binds each plugin kind as a map keyed by id, the same instances as the catalog")
  void pluginMaps() {
    Injector injector = Guice.createInjector(new HarnessModule(List.of()));
    PluginCatalog catalog = injector.getInstance(PluginCatalog.class);
    Map<String, OptimizerPlugin<?>> optimizers =
        injector.getInstance(Key.get(new TypeLiteral<Map<String, OptimizerPlugin<?>>>() {}));
    Map<String, ModelPlugin<?>> models = injector.getInstance(Key.get(new TypeLiteral<Map<String, ModelPlugin<?>>>() {}));
    Map<String, LineSearchPlugin<?>> searches =
        injector.getInstance(Key.get(new TypeLiteral<Map<String, LineSearchPlugin<?>>>() {}));
    assertEquals(catalog.all(org.hesstrucks.plugin.PluginKind.OPTIMIZER).keySet(), optimizers.keySet());
    assertSame(catalog.optimizer("gd").plugin(), optimizers.get("gd"));
    assertSame(catalog.model("quadratic").plugin(), models.get("quadratic"));
    assertTrue(searches.containsKey("backtracking"));
    assertTrue(injector.getInstance(SweepRunner.class) != null);
  }

  @Test
  @DisplayName("a --plugins path that is not a folder is refused by name")
  void missingPluginFolder(@TempDir Path dir) {
    Path missing = dir.resolve("nope");
    PluginException e = assertThrows(PluginException.class, () -> new HarnessModule(List.of(missing)));
    assertEquals("--plugins " + missing + ": not a folder", e.getMessage());
  }
}
