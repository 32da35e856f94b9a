package org.hesstrucks.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.hesstrucks.config.ConfigBinder;
import org.hesstrucks.dataset.Dataset;
import org.hesstrucks.linesearch.LineSearch;
import org.hesstrucks.linesearch.LineSearchSpec;
import org.hesstrucks.model.Model;
import org.hesstrucks.model.ModelContext;
import org.hesstrucks.model.ModelPlugin;
import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.OptimizerPlugin;
import org.hesstrucks.optimizer.OptimizerSetup;
import org.hesstrucks.plugin.PluginCatalog;

/** Creates plugins the way the harness does: found by id on the class path, configs bound from JSON. */
public final class ContractPlugins {
  private static PluginCatalog catalog;

  private ContractPlugins() {}

  /** The class path's plugins, discovered once per JVM. */
  public static synchronized PluginCatalog catalog() {
    if (catalog == null) {
      catalog = PluginCatalog.discoverClassPath();
    }
    return catalog;
  }

  /** Parses a JSON block ("{}" for all defaults). */
  public static JsonNode json(String block) {
    try {
      return ConfigBinder.mapper().readTree(block);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + block, e);
    }
  }

  /** Creates optimizer {@code id} with the config bound from {@code block}, for an n-dimensional run. */
  public static Optimizer optimizer(String id, String block, int dimension, long seed) {
    return create(catalog().optimizer(id).plugin(), json(block), dimension, seed);
  }

  private static <C extends Record> Optimizer create(OptimizerPlugin<C> plugin, JsonNode block, int dimension,
      long seed) {
    C config = ConfigBinder.bind(block, plugin.configType(), "$.optimizer");
    return plugin.create(config, setup(dimension, seed));
  }

  /** Creates model {@code id} without data, with the config bound from {@code block}. */
  public static Model model(String id, String block) {
    return model(id, block, null);
  }

  /** Creates model {@code id} on {@code data} (null: without data), with the config bound from {@code block}. */
  public static Model model(String id, String block, Dataset data) {
    return createModel(catalog().model(id).plugin(), json(block), data);
  }

  private static <C extends Record> Model createModel(ModelPlugin<C> plugin, JsonNode block, Dataset data) {
    C config = ConfigBinder.bind(block, plugin.configType(), "$.model");
    return plugin.create(config, new ModelContext(java.util.Optional.ofNullable(data)));
  }

  /** An optimizer setup that resolves line searches through the class path's plugins. */
  public static OptimizerSetup setup(int dimension, long seed) {
    return new OptimizerSetup() {
      @Override
      public int dimension() {
        return dimension;
      }

      @Override
      public long seed() {
        return seed;
      }

      @Override
      public LineSearch lineSearch(LineSearchSpec spec) {
        return ConfigBinder.lineSearch(catalog(), spec, "$.optimizer.lineSearch");
      }
    };
  }
}
