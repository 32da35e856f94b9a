package org.hesstrucks.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.plugin.Plugin;

/**
 * A family of models (quadratics, MLPs), found by {@link java.util.ServiceLoader}.
 *
 * @param <C> the family's config record (dimension, depth, width, ...)
 */
public interface ModelPlugin<C extends Record> extends Plugin<C> {
  /**
   * Creates a model.
   *
   * @throws org.hesstrucks.core.ConfigException if the config does not fit the dataset
   */
  Model create(C config, ModelContext context);

  /** True when the model needs a dataset (an MLP); false for functions without data (a quadratic). */
  default boolean requiresDataset() {
    return false;
  }

  /**
   * The curvature modes the models this config creates offer, known without creating one, so the harness
   * can refuse (at validation) an optimizer asking for a mode the model lacks. Must agree with
   * {@code objective(batch).curvatureModes()} of the created model; the default is the two finite-difference
   * modes every objective has.
   */
  default Set<CurvatureMode> curvatureModes(C config) {
    return EnumSet.of(CurvatureMode.FORWARD_DIFFERENCE, CurvatureMode.CENTRAL_DIFFERENCE);
  }

  /**
   * Warnings for a sweep's validation when an optimizer or probe asks this model for {@code requested}
   * curvature: it will run, but may not mean what the user thinks (finite differences across ReLU kinks, say).
   * Printed by {@code hesstrucks validate} and {@code run}; none by default.
   */
  default List<String> warnings(C config, CurvatureMode requested) {
    return List.of();
  }

  /**
   * Warnings for a sweep's validation about running this model on this machine at all, whatever is asked of it: a
   * slow fallback, say (the {@code mlp} model warns when OpenBLAS does not load and it runs on plain Java loops).
   * Printed by {@code hesstrucks validate} and {@code run}, once per model block; none by default.
   */
  default List<String> warnings(C config) {
    return List.of();
  }
}
