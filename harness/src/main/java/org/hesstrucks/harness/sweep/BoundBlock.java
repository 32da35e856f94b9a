package org.hesstrucks.harness.sweep;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.dataset.Dataset;
import org.hesstrucks.dataset.DatasetContext;
import org.hesstrucks.dataset.DatasetPlugin;
import org.hesstrucks.model.Model;
import org.hesstrucks.model.ModelContext;
import org.hesstrucks.model.ModelPlugin;
import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.OptimizerPlugin;
import org.hesstrucks.optimizer.OptimizerSetup;
import java.util.Map;
import org.hesstrucks.plugin.LoadedPlugin;
import org.hesstrucks.plugin.Plugin;

/**
 * A plugin block after expansion and binding.
 *
 * @param plugin the plugin its id names
 * @param config the bound config record
 * @param block the block as written for this variant (axis values filled in), id included
 * @param axes this variant's value on each axis inside the block, by dotted field name
 * @param label a name for legends: the id and the fields the block sets
 * @param path the block's JSON path in the sweep file
 * @param tune for an optimizer block with a {@code tune} field: the settings to try; else null
 */
public record BoundBlock(LoadedPlugin<? extends Plugin<?>> plugin, Record config, ObjectNode block,
    Map<String, com.fasterxml.jackson.databind.JsonNode> axes, String label, String path, Tune tune) {

  /** Creates the model this (model) block configures. */
  public Model createModel(ModelContext context) {
    return create((ModelPlugin<?>) plugin.plugin(), config, context);
  }

  /** The curvature modes the model this (model) block configures offers. */
  public Set<CurvatureMode> curvatureModes() {
    return modes((ModelPlugin<?>) plugin.plugin(), config);
  }

  /** What the model this (model) block configures says about being asked for {@code mode} curvature. */
  public java.util.List<String> curvatureWarnings(CurvatureMode mode) {
    return warnings((ModelPlugin<?>) plugin.plugin(), config, mode);
  }

  private static <C extends Record> java.util.List<String> warnings(ModelPlugin<C> plugin, Record config,
      CurvatureMode mode) {
    return plugin.warnings(plugin.configType().cast(config), mode);
  }

  /** What the model this (model) block configures says about running here at all (a slow fallback, say). */
  public java.util.List<String> modelWarnings() {
    return warnings((ModelPlugin<?>) plugin.plugin(), config);
  }

  private static <C extends Record> java.util.List<String> warnings(ModelPlugin<C> plugin, Record config) {
    return plugin.warnings(plugin.configType().cast(config));
  }

  /** Creates the optimizer this (optimizer) block configures. */
  public Optimizer createOptimizer(OptimizerSetup setup) {
    return create((OptimizerPlugin<?>) plugin.plugin(), config, setup);
  }

  /** Loads the dataset this (dataset) block configures. */
  public Dataset loadDataset(Path baseDirectory) throws IOException {
    return load((DatasetPlugin<?>) plugin.plugin(), config, baseDirectory);
  }

  private static <C extends Record> Model create(ModelPlugin<C> plugin, Record config, ModelContext context) {
    return plugin.create(plugin.configType().cast(config), context);
  }

  private static <C extends Record> Set<CurvatureMode> modes(ModelPlugin<C> plugin, Record config) {
    return plugin.curvatureModes(plugin.configType().cast(config));
  }

  private static <C extends Record> Optimizer create(OptimizerPlugin<C> plugin, Record config, OptimizerSetup setup) {
    return plugin.create(plugin.configType().cast(config), setup);
  }

  private static <C extends Record> Dataset load(DatasetPlugin<C> plugin, Record config, Path baseDirectory)
      throws IOException {
    return plugin.load(plugin.configType().cast(config), new DatasetContext(baseDirectory));
  }
}
